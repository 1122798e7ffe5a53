/// Each figure that has a year-before value, as a pair of bars: this period solid, the year
/// before hatched, both labelled with their period and figure, the change written out.
struct ComparisonChart {
    let writer: StatsWriter
    let period: StatsPeriod

    static let width = 640.0

    /// The figures with a year-before value, each with that value.
    var pairs: [(metric: StatMetric, previous: StatNumber)] { period.metrics.compactMap { m in m.previous.map { (m, $0) } } }

    func figure(id: String) -> ChartFigure {
        let w = writer
        let now = w.label(period), before = w.previousYearLabel(period)
        let pairs = self.pairs
        let title = w.t("chart.comparison_title", ["period": now])
        let sentences = pairs.map { m, previous in
            [w.label(m), w.t("chart.pair", ["label": now, "value": w.figure(m)]),
             w.t("chart.pair", ["label": before, "value": w.figure(previous, unit: m.unit)]), w.change(m) ?? ""]
                .filter { !$0.isEmpty }.joined(separator: w.t("chart.list_separator"))
        }
        let desc = w.t("chart.comparison_desc", ["values": sentences.joined(separator: w.t("chart.list_separator"))])

        let labelWidth = max(SVG.width(now, size: 12), SVG.width(before, size: 12)) + 4
        let barLeft = labelWidth + 10
        let values = pairs.flatMap { m, previous in [w.figure(m), w.figure(previous, unit: m.unit)] }
        let valueRoom = (values.map { SVG.width($0, size: 12) * 1.1 }.max() ?? 60) + 12
        let barMax = Self.width - barLeft - valueRoom
        let groupHeight = 86.0
        let height = groupHeight * Double(pairs.count) + 4

        var s = SVG.open(width: Self.width, height: height, id: id, title: title, desc: desc)
        s += "<defs>\(SVG.hatchPattern(id: "\(id)-prev", color: SVG.Palette.previous))</defs>"
        for (i, (m, previous)) in pairs.enumerated() {
            let top = groupHeight * Double(i)
            let maxValue = max(m.value.doubleValue, previous.doubleValue)
            s += SVG.text(w.label(m), x: 0, y: top + 18, size: 14, weight: "700")
            // Neutral ink: fewer cases filed is good news, fewer cases solved is not; the words say which way.
            if let change = w.change(m) {
                let arrow = m.changePercent.map { $0.direction == .down ? "▼ " : $0.direction == .up ? "▲ " : "" } ?? ""
                s += SVG.text(arrow + change, x: Self.width, y: top + 18, size: 13, anchor: "end", weight: "600")
            }
            let bars: [(String, StatNumber, Bool)] = [(now, m.value, true), (before, previous, false)]
            for (j, bar) in bars.enumerated() {
                let mid = top + 40 + Double(j) * 26
                let length = maxValue > 0 ? barMax * bar.1.doubleValue / maxValue : 0
                s += SVG.text(bar.0, x: labelWidth, y: mid + 4, size: 12, anchor: "end", fill: bar.2 ? SVG.Palette.ink : SVG.Palette.muted)
                s += SVG.rect(x: barLeft, y: mid - 9, width: length, height: 18, fill: bar.2 ? SVG.Palette.bar : "url(#\(id)-prev)",
                              extra: bar.2 ? "" : "stroke=\"\(SVG.Palette.previous)\" stroke-width=\"1\"")
                let text = bar.2 ? w.figure(m) : w.figure(bar.1, unit: m.unit)
                s += SVG.text(text, x: barLeft + length + 6, y: mid + 4, size: 12, fill: bar.2 ? SVG.Palette.ink : SVG.Palette.muted, weight: bar.2 ? "600" : nil)
            }
            s += SVG.line(x1: barLeft, y1: top + 28, x2: barLeft, y2: top + 78, stroke: SVG.Palette.ink)
        }
        s += "</svg>"

        let rows = pairs.map { m, previous in [w.label(m), w.figureBesideLabel(m), w.figureBesideLabel(previous, of: m), w.change(m) ?? ""] }
        return ChartFigure(kind: "comparison", id: id, caption: title, svg: s,
                           table: ChartTable(headers: [w.t("chart.metric_column"), now, before, w.t("chart.change_column")], rows: rows))
    }
}
