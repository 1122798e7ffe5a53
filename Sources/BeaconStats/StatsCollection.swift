import BeaconContent

/// Every statistics file of a site, checked: one source for every figure the site, the LED
/// boards and the leaflets publish.
public struct StatsCollection: Sendable {
    /// Earliest end first.
    public let periods: [StatsPeriod]
    /// The site's fraud types, for naming `by_type` entries.
    public let fraudTypes: [FraudType]

    public init(periods: [StatsPeriod], fraudTypes: [FraudType] = []) {
        self.fraudTypes = fraudTypes
        self.periods = periods.sorted { ($0.end, $0.start, $0.name) < ($1.end, $1.start, $1.name) }
    }

    /// The period that ends last: what `/stats/` and the home page show.
    public var latest: StatsPeriod? { periods.last }

    public func period(_ name: String) -> StatsPeriod? { periods.first { $0.name == name } }

    public var isEmpty: Bool { periods.isEmpty }
}
