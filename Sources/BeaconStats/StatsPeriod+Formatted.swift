import BeaconCore
import BeaconContent

/// What the LED boards and leaflets quote: each figure written once, the same everywhere.
extension StatsPeriod {
    /// The value with its unit in `language`: `4400余万元`, `more than 44 million yuan`; nil for a metric the period lacks.
    public func formatted(metric key: String, language: SiteLanguage) -> String? {
        metric(key).map { StatsWriter(language).figure($0) }
    }

    /// `同比下降53.29%` / `down 53.29% year on year`; nil without `previous`.
    public func formattedChange(metric key: String, language: SiteLanguage) -> String? {
        metric(key).flatMap { StatsWriter(language).change($0) }
    }

    /// `18.14%` for `cases_solved` (of `cases_filed`); nil where no rate applies.
    public func formattedRate(metric key: String, language: SiteLanguage) -> String? {
        rate(key).map { StatsWriter(language).percent($0) }
    }

    /// The metric's name: `立电诈刑事案件`, `Fraud cases filed`.
    public func label(metric key: String, language: SiteLanguage) -> String? {
        metric(key).map { StatsWriter(language).label($0) }
    }

    /// The period's name: `2021年1月至10月`.
    public func label(language: SiteLanguage) -> String {
        StatsWriter(language).label(self)
    }
}

extension StatsPeriod {
    /// One sentence per headline figure, for LED boards: `2021年1月至10月，立电诈刑事案件838起，同比下降53.29%`,
    /// `January to October 2021: Fraud cases filed, 838 cases, down 53.29% year on year`.
    public func headlineSentences(language: SiteLanguage) -> [String] {
        let w = StatsWriter(language)
        return headline.compactMap { metric($0) }.map { m in
            var values = ["period": w.label(self), "label": w.label(m), "value": w.figureBesideLabel(m)]
            if let change = w.change(m) { values["change"] = change }
            return w.t(values["change"] == nil ? "sentence.plain" : "sentence.with_change", values)
        }
    }
}
