import BeaconContent
import BeaconCore
import BeaconMarkdown
import BeaconStats

/// The checked statistics (`content/stats/`) and what the other steps take from them. Made
/// from the site's stats sources, settings and strings only, so a step whose cached input
/// holds those three holds everything this value depends on.
struct CheckedStats: StepOutput, Sendable {
    let stats: StatsCollection
    /// The statistics as values (figures written in every language, the money writer), for
    /// the website, LED boards and leaflets.
    let figures: StatsValues
    /// The `{{< stat >}}`/`{{< chart >}}` shortcodes; nil when there are no statistics.
    let shortcodes: ShortcodeHandler?
    /// The `/stats/` pages, for the website step to wrap in the theme.
    let extraPages: [ExtraPage]
    /// The home page's headline cards, by language code.
    let homeExtras: [String: TemplateMap]

    var warnings: [Diagnostic] { stats.warnings }
    var detail: Message {
        stats.isEmpty ? "no statistics" : "\(stats.periods.count) period(s), latest \(stats.latest?.name ?? "none")"
    }
}

extension CheckedStats {
    /// Stands in for statistics that failed to load, so the steps after them can go on
    /// checking in the same round (links, LED characters): no figures, and every
    /// `{{< stat >}}` shortcode answered with nothing, to be checked once the statistics load.
    static func standIn(_ site: Site) -> CheckedStats {
        let stats = StatsCollection(periods: [], fraudTypes: site.config.fraudTypes)
        return CheckedStats(stats: stats, figures: stats.values(languages: site.languages),
                            shortcodes: { _, _, _ in ShortcodeOutput(html: "", plain: "", isBlock: false) },
                            extraPages: [], homeExtras: [:])
    }
}

extension SiteBuilder {
    /// Reads and checks `content/stats/*.yaml`, then hands the figures to the other parts: the
    /// `{{< stat >}}`/`{{< chart >}}` shortcodes, the `/stats/` pages, the home page's headline
    /// cards, and as values (`StatsValues`: figures written in every language, the money
    /// writer) to the website, LED boards and leaflets.
    static func loadStatistics(_ site: Site, website: Bool) throws -> CheckedStats {
        let stats = try StatsCollection.load(sources: site.statsSources, config: site.config)
        let figures = stats.values(languages: site.languages)
        guard !stats.isEmpty else {
            return CheckedStats(stats: stats, figures: figures, shortcodes: nil, extraPages: [], homeExtras: [:])
        }
        // A shortcode's value gives every output its words; only the website's HTML wraps them.
        // The Markdown step names the page's language; the site resolves it.
        let shortcodes: ShortcodeHandler = { shortcode, name, date in
            let language = site.language(name)
            let quote = try stats.quote(name: shortcode.name, arguments: shortcode.arguments, options: shortcode.options,
                                        language: language, date: date)
            return ShortcodeOutput(html: stats.html(quote, language: language), plain: quote.text, isBlock: quote.isBlock)
        }
        var extraPages: [ExtraPage] = []
        var homeExtras: [String: TemplateMap] = [:]
        if website {
            extraPages = stats.pages(config: site.config, languages: site.languages)
            for language in site.languages {
                let cards = stats.homeHeadline(language: language)
                var home: TemplateMap = ["headline": .maps(cards), "hasHeadline": .bool(!cards.isEmpty),
                                         "statsURL": .text(site.config.url(language.pathPrefix + "/stats/"))]
                if let latest = stats.latest { home["headlinePeriod"] = .text(latest.label(language: language)) }
                homeExtras[language.code, default: [:]].merge(home) { _, new in new }
            }
        }
        return CheckedStats(stats: stats, figures: figures, shortcodes: shortcodes, extraPages: extraPages, homeExtras: homeExtras)
    }
}
