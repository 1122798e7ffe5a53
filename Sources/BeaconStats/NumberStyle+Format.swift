import BeaconContent
import BeaconCore
import Foundation

extension NumberStyle {
    /// A figure split the way it is written: number, scale word (may be empty) and whether the
    /// number before the scale word is a whole number ending in 0 (4400 in 4400万).
    public struct Parts: Sendable, Hashable {
        public var number: String
        public var scale: String
        public var isRound: Bool
    }

    /// Chooses the largest scale that keeps the figure's precision within `scaleMaxDecimals`
    /// decimals (345000000 → 3.45亿, but 1234500000 → 123450万): never 3亿4500万, never rounded.
    public func parts(_ value: StatNumber) -> Parts {
        for scale in scales {
            let divisor = StatNumber(significand: StatNumber.power(scale.exponent))
            guard !(value < divisor) else { continue }
            let coefficient = value.shifted(down: scale.exponent)
            guard coefficient.trimmed.scale <= scaleMaxDecimals else { continue }
            return Parts(number: digits(coefficient), scale: scale.word, isRound: isRound(coefficient))
        }
        return Parts(number: digits(value), scale: "", isRound: isRound(value))
    }

    /// The number with the scale word but no unit: `4400万`, `44 million`, `550,000`.
    public func number(_ value: StatNumber) -> String {
        let p = parts(value)
        return Self.fill(exactPattern, ["number": p.number, "scale": p.scale, "unit": ""])
    }

    /// The figure with its unit word: `4400余万元`, `more than 44 million yuan`, `838 cases`.
    public func figure(_ value: StatNumber, approx: Bool, unit: String) -> String {
        let p = parts(value)
        let pattern = !approx ? exactPattern : (p.isRound && !p.scale.isEmpty ? approxRoundPattern : approxPattern)
        return Self.fill(pattern, ["number": p.number, "scale": p.scale, "unit": unit])
    }

    /// `figure` as HTML with the number and scale word in `<b>` (cards set them large):
    /// `<b>4400</b>余<b class="stat-scale">万</b>元`.
    public func figureHTML(_ value: StatNumber, approx: Bool, unit: String) -> String {
        let p = parts(value)
        let open = "\u{E000}", openScale = "\u{E002}", close = "\u{E001}"
        let marked = Parts(number: open + p.number + close, scale: p.scale.isEmpty ? "" : openScale + p.scale + close, isRound: p.isRound)
        let pattern = !approx ? exactPattern : (p.isRound && !p.scale.isEmpty ? approxRoundPattern : approxPattern)
        let text = Self.fill(pattern, ["number": marked.number, "scale": marked.scale, "unit": unit])
        return SVG.escape(text).replacingOccurrences(of: open, with: "<b>").replacingOccurrences(of: openScale, with: "<b class=\"stat-scale\">")
            .replacingOccurrences(of: close, with: "</b>")
    }

    /// A percentage with exactly `decimals` places: `53.29%`; a whole 100 is `100%` (all of
    /// them, not a measured 100.00).
    public func percent(_ value: StatNumber, decimals: Int = 2) -> String {
        if value == StatNumber(100) { return Self.fill(percentPattern, ["number": "100"]) }
        return Self.fill(percentPattern, ["number": fixed(value, decimals: decimals)])
    }

    /// Digits with group separators and the decimal separator of this language.
    func digits(_ value: StatNumber) -> String {
        let p = value.digitParts
        let whole = grouped(p.whole)
        return p.fraction.isEmpty ? whole : whole + decimalSeparator + p.fraction
    }

    /// Exactly `decimals` places (rounded half up when the value has more).
    func fixed(_ value: StatNumber, decimals: Int) -> String {
        var v = value
        if v.scale > decimals {
            let drop = StatNumber.power(v.scale - decimals)
            v = StatNumber(significand: (v.significand + drop / 2) / drop, scale: decimals)
        }
        let sig = v.significand * StatNumber.power(decimals - v.scale)
        var s = String(sig)
        guard decimals > 0 else { return grouped(s) }
        if s.count <= decimals { s = String(repeating: "0", count: decimals - s.count + 1) + s }
        let cut = s.index(s.endIndex, offsetBy: -decimals)
        return grouped(String(s[..<cut])) + decimalSeparator + s[cut...]
    }

    func isRound(_ v: StatNumber) -> Bool {
        let t = v.trimmed
        return t.scale == 0 && t.significand >= 10 && t.significand % 10 == 0
    }

    static func hasTwoSpaces(_ s: String) -> Bool {
        var previous: UInt8 = 0
        for b in s.utf8 {
            if b == 0x20, previous == 0x20 { return true }
            previous = b
        }
        return false
    }

    /// Fills `{name}` placeholders; runs of spaces left by empty parts collapse, ends are trimmed.
    static func fill(_ pattern: String, _ values: [String: String]) -> String {
        var s = pattern.fillingPlaceholders(values)
        // Foundation's search only where the bytes hold two spaces in a row (most figures do not).
        while hasTwoSpaces(s), s.contains("  ") { s = s.replacingOccurrences(of: "  ", with: " ") }
        return s.trimmingSpaces()
    }
}
