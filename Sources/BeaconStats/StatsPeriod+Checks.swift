import BeaconCore

extension StatsPeriod {
    /// The checks between figures of one file: solved ≤ filed, months add up to the total,
    /// types add up to no more than the cases filed.
    func checkConsistency(metricLines: [String: YAMLValue], monthlyLines: [String: YAMLValue], byTypeValue: YAMLValue?,
                          problems: DiagnosticCollector) {
        if let solved = metric("cases_solved"), let filed = metric("cases_filed"), filed.value < solved.value {
            problems.add(at(metricLines["cases_solved"],
                            "`cases_solved` (\(solved.value)) is greater than `cases_filed` (\(filed.value)): a period cannot solve more cases than were filed.",
                            hint: "Check both figures against the report; cases solved are counted among the cases filed in the same period."))
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
                                hint: "Each case filed has at most one fraud type; check the figures under `by_type:` and `cases_filed`."))
            }
        }
    }

    private func at(_ v: YAMLValue?, _ message: Message, hint: Message) -> Diagnostic {
        v?.error(message, hint: hint) ?? .error(file, message, hint: hint)
    }

    private func monthName(_ m: (year: Int, month: Int)) -> String {
        "\(m.year)-\(m.month < 10 ? "0" : "")\(m.month)"
    }
}
