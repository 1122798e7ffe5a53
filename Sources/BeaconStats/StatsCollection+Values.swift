import BeaconContent
import BeaconCore

extension StatsCollection {
    /// Every period's figures written in each of `languages` by `StatsWriter`, once, for the
    /// LED boards and the leaflets (see `StatsValues`).
    public func values(languages: [SiteLanguage]) -> StatsValues {
        let writers = languages.map(StatsWriter.init)
        let periods = periods.map { p in
            PeriodValues(name: p.name, file: p.file, end: p.end,
                         labels: Dictionary(writers.map { ($0.language.code, $0.label(p)) }, uniquingKeysWith: { a, _ in a }),
                         figures: p.metrics.map { m in
                             FigureValue(key: m.key, number: m.value, approx: m.approx, previous: m.previous,
                                         direction: m.changePercent?.direction,
                                         written: Dictionary(writers.map { w in
                                             (w.language.code, FigureValue.Written(label: w.label(m), value: w.figure(m), change: w.change(m)))
                                         }, uniquingKeysWith: { a, _ in a }))
                         },
                         headline: p.headline)
        }
        return StatsValues(periods: periods, money: MoneyWriter(languages: languages))
    }
}
