import BeaconContent
import BeaconCore
import BeaconMarkdown
import BeaconStats

extension SiteBuilder {
    /// Reads and checks `content/stats/*.yaml`, then hands the figures to the other parts: the
    /// `{{< stat >}}`/`{{< chart >}}` shortcodes, the `/stats/` pages, the home page's headline
    /// cards and the way amounts of money are written.
    func loadStatistics() throws -> Message {
        guard let site = state.site else { return "" }
        let stats = try StatsCollection.load(sources: site.statsSources, config: site.config)
        state.stats = stats
        state.warnings.add(contentsOf: stats.warnings)
        let strings = site.strings
        state.formatMoney = { yuan, language in
            StatsWriter(language: language, strings: strings).figure(StatNumber(yuan), unit: .known("yuan"))
        }
        state.formatApproxMoney = { yuan, language in
            StatsWriter(language: language, strings: strings).figure(StatNumber(yuan), approx: true, unit: .known("yuan"))
        }
        guard !stats.isEmpty else { return "no statistics" }
        state.shortcodes = { shortcode, language, date in
            let html = try stats.renderShortcode(name: shortcode.name, arguments: shortcode.arguments, options: shortcode.options,
                                                 language: language, strings: strings, date: date)
            let isChart = shortcode.name == "chart"
            return ShortcodeOutput(html: html, plain: isChart ? "" : StatsHTML.plainText(html), isBlock: isChart)
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
