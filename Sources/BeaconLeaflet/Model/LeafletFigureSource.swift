import BeaconCore

/// What a leaflet needs from the statistics: the periods that exist and their headline
/// figures written exactly as on the site. The statistics module conforms to it, so figures
/// are typed once and formatted in one place.
public protocol LeafletFigureSource: Sendable {
    /// Base names of the period files under `content/stats` (`2022-h1`).
    var periodNames: [String] { get }
    /// The period's label in a language: `2022年上半年`.
    func periodLabel(_ period: String, language: Language) -> String?
    /// The last day of the period, for the leaflet's default issue date.
    func periodEnd(_ period: String) -> Day?
    /// The figures a leaflet shows for the period, most important first.
    func headlineFigures(_ period: String, language: Language) -> [LeafletFigure]
    /// An amount of money as the site writes it (`12.8万元`, `128,000 yuan`).
    func money(_ yuan: Int, language: Language) -> String
    /// The text a shortcode in a case body stands for (`stat cases_filed` → `838起`), or nil;
    /// `date` is the case's, so the figure is the one its web page quotes.
    func shortcode(_ body: String, language: Language, date: Day?) -> String?
}

extension LeafletFigureSource {
    public func shortcode(_ body: String, language: Language, date: Day?) -> String? { nil }
}
