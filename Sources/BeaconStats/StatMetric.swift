import BeaconContent

/// One figure of a reporting period: `cases_filed: {value: 838, previous: 1794}`.
public struct StatMetric: Sendable, Hashable {
    public let key: String
    public let value: StatNumber
    /// The same period a year before, for the year-on-year change.
    public let previous: StatNumber?
    /// True when the source says "more than" (余): 4400余万元.
    public let approx: Bool
    public let unit: StatUnit
    /// The label of a metric of the site's own; built-in metrics take theirs from the theme.
    public let label: Localized?
    /// A qualifier shown with the figure: `{zh: 6月以来, en: since June}`.
    public let note: Localized?
    /// Line of the metric in its stats file.
    public let line: Int?

    public init(key: String, value: StatNumber, previous: StatNumber? = nil, approx: Bool = false, unit: StatUnit,
                label: Localized? = nil, note: Localized? = nil, line: Int? = nil) {
        self.key = key
        self.value = value
        self.previous = previous
        self.approx = approx
        self.unit = unit
        self.label = label
        self.note = note
        self.line = line
    }

    /// Change from `previous` in percent, two decimals, signed; nil without `previous` or when it is 0.
    public var changePercent: (direction: ChangeDirection, percent: StatNumber)? {
        guard let previous, !previous.isZero else { return nil }
        if value == previous { return (.same, StatNumber(0)) }
        let up = previous < value
        let (v, p) = StatNumber.aligned(value, previous)
        let diff = StatNumber(significand: abs(v - p), scale: max(value.scale, previous.scale))
        guard let pct = StatNumber.percent(diff, of: previous) else { return nil }
        return (up ? .up : .down, pct)
    }
}

/// Which way a figure moved from a year before.
public enum ChangeDirection: String, Sendable, Hashable {
    case up, down, same
}
