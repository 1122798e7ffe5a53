import BeaconCore
import BeaconContent

/// Writes figures, changes, rates, labels and dates of the statistics in one language, with
/// every word and rule taken from the theme's `stats.yaml` through the resolved `SiteLanguage`
/// (its words and its `NumberStyle`, made once per build).
public struct StatsWriter: Sendable {
    public let language: SiteLanguage

    public init(_ language: SiteLanguage) { self.language = language }

    /// How this language writes figures.
    public var style: NumberStyle { language.numbers }

    /// A word of `stats.yaml`: `t("page.title")` reads `stats.page.title`.
    public func t(_ key: String, _ values: [String: String] = [:]) -> String {
        language.string("stats.\(key)").fillingPlaceholders(values)
    }

    /// The metric's value with its unit: `4400余万元`, `more than 44 million yuan`, `1 case`.
    public func figure(_ m: StatMetric) -> String { figure(m.value, approx: m.approx, unit: m.unit) }

    public func figure(_ value: StatNumber, approx: Bool = false, unit: StatUnit) -> String {
        let scaled = !style.parts(value).scale.isEmpty
        let word = unit.word(for: value, approx: approx, scaled: scaled, language: language)
        return style.figure(value, approx: approx, unit: word)
    }

    /// The number alone, with 万/亿 or million: `4400万`, `838`, `550,000`.
    public func number(_ value: StatNumber) -> String { style.number(value) }

    /// The plural word of a unit, for axis titles and column heads: `起`, `cases`.
    public func unitWord(_ unit: StatUnit) -> String {
        unit.word(for: StatNumber(2), approx: false, scaled: false, language: language)
    }

    /// `同比下降53.29%` / `down 53.29% year on year`; nil when the metric has no `previous`.
    public func change(_ m: StatMetric) -> String? {
        guard let previous = m.previous else { return nil }
        guard let c = m.changePercent else { return previous.isZero ? t("change.from_zero") : nil }
        switch c.direction {
        case .same: return t("change.same")
        case .up, .down: return t("change.\(c.direction.rawValue)", ["percent": style.percent(c.percent)])
        }
    }

    /// `18.14%`.
    public func percent(_ value: StatNumber) -> String { style.percent(value) }

    /// The metric's name: its own `label:` in this language, else the theme's `stats.metrics.<key>`
    /// (a figure of the site's own has a label in every language: the parser makes sure).
    public func label(_ m: StatMetric) -> String {
        m.label?[language.language] ?? t("metrics.\(m.key)")
    }

    /// The note in this language only: a note written in one language is not shown in another.
    public func note(_ m: StatMetric) -> String? { m.note?[language.language] }

    /// Name of the rate of a metric: `破案率`, `Clearance rate`.
    public func rateLabel(_ key: String) -> String { t("rates.\(key)") }

    /// The fraud type's name from `site.yaml`: `刷单返利`.
    public func fraudTypeLabel(_ key: String, among types: [FraudType]) -> String {
        types.first { $0.key == key }?.label.text(language.language) ?? key
    }
}
