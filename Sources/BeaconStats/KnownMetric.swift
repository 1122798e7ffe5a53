/// The figures a district's anti-fraud office reports (see research/domain.md §5). Their
/// labels live in the theme's `stats.yaml` (`metrics.<key>`); here only what is not words.
public struct KnownMetric: Sendable, Hashable {
    public let key: String
    public let unit: String
    /// For `{{< stat KEY rate >}}`: the metric this one is a share of (solved of filed).
    public let rateOf: String?

    public static let all: [KnownMetric] = [
        KnownMetric(key: "reports_received", unit: "report", rateOf: nil),
        KnownMetric(key: "cases_filed", unit: "case", rateOf: nil),
        KnownMetric(key: "cases_solved", unit: "case", rateOf: "cases_filed"),
        KnownMetric(key: "suspects_arrested", unit: "suspect", rateOf: nil),
        KnownMetric(key: "suspects_prosecuted", unit: "suspect", rateOf: nil),
        KnownMetric(key: "reports_intervened", unit: "report", rateOf: nil),
        KnownMetric(key: "warnings_issued", unit: "warning", rateOf: nil),
        KnownMetric(key: "people_dissuaded", unit: "person", rateOf: nil),
        KnownMetric(key: "people_alerted", unit: "person_time", rateOf: nil),
        KnownMetric(key: "people_protected", unit: "person", rateOf: nil),
        KnownMetric(key: "accounts_frozen", unit: "account", rateOf: nil),
        KnownMetric(key: "funds_frozen", unit: "yuan", rateOf: nil),
        KnownMetric(key: "funds_stopped", unit: "yuan", rateOf: nil),
        KnownMetric(key: "funds_recovered", unit: "yuan", rateOf: "losses"),
        KnownMetric(key: "losses", unit: "yuan", rateOf: nil),
    ]

    public static func named(_ key: String) -> KnownMetric? { all.first { $0.key == key } }
    public static var keys: [String] { all.map(\.key) }
}
