import BeaconContent
import BeaconCore
import BeaconMarkdown
import BeaconStats

extension SiteBuilder {
    /// Reads and checks `content/stats/*.yaml`, then hands the figures to the other parts: the
    /// `{{< stat >}}`/`{{< chart >}}` shortcodes, the `/stats/` pages, the home page's headline
    /// cards, and as values (`StatsValues`: figures written in every language, the money
    /// writer) to the website, LED boards and leaflets.
    func loadStatistics() throws -> Message {
        guard let site = state.site else { return "" }
        let stats = try StatsCollection.load(sources: site.statsSources, config: site.config)
        state.stats = stats
        state.warnings.add(contentsOf: stats.warnings)
        let strings = site.strings
        state.figures = stats.values(languages: site.config.languages, strings: strings)
        guard !stats.isEmpty else { return "no statistics" }
        // A shortcode's value gives every output its words; only the website's HTML wraps them.
        state.shortcodes = { shortcode, language, date in
            let quote = try stats.quote(name: shortcode.name, arguments: shortcode.arguments, options: shortcode.options,
                                        language: language, strings: strings, date: date)
            return ShortcodeOutput(html: stats.html(quote, language: language, strings: strings), plain: quote.text, isBlock: quote.isBlock)
        }
        if options.parts.contains(.website) {
            state.extraPages += stats.pages(config: site.config, strings: strings)
            for language in site.config.languages {
                let cards = stats.homeHeadline(language: language, strings: strings)
                var home: TemplateMap = ["headline": .maps(cards), "hasHeadline": .bool(!cards.isEmpty),
                                         "statsURL": .text(site.config.url(language.pathPrefix + "/stats/"))]
                if let latest = stats.latest { home["headlinePeriod"] = .text(latest.label(language: language, strings: strings)) }
                state.homeExtras[language.code, default: [:]].merge(home) { _, new in new }
            }
        }
        return "\(stats.periods.count) period(s), latest \(stats.latest?.name ?? "none")"
    }
}
