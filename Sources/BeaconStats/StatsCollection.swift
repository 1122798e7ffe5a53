import BeaconCore
import BeaconContent

/// Every statistics file of a site, checked: one source for every figure the site, the LED
/// boards and the leaflets publish.
public struct StatsCollection: Sendable {
    /// Earliest end first; of two ending the same day, the shorter first.
    public let periods: [StatsPeriod]
    /// The site's fraud types, for naming `by_type` entries.
    public let fraudTypes: [FraudType]
    /// Figures that look wrong but can be right (solved > filed, types that do not add up):
    /// the build goes on and shows them.
    public var warnings: [Diagnostic] = []

    public init(periods: [StatsPeriod], fraudTypes: [FraudType] = []) {
        self.fraudTypes = fraudTypes
        // Ending on the same day, the longer period counts as later: it is the better headline.
        self.periods = periods.sorted { a, b in
            if a.end != b.end { return a.end < b.end }
            if a.start != b.start { return a.start > b.start }
            return a.name < b.name
        }
    }

    /// The period that ends last: what `/stats/` and the home page show.
    public var latest: StatsPeriod? { periods.last }

    /// What a page dated `date` quotes without `period=` (SPEC §4): the latest period that had
    /// ended by that day, so a new statistics file never changes what an old bulletin said;
    /// for an undated page, or one dated before every period ended, the latest period.
    public func pinned(to date: Day?) -> StatsPeriod? {
        guard let date else { return latest }
        return periods.last { $0.end <= date } ?? latest
    }

    public func period(_ name: String) -> StatsPeriod? { periods.first { $0.name == name } }

    public var isEmpty: Bool { periods.isEmpty }
}
