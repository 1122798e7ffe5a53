/// Columns, one per month, each with its figure written on top; a light grid with the unit.
struct MonthlyChart {
    let writer: StatsWriter
    let period: StatsPeriod
    let metric: StatMetric
    let figures: [StatNumber]

    static let width = 640.0
    static let height = 300.0

    func figure(id: String) -> ChartFigure {
        let w = writer
        let label = w.label(metric)
        let periodLabel = w.label(period)
        let months = period.months
        let monthLabels = months.map { w.monthShort($0.month) }
        let valueLabels = figures.map { w.number($0) }
        let title = w.t("chart.monthly_title", ["metric": label, "period": periodLabel])
        let pairs = zip(monthLabels, figures).map { w.t("chart.pair", ["label": $0, "value": w.figure($1, unit: metric.unit)]) }
        let desc = w.t("chart.monthly_desc", ["count": String(figures.count), "months": w.language.count("stats.chart.months", figures.count),
                                              "values": pairs.joined(separator: w.t("chart.list_separator"))])

        let maxValue = figures.map(\.doubleValue).max() ?? 0
        let ticks = SVG.ticks(upTo: maxValue)
        let tickLabels = ticks.map { w.number(StatNumber(Int($0.rounded()))) }
        let top = 40.0, bottom = Self.height - (crossesYears ? 44 : 30), right = Self.width - 8
        let left = 12 + (tickLabels.map { SVG.width($0, size: 11) }.max() ?? 20)
        let plotHeight = bottom - top
        let yMax = ticks.last ?? 1
        func y(_ v: Double) -> Double { bottom - (yMax > 0 ? v / yMax * plotHeight : 0) }

        var s = SVG.open(width: Self.width, height: Self.height, id: id, title: title, desc: desc)
        s += SVG.text(w.t("chart.unit_axis", ["unit": w.unitWord(metric.unit)]), x: 0, y: 14, size: 11, fill: SVG.Palette.muted)
        for (tick, tickLabel) in zip(ticks, tickLabels) where tick > 0 {
            s += SVG.line(x1: left, y1: y(tick), x2: right, y2: y(tick), stroke: SVG.Palette.grid)
            s += SVG.text(tickLabel, x: left - 6, y: y(tick) + 4, size: 11, anchor: "end", fill: SVG.Palette.muted)
        }
        let band = (right - left) / Double(max(1, figures.count))
        let barWidth = min(band * 0.62, 44)
        let labelSize = min(12, fittingSize(valueLabels, width: band - 2))
        for (i, value) in figures.enumerated() {
            let cx = left + band * (Double(i) + 0.5)
            let top = y(value.doubleValue)
            s += SVG.rect(x: cx - barWidth / 2, y: top, width: barWidth, height: bottom - top, fill: SVG.Palette.bar)
            s += SVG.text(valueLabels[i], x: cx, y: top - 6, size: labelSize, anchor: "middle", weight: "600")
            s += SVG.text(monthLabels[i], x: cx, y: bottom + 17, size: min(12, fittingSize(monthLabels, width: band - 2)),
                          anchor: "middle", fill: SVG.Palette.muted)
            if crossesYears && (i == 0 || months[i].month == 1) {
                s += SVG.text(String(months[i].year), x: cx, y: bottom + 33, size: 11, anchor: "middle", fill: SVG.Palette.muted)
            }
        }
        s += SVG.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: SVG.Palette.ink)
        s += SVG.text("0", x: left - 6, y: bottom + 4, size: 11, anchor: "end", fill: SVG.Palette.muted)
        s += "</svg>"

        // Months across, as the chart reads: one row of figures under one row of months.
        let header = w.t("chart.column_with_unit", ["label": label, "unit": w.unitWord(metric.unit)])
        let heads = [w.t("chart.month_column")] + months.map { crossesYears ? monthRowLabel($0) : w.monthShort($0.month) } + [w.t("page.by_type_total")]
        let row = [header] + valueLabels + [w.number(figures.reduce(StatNumber(0), +))]
        return ChartFigure(kind: "monthly", id: id, caption: title, svg: s, table: ChartTable(headers: heads, rows: [row], footer: nil))
    }

    private var crossesYears: Bool { period.start.year != period.end.year }

    private func monthRowLabel(_ m: (year: Int, month: Int)) -> String {
        writer.t("period.month", ["year": String(m.year), "month": String(m.month), "month_name": writer.monthShort(m.month)])
    }

    /// The largest font size (at most 12) at which every label fits `width`.
    private func fittingSize(_ labels: [String], width: Double) -> Double {
        let widest = labels.map { SVG.width($0, size: 12) }.max() ?? 0
        return widest <= width ? 12 : max(8, 12 * width / widest)
    }
}
