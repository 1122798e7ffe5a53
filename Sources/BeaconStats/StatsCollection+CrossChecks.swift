import BeaconCore

extension StatsCollection {
    /// Checks between files: a month's figure must be the same in every file that gives it, and
    /// a period inside another (January–June inside January–October) cannot count more.
    static func crossCheck(_ periods: [StatsPeriod], problems: DiagnosticCollector) {
        var seen: [String: (value: StatNumber, period: StatsPeriod)] = [:]
        for period in periods {
            let months = period.months
            for key in period.monthly.keys.sorted() {
                guard let figures = period.monthly[key], figures.count == months.count else { continue }
                for (i, m) in months.enumerated() {
                    let id = "\(key)|\(m.year)-\(m.month)"
                    guard let first = seen[id] else { seen[id] = (figures[i], period); continue }
                    guard first.value != figures[i] else { continue }
                    problems.add(.error(period.file, line: period.monthlyLines[key],
                                        "`monthly.\(key)` gives \(figures[i]) for \(m.year)-\(m.month < 10 ? "0" : "")\(m.month), but \(first.period.file) gives \(first.value) for the same month.",
                                        hint: "A month has one figure: correct whichever file is wrong so both agree."))
                }
            }
        }
        for inner in periods {
            for outer in periods where outer.name != inner.name && outer.start <= inner.start && inner.end <= outer.end
                && !(outer.start == inner.start && outer.end == inner.end) {
                for m in inner.metrics {
                    guard let o = outer.metric(m.key), !o.approx, o.value < m.value else { continue }
                    problems.add(.error(inner.file, line: m.line,
                                        "`\(m.key)` is \(m.value) for \(inner.start) to \(inner.end), more than the \(o.value) that \(outer.file) gives for the longer period \(outer.start) to \(outer.end), which includes it.",
                                        hint: "A figure for part of a period cannot be larger than the figure for the whole; check both files."))
                }
            }
        }
    }
}
