import BeaconCore
import BeaconContent

extension StatsCollection {
    /// The charts a period can draw, by the name a `{{< chart … >}}` shortcode uses.
    public func chartNames(_ period: StatsPeriod) -> [String] {
        var names = period.metrics.filter { period.monthly[$0.key] != nil }.map { "monthly.\($0.key)" }
        if !period.byType.isEmpty { names.append("by_type") }
        if period.metrics.contains(where: { $0.previous != nil }) { names.append("comparison") }
        return names
    }

    /// The chart `name` of `period` as a `<figure>` with the SVG and its table; nil for a chart the period cannot draw.
    public func chartHTML(_ name: String, period: StatsPeriod, language: SiteLanguage) -> String? {
        let writer = StatsWriter(language)
        let id = "stats-\(period.name)-\(name.replacingOccurrences(of: ".", with: "-").replacingOccurrences(of: "_", with: "-"))"
        switch name {
        case "by_type":
            guard !period.byType.isEmpty else { return nil }
            return ByTypeChart(writer: writer, period: period, fraudTypes: fraudTypes).figure(id: id).html
        case "comparison":
            let chart = ComparisonChart(writer: writer, period: period)
            return chart.pairs.isEmpty ? nil : chart.figure(id: id).html
        default:
            guard name.hasPrefix("monthly."), case let key = String(name.dropFirst(8)), let m = period.metric(key),
                  let figures = period.monthly[key] else { return nil }
            return MonthlyChart(writer: writer, period: period, metric: m, figures: figures).figure(id: id).html
        }
    }
}
