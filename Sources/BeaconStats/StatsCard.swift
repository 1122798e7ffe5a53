import BeaconContent
import BeaconCore

/// A headline figure as the page and home page show it: label, the figure large, the change.
extension StatsWriter {
    /// Mustache context of one card: `label`, `value`, `value_html`, `change`, `direction`, `previous_text`, `note`, `rate_label`, `rate`, `rate_text`, `key`.
    public func card(_ m: StatMetric, in period: StatsPeriod) -> TemplateMap {
        var card: TemplateMap = [
            "key": .text(m.key),
            "label": .text(label(m)),
            "value": .text(figureBesideLabel(m)),
            "value_html": .text(figureHTML(m)),
        ]
        if let change = change(m) {
            card["change"] = .text(change)
            card["direction"] = .text(m.changePercent?.direction.rawValue ?? "same")
        }
        if let previous = m.previous {
            card["previous_text"] = .text(t("change.previous", ["value": figure(previous, unit: m.unit)]))
        }
        if let note = note(m) { card["note"] = .text(note) }
        if let rate = period.rate(m.key) {
            card["rate"] = .text(percent(rate))
            card["rate_label"] = .text(rateLabel(m.key))
            card["rate_text"] = .text(t("page.rate", ["label": rateLabel(m.key), "percent": percent(rate)]))
        }
        return card
    }

    /// The figure as HTML with the digits marked for large type: `<b>4400</b>余<b class="stat-scale">万</b>元`.
    public func figureHTML(_ m: StatMetric) -> String {
        let scaled = !style.parts(m.value).scale.isEmpty
        let word = labelNamesUnit(m) ? "" : m.unit.word(for: m.value, approx: m.approx, scaled: scaled, language: language)
        return style.figureHTML(m.value, approx: m.approx, unit: word)
    }
}
