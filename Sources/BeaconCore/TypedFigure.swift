/// A figure typed the way people type it in a spreadsheet or a report — `3,260万元`,
/// `32,600,000`, `4400余万`, `3.86万元`, `３２６` — read back as the exact digits Beacon
/// wants (`32600000`), so an error can say precisely what to write instead.
public struct TypedFigure: Sendable, Hashable {
    /// Plain decimal digits, e.g. `32600000` or `958.7`.
    public let digits: String
    /// True when the text said "more than" (`余`, `多`, `+`, `以上`).
    public let approx: Bool

    /// Units and counters that follow a Chinese figure; Beacon writes them itself.
    static let unitWords = ["万元", "亿元", "元", "人次", "人", "起", "次", "条", "个", "件", "名", "户", "笔", "张", "家", "余", "多", "以上", "+", "约"]
    static let separators: Set<Character> = [",", "，", "_", " ", "\u{3000}", "、", "'"]

    /// Nil when `text` is not a figure written another way (already plain digits, or words).
    public init?(_ text: String) {
        var s = String(text.map(Self.halfWidth)).filter { !Self.separators.contains($0) }
        guard !s.isEmpty, s.first?.isPlainDigit == true || s.first == "." else { return nil }
        let approx = ["余", "多", "以上", "+"].contains { s.contains($0) }
        // Strip the words from the end, keeping 万 and 亿 (their place in `万元` tells the scale).
        var scale = 0
        var changed = true
        while changed {
            changed = false
            for word in Self.unitWords where s.hasSuffix(word) {
                s.removeLast(word.count)
                if word == "万元" { scale += 4 }
                if word == "亿元" { scale += 8 }
                changed = true
            }
            if s.hasSuffix("万") { s.removeLast(); scale += 4; changed = true }
            if s.hasSuffix("亿") { s.removeLast(); scale += 8; changed = true }
            if s.hasSuffix("千") { s.removeLast(); scale += 3; changed = true }
            if s.hasSuffix("百") { s.removeLast(); scale += 2; changed = true }
        }
        guard let digits = Self.shift(s, by: scale), digits != text else { return nil }
        self.digits = digits
        self.approx = approx
    }

    /// `3.86` shifted 4 places → `38600`; nil unless `number` is plain decimal digits.
    static func shift(_ number: String, by places: Int) -> String? {
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isPlainDigit) }),
              !(parts[0].isEmpty && (parts.count == 1 || parts[1].isEmpty)) else { return nil }
        var whole = String(parts[0])
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        for _ in 0..<places {
            whole.append(fraction.isEmpty ? "0" : fraction.removeFirst())
        }
        whole = String(whole.drop { $0 == "0" })
        if whole.isEmpty { whole = "0" }
        while fraction.last == "0" { fraction.removeLast() }
        return fraction.isEmpty ? whole : whole + "." + fraction
    }

    /// Full-width digits and point (`３２６．５`) as ASCII.
    static func halfWidth(_ c: Character) -> Character {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return c }
        switch scalar.value {
        case 0xFF10...0xFF19: return Character(Unicode.Scalar(UInt8(scalar.value - 0xFF10 + 0x30)))
        case 0xFF0E: return "."
        default: return c
        }
    }

    /// The hint for a figure that must be written as digits: `Write `loss: 38600`` and, when 余
    /// was written, how to say "more than". `key` is the setting as the user writes it.
    public func hint(key: String, approxForm: ApproxForm) -> Message {
        guard approx else {
            return "Write the digits only: `\(key): \(digits)`. Beacon writes 万, 亿 and the unit itself."
        }
        switch approxForm {
        case .sibling:
            return "Write the digits only, `\(key): \(digits)`, and add `approx: true` for 余 (more than). Beacon writes 万, 亿, 余 and the unit itself."
        case .mapping:
            return "Write `\(key): {value: \(digits), approx: true}`: the digits, with `approx: true` for 余 (more than). Beacon writes 万, 亿, 余 and the unit itself."
        case .none:
            return "Write the digits only: `\(key): \(digits)`. This figure cannot be marked 余 (more than): give the exact figure."
        }
    }

    /// How a figure says "more than" where it is read.
    public enum ApproxForm: Sendable {
        /// `approx: true` beside `value:` in the same mapping (statistics).
        case sibling
        /// `key: {value: …, approx: true}` instead of a bare number (`amount:`).
        case mapping
        /// The figure is always exact.
        case none
    }
}

extension Character {
    var isPlainDigit: Bool { isASCII && isNumber }
}
