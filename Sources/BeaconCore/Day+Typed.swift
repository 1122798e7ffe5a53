import Foundation

extension Day {
    /// The date meant by a date typed another way — `2023-6-20`, `2023/6/20`, `2023.6.20`,
    /// `2023年6月20日` — so an error can give the `YYYY-MM-DD` form to write; nil when the
    /// numbers make no real date.
    public static func meant(by typed: String) -> Day? {
        let s = typed.trimmingSpaces()
        var numbers: [Int] = []
        var current = ""
        for c in s.map(TypedFigure.halfWidth) {
            if c.isPlainDigit { current.append(c); continue }
            guard "-/.年月日 ".contains(c), !current.isEmpty || c == "日" || c == " " else { return nil }
            if !current.isEmpty { numbers.append(Int(current) ?? 0); current = "" }
        }
        if !current.isEmpty { numbers.append(Int(current) ?? 0) }
        guard numbers.count == 3, (1000...9999).contains(numbers[0]) else { return nil }
        return Day(year: numbers[0], month: numbers[1], day: numbers[2])
    }
}
