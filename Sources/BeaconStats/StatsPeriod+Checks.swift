import BeaconCore

extension StatsPeriod {
    /// The checks between figures of one file: solved ≤ filed, months add up to the total,
    /// types add up to no more than the cases filed.
    func checkConsistency(metricLines: [String: YAMLValue], monthlyLines: [String: YAMLValue], byTypeValue: YAMLValue?,
                          problems: DiagnosticCollector) {
        if let solved = metric("cases_solved"), let filed = metric("cases_filed"), filed.value < solved.value {
            problems.add(at(metricLines["cases_solved"],
                            "`cases_solved` (\(solved.value)) is greater than `cases_filed` (\(filed.value)). This happens when cases filed in earlier years are solved in this period; the clearance rate would read over 100%.",
                            hint: "Check both figures against the report. If they are right, nothing needs changing.", severity: .warning))
        }
        let monthCount = months.count
        guard let firstMonth = months.first, let lastMonth = months.last else { return }
        for key in monthly.keys.sorted() {
            guard let figures = monthly[key], let m = metric(key) else { continue }
            let where_ = monthlyLines[key]
            if figures.count != monthCount {
                problems.add(at(where_, "`monthly.\(key)` has \(figures.count) figure(s), but the period \(start) to \(end) has \(monthCount) month(s).",
                                hint: "Give one figure per month, from \(monthName(firstMonth)) to \(monthName(lastMonth)), in order."))
                continue
            }
            let sum = figures.reduce(StatNumber(0), +)
            if m.approx ? sum < m.value : sum != m.value {
                let relation: Message = m.approx ? "less than" : "not"
                let given: Message = m.approx ? " (given as “more than”)" : ""
                problems.add(at(where_, "The monthly figures of `\(key)` add up to \(sum), \(relation) the period's `\(key)` of \(m.value)\(given).",
                                hint: "Correct the month that is wrong, or the total under `metrics:`; the months must add up to the total."))
            }
        }
        if !byType.isEmpty {
            let sum = byType.reduce(StatNumber(0)) { $0 + $1.count }
            if let filed = metric("cases_filed"), filed.value < sum {
                problems.add(at(byTypeValue, "The cases under `by_type:` add up to \(sum), more than the \(filed.value) `cases_filed` of the period.",
                                hint: "Each case filed has at most one fraud type; check the figures under `by_type:` and `cases_filed`.", severity: .warning))
            } else if let filed = metric("cases_filed"), sum < filed.value {
                problems.add(at(byTypeValue, "The cases under `by_type:` add up to \(sum), not the \(filed.value) `cases_filed` of the period; the other cases are shown as “other types”.",
                                hint: "If some fraud types are missing, add them under `by_type:`; if the report does not classify every case, nothing needs changing.", severity: .warning))
            }
        }
    }

    private func at(_ v: YAMLValue?, _ message: Message, hint: Message, severity: Diagnostic.Severity = .error) -> Diagnostic {
        v?.error(message, hint: hint, severity: severity) ?? Diagnostic(severity, file: file, message: message, hint: hint)
    }

    private func monthName(_ m: (year: Int, month: Int)) -> String {
        "\(m.year)-\(m.month < 10 ? "0" : "")\(m.month)"
    }
}
