import BeaconContent
import BeaconCore

/// The theme's leaflet strings in one language (`themes/<t>/i18n/<lang>/leaflet.yaml`, under
/// the `leaflet:` key), so no printed word lives in Swift.
struct LeafletWords: Sendable {
    let language: SiteLanguage

    init(_ language: SiteLanguage) { self.language = language }

    subscript(_ key: String) -> String { language.string("leaflet.\(key)") }

    /// A string the theme may leave out (older themes lack it).
    func optional(_ key: String) -> String? { language.word("leaflet.\(key)") }

    func format(_ key: String, _ values: [String: String]) -> String {
        language.format("leaflet.\(key)", values)
    }

    /// A list in the YAML (`advice_headings: [警方提示, …]`), flattened by ThemeStrings as `key.0`, `key.1`, …
    func list(_ key: String) -> [String] {
        var out: [String] = []
        while let s = language.word("leaflet.\(key).\(out.count)") { out.append(s) }
        return out
    }

    /// The headings that mark a case's police advice and its method (`method_headings` is optional).
    var caseHeadings: CaseStory.Headings { .init(advice: list("advice_headings"), method: list("method_headings")) }

    /// `2022年7月1日` / `1 July 2022`, from the `date` pattern and `months` list.
    func date(_ d: Day) -> String {
        let months = list("months")
        return format("date", ["year": String(d.year), "month": String(d.month), "day": String(d.day),
                               "month_name": d.month <= months.count ? months[d.month - 1] : String(d.month)])
    }

    /// `一` / `1`: the case number as the language writes it.
    func ordinal(_ n: Int) -> String {
        let names = list("ordinals")
        return n >= 1 && n <= names.count ? names[n - 1] : String(n)
    }

    /// The keys this part of the theme must define, checked once per build.
    static let requiredKeys = ["subject", "case_kicker", "victim_loss", "loss", "advice", "advice_headings.0", "figures_heading",
                               "slogans_heading", "hotlines_heading", "hotline_110", "hotline_96110", "qr_case", "qr_home",
                               "qr_custom", "footer", "issued", "date", "bullet", "slogan_mark", "ordinals.0", "months.0",
                               "page.title", "page.intro", "page.download", "page.preview", "page.trim", "page.pages",
                               "format.a4", "format.a5", "format.a4-trifold"]
}
