import BeaconCore
import BeaconContent

/// One file of `content/stats/`: a reporting period and its figures.
public struct StatsPeriod: Sendable {
    /// The file's base name, which is also its address: `2021-10` → `/stats/2021-10/`.
    public let name: String
    /// Path relative to the site, for messages.
    public let file: String
    /// `{zh: 2021年1月至10月, en: January to October 2021}`; nil means made from the dates.
    public let label: Localized?
    public let start: Day
    public let end: Day
    /// In file order.
    public let metrics: [StatMetric]
    /// Month by month figures of a metric, first month of the period first.
    public let monthly: [String: [StatNumber]]
    /// Cases by fraud type, in the order of `site.yaml` `fraud_types:`.
    public let byType: [(key: String, count: StatNumber)]
    /// The metrics shown first (home page, LED boards): `headline:` or the first four.
    public let headline: [String]
    /// Line of each `monthly:` entry in the file, for messages comparing files.
    var monthlyLines: [String: Int] = [:]

    public init(name: String, file: String, label: Localized?, start: Day, end: Day, metrics: [StatMetric],
                monthly: [String: [StatNumber]], byType: [(key: String, count: StatNumber)], headline: [String]) {
        self.name = name
        self.file = file
        self.label = label
        self.start = start
        self.end = end
        self.metrics = metrics
        self.monthly = monthly
        self.byType = byType
        self.headline = headline
    }

    public func metric(_ key: String) -> StatMetric? { metrics.first { $0.key == key } }

    /// The share of the cases that `byType` divides: `cases_filed` when given, else the sum of the types.
    public var byTypeTotal: StatNumber {
        metric("cases_filed")?.value ?? byType.reduce(StatNumber(0)) { $0 + $1.count }
    }

    /// Cases not given a type (`cases_filed` minus the sum of `by_type`), zero when they add up.
    public var unclassified: StatNumber {
        let sum = byType.reduce(StatNumber(0)) { $0 + $1.count }
        let (t, s) = StatNumber.aligned(byTypeTotal, sum)
        return StatNumber(significand: max(0, t - s), scale: max(byTypeTotal.scale, sum.scale))
    }

    /// Share of each fraud type in percent, two decimals.
    public func share(of count: StatNumber) -> StatNumber? { StatNumber.percent(count, of: byTypeTotal) }

    /// `value / of.value` for a metric that has a rate (clearance rate = solved / filed).
    public func rate(_ key: String) -> StatNumber? {
        guard let known = KnownMetric.named(key), let of = known.rateOf, let m = metric(key), let base = metric(of) else { return nil }
        return StatNumber.percent(m.value, of: base.value)
    }

    /// Months the period touches, first to last: (year, month).
    public var months: [(year: Int, month: Int)] {
        var out: [(Int, Int)] = []
        var (y, m) = (start.year, start.month)
        while (y, m) <= (end.year, end.month) && out.count < 1200 {
            out.append((y, m))
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return out
    }

    /// True when the period runs from the first of a month to the last day of a month.
    public var isWholeMonths: Bool { start.day == 1 && end.day == Day.daysIn(month: end.month, year: end.year) }
}
