import BeaconContent

/// Horizontal bars, most cases first, each labelled with its type, count and share; cases
/// without a type are drawn hatched so they never pass for a type.
struct ByTypeChart {
    let writer: StatsWriter
    let period: StatsPeriod
    let fraudTypes: [FraudType]

    static let width = 640.0
    static let rowHeight = 30.0

    struct Row { let key: String?; let label: String; let count: StatNumber; let share: String; let isRest: Bool }

    var rows: [Row] {
        let w = writer
        let order = period.byType.enumerated().sorted { a, b in
            a.element.count == b.element.count ? a.offset < b.offset : b.element.count < a.element.count
        }
        var out = order.map { Row(key: $0.element.key, label: w.fraudTypeLabel($0.element.key, among: fraudTypes), count: $0.element.count,
                                  share: period.share(of: $0.element.count).map(w.percent) ?? "", isRest: false) }
        let rest = period.unclassified
        if !rest.isZero {
            out.append(Row(key: nil, label: w.t("page.unclassified"), count: rest, share: period.share(of: rest).map(w.percent) ?? "", isRest: true))
        }
        return out
    }

    func figure(id: String) -> ChartFigure {
        let w = writer
        let rows = self.rows
        let periodLabel = w.label(period)
        let title = w.t("chart.by_type_title", ["period": periodLabel])
        let valueLabels = rows.map { w.t("chart.value_share", ["value": w.number($0.count), "share": $0.share]) }
        let desc = w.t("chart.by_type_desc", ["values": zip(rows, valueLabels).map { w.t("chart.pair", ["label": $0.label, "value": $1]) }
            .joined(separator: w.t("chart.list_separator"))])

        // Long names (English ones run to 50 letters) wrap onto two lines rather than run off the left edge.
        let labelWidth = min(Self.width * 0.42, (rows.map { SVG.width($0.label, size: 13) }.max() ?? 40) + 4)
        let labelLines = rows.map { SVG.wrap($0.label, width: labelWidth, size: 13) }
        let rowHeights = labelLines.map { $0.count > 1 ? Self.rowHeight + 16.0 * Double($0.count - 1) : Self.rowHeight }
        let height = 12 + rowHeights.reduce(0, +)
        let barLeft = labelWidth + 10
        let valueRoom = (valueLabels.map { SVG.width($0, size: 12) * 1.1 }.max() ?? 60) + 12
        let barMax = Self.width - barLeft - valueRoom
        let maxCount = rows.map(\.count.doubleValue).max() ?? 1

        var s = SVG.open(width: Self.width, height: height, id: id, title: title, desc: desc)
        s += "<defs>\(SVG.hatchPattern(id: "\(id)-rest", color: SVG.Palette.previous))</defs>"
        var top = 6.0
        for (i, row) in rows.enumerated() {
            let mid = top + rowHeights[i] / 2
            top += rowHeights[i]
            let length = maxCount > 0 ? barMax * row.count.doubleValue / maxCount : 0
            s += SVG.lines(labelLines[i], x: labelWidth, y: mid, size: 13, anchor: "end", fill: row.isRest ? SVG.Palette.muted : SVG.Palette.ink)
            s += SVG.rect(x: barLeft, y: mid - 9, width: length, height: 18,
                          fill: row.isRest ? "url(#\(id)-rest)" : SVG.Palette.bar,
                          extra: row.isRest ? "stroke=\"\(SVG.Palette.previous)\" stroke-width=\"1\"" : "")
            s += SVG.text(valueLabels[i], x: barLeft + length + 6, y: mid + 4.5, size: 12, weight: "600")
        }
        s += SVG.line(x1: barLeft, y1: 4, x2: barLeft, y2: height - 4, stroke: SVG.Palette.ink)
        s += "</svg>"

        let tableRows = rows.map { [$0.label, w.number($0.count), $0.share] }
        let total = [w.t("page.by_type_total"), w.number(period.byTypeTotal), w.percent(StatNumber(100))]
        return ChartFigure(kind: "by-type", id: id, caption: title, svg: s,
                           table: ChartTable(headers: [w.t("chart.type_column"), w.t("chart.count_column"), w.t("chart.share_column")],
                                             rows: tableRows, footer: total))
    }
}
