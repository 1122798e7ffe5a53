import BeaconCore

/// A headline figure as the website writes it: `838起`, `同比下降53.29%`.
public struct LeafletFigure: Sendable, Equatable {
    /// The number with its unit, formatted for the language: `4400余万元`, `more than 44 million yuan`.
    public var value: String
    /// What it counts: `立案`, `Cases filed`.
    public var label: String
    /// A second line such as the year-on-year change, or nil.
    public var note: String?

    public init(value: String, label: String, note: String? = nil) {
        self.value = value
        self.label = label
        self.note = note
    }
}

/// What a leaflet needs from the statistics: the periods that exist and their headline
/// figures written exactly as on the site. The statistics module conforms to it, so figures
/// are typed once and formatted in one place.
public protocol LeafletFigureSource: Sendable {
    /// Base names of the period files under `content/stats` (`2022-h1`).
    var periodNames: [String] { get }
    /// The period's label in a language: `2022年上半年`.
    func periodLabel(_ period: String, language: String) -> String?
    /// The last day of the period, for the leaflet's default issue date.
    func periodEnd(_ period: String) -> Day?
    /// The figures a leaflet shows for the period, most important first.
    func headlineFigures(_ period: String, language: String) -> [LeafletFigure]
    /// An amount of money as the site writes it (`12.8万元`, `128,000 yuan`).
    func money(_ yuan: Int, language: String) -> String
    /// The text a shortcode in a case body stands for (`stat cases_filed` → `838起`), or nil.
    func shortcode(_ body: String, language: String) -> String?
}

extension LeafletFigureSource {
    public func shortcode(_ body: String, language: String) -> String? { nil }
}
