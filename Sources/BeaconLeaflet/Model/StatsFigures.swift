import BeaconContent
import BeaconCore
import BeaconStats
import Foundation

/// The statistics module's figures as a leaflet needs them, written by `StatsWriter` exactly
/// as the website writes them.
public struct StatsFigures: LeafletFigureSource {
    let stats: StatsCollection
    let strings: ThemeStrings

    public init(stats: StatsCollection, site: Site) {
        self.stats = stats
        self.strings = site.strings
    }

    public var periodNames: [String] { stats.periods.map(\.name) }

    public func periodLabel(_ period: String, language: Language) -> String? {
        stats.period(period)?.label(language: language, strings: strings)
    }

    public func periodEnd(_ period: String) -> Day? { stats.period(period)?.end }

    /// The period's `headline:` metrics (or its first four): value, label and year-on-year change.
    public func headlineFigures(_ period: String, language lang: Language) -> [LeafletFigure] {
        guard let p = stats.period(period) else { return [] }
        return p.headline.compactMap { key in
            guard let value = p.formatted(metric: key, language: lang, strings: strings),
                  let label = p.label(metric: key, language: lang, strings: strings) else { return nil }
            return LeafletFigure(value: value, label: label, note: p.formattedChange(metric: key, language: lang, strings: strings))
        }
    }

    public func money(_ yuan: Int, language: Language) -> String {
        StatsWriter(language: language, strings: strings).figure(StatNumber(yuan), unit: .known("yuan"))
    }

    /// `stat cases_filed change period=2021-h1` → the plain text the website shows for it.
    public func shortcode(_ body: String, language: Language, date: Day?) -> String? {
        var tokens = body.split(separator: " ").map(String.init)
        guard let name = tokens.first, StatsCollection.shortcodeNames.contains(name), name != "chart" else { return nil }
        tokens.removeFirst()
        var options: [String: String] = [:]
        var arguments: [String] = []
        for t in tokens {
            if let eq = t.firstIndex(of: "=") {
                options[String(t[..<eq])] = String(t[t.index(after: eq)...]).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            } else {
                arguments.append(t.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")))
            }
        }
        guard let html = try? stats.renderShortcode(name: name, arguments: arguments, options: options, language: language, strings: strings,
                                                  date: date)
        else { return nil }
        return StatsHTML.plainText(html)
    }
}
