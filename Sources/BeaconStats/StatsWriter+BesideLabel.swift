import Foundation

extension StatsWriter {
    /// The figure as it stands beside its label (cards, tables, headline sentences). In a
    /// language whose theme sets `stats.number.drop_unit_named_by_label: true` (English), a unit
    /// word the label already says is left out: "Cases recorded by police 838", not "… 838
    /// cases"; "Money frozen more than 44 million yuan" keeps its unit. Chinese keeps its
    /// measure words (`立电诈刑事案件838起`).
    public func figureBesideLabel(_ m: StatMetric) -> String {
        figureBesideLabel(m.value, approx: m.approx, of: m)
    }

    /// `figureBesideLabel` for another value of the same metric (the year before's).
    public func figureBesideLabel(_ value: StatNumber, approx: Bool = false, of m: StatMetric) -> String {
        labelNamesUnit(m) ? style.figure(value, approx: approx, unit: "") : figure(value, approx: approx, unit: m.unit)
    }

    /// Whether the metric's label contains its unit's word, singular or plural, as a whole word.
    func labelNamesUnit(_ m: StatMetric) -> Bool {
        guard language.string("stats.number.drop_unit_named_by_label") == "true" else { return false }
        let words = Set(label(m).lowercased().split { !$0.isLetter }.map(String.init))
        let unit = [StatNumber(1), StatNumber(2)].map {
            m.unit.word(for: $0, approx: false, scaled: false, language: language).lowercased()
        }
        return unit.contains { !$0.isEmpty && words.contains($0) }
    }
}
