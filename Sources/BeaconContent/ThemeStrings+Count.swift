import BeaconCore

extension ThemeStrings {
    /// A count with its noun in `language`'s plural form: `0 cases`, `1 case`, `2 cases`,
    /// `案例1个`. The theme gives `key.one` (exactly 1) and `key.other` (every other number; the
    /// only form in Chinese), or `key` itself when the language has one form; `{n}` is the number,
    /// grouped as the language groups figures (`stats.number.group_separator`).
    public func count(_ key: String, _ language: Language, _ n: Int) -> String {
        Self.count(key, n, table: strings(language))
    }

    static func count(_ key: String, _ n: Int, table: [String: String]) -> String {
        let pattern = (n == 1 ? table["\(key).one"] : nil) ?? table["\(key).other"] ?? table[key] ?? key
        return pattern.replacingOccurrences(of: "{n}", with: grouped(n, table: table))
    }

    /// `n` with the thousands separator of the language whose strings are `table`: `18,744`, `18744`.
    static func grouped(_ n: Int, table: [String: String]) -> String {
        let digits = String(n.magnitude)
        let separator = table["stats.number.group_separator"] ?? ""
        let minDigits = table["stats.number.group_min_digits"].flatMap { Int($0) } ?? 4
        var out = digits
        if !separator.isEmpty, digits.count >= minDigits {
            var groups: [Substring] = []
            var end = digits.endIndex
            while end > digits.startIndex {
                let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
                groups.insert(digits[start..<end], at: 0)
                end = start
            }
            out = groups.joined(separator: separator)
        }
        return n < 0 ? "-" + out : out
    }
}
