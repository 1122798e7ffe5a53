import BeaconCore
import BeaconContent

extension StatsCollection {
    /// `/stats/` (the period that ends last) and `/stats/<period>/` for every period, in every
    /// language, rendered by the theme's `stats` template. With no statistics, `/stats/` says so.
    public func pages(config: SiteConfig, languages: [SiteLanguage]) -> [ExtraPage] {
        var out: [ExtraPage] = []
        for language in languages {
            let w = StatsWriter(language)
            guard let latest else {
                out.append(ExtraPage(path: "/stats/", language: language.language, template: "stats", title: w.t("page.title"),
                                     context: ["stats": ["empty": true]]))
                continue
            }
            out.append(page(latest, path: "/stats/", isLatestPage: true, language: language, config: config))
            for period in periods.reversed() {
                out.append(page(period, path: "/stats/\(period.name)/", isLatestPage: false, language: language, config: config))
            }
        }
        return out
    }

    /// Headline figure cards of the latest period for the home page (see `StatsWriter.card` for the keys).
    public func homeHeadline(language: SiteLanguage) -> [TemplateMap] {
        guard let latest else { return [] }
        let w = StatsWriter(language)
        return latest.headline.compactMap { latest.metric($0) }.map { w.card($0, in: latest) }
    }

    func page(_ period: StatsPeriod, path: String, isLatestPage: Bool, language: SiteLanguage, config: SiteConfig) -> ExtraPage {
        let w = StatsWriter(language)
        let label = w.label(period)
        let context: TemplateMap = ["stats": .map(context(period, isLatestPage: isLatestPage, language: language, config: config))]
        return ExtraPage(path: path, language: language.language, template: "stats", title: w.t("page.title_period", ["period": label]),
                         description: w.t("page.description", ["period": label]), context: context)
    }

    /// Everything the `stats` template shows of one period; the keys are documented in the template.
    public func context(_ period: StatsPeriod, isLatestPage: Bool, language: SiteLanguage, config: SiteConfig) -> TemplateMap {
        let w = StatsWriter(language)
        func url(_ path: String) -> String { config.url(language.pathPrefix + path) }
        let headline = period.headline.compactMap { period.metric($0) }
        let others = period.metrics.filter { !period.headline.contains($0.key) }
        var c: TemplateMap = [
            "name": .text(period.name),
            "label": .text(w.label(period)),
            "dates": .text(w.t("page.period_dates", ["start": w.date(period.start), "end": w.date(period.end)])),
            "is_latest": .bool(period.name == latest?.name),
            "is_latest_page": .bool(isLatestPage),
            "url": .text(url("/stats/\(period.name)/")),
            "latest_url": .text(url("/stats/")),
            "headline": .list(headline) { .map(w.card($0, in: period)) },
            "figures": .list(others) { .map(w.card($0, in: period)) },
            "has_figures": .bool(!others.isEmpty),
            "source": .text(w.t("page.source")),
        ]
        let monthlyCharts = period.metrics.filter { period.monthly[$0.key] != nil }
            .compactMap { chartHTML("monthly.\($0.key)", period: period, language: language) }
        c["monthly_charts"] = .list(monthlyCharts) { ["html": .text($0)] }
        c["has_monthly_charts"] = .bool(!monthlyCharts.isEmpty)
        if let html = chartHTML("comparison", period: period, language: language) { c["comparison_chart"] = .text(html) }
        if let html = chartHTML("by_type", period: period, language: language) { c["by_type_chart"] = .text(html) }
        if !period.byType.isEmpty {
            c["by_type"] = .list(ByTypeChart(writer: w, period: period, fraudTypes: fraudTypes).rows) { row in
                var r: TemplateMap = ["label": .text(row.label), "count": .text(w.number(row.count)), "share": .text(row.share),
                                      "is_unclassified": .bool(row.isRest)]
                if let key = row.key { r["url"] = .text(url("/types/\(key)/")) }
                return .map(r)
            }
            c["by_type_total"] = ["count": .text(w.number(period.byTypeTotal)), "share": .text(w.percent(StatNumber(100)))]
        }
        c["periods"] = .list(periods.reversed()) { p in
            ["label": .text(w.label(p)), "url": .text(url("/stats/\(p.name)/")), "current": .bool(p.name == period.name),
             "is_latest": .bool(p.name == latest?.name)]
        }
        c["has_other_periods"] = .bool(periods.count > 1)
        return c
    }
}
