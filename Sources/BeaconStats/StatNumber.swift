import BeaconCore
import Foundation

/// A non-negative figure exactly as the stats file gives it: digits and the number of
/// digits after the point. Exact, so 4400万 never turns into 43999999.99 and the precision a
/// clerk typed is the precision published.
public struct StatNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The digits as a whole number: 958.7 is 9587 with `scale` 1.
    public let significand: Int
    /// Digits after the decimal point.
    public let scale: Int

    public init(significand: Int, scale: Int = 0) {
        self.significand = significand
        self.scale = scale
    }

    public init(_ value: Int) { self.init(significand: value, scale: 0) }

    /// Parses plain decimal digits (`838`, `958.7`, `44_000_000`); nil for anything else.
    public init?(parsing text: String) {
        let s = text.trimmingSpaces().replacingOccurrences(of: "_", with: "")
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigitChar),
              parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigitChar)) else { return nil }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        // At most 15 digits and 3 decimals, so that every sum and comparison stays exact in 64 bits.
        let whole = parts[0].drop { $0 == "0" }
        guard whole.count + fraction.count <= StatNumber.maxDigits, fraction.count <= StatNumber.maxDecimals,
              let v = Int(parts[0] + fraction) else { return nil }
        self.init(significand: v, scale: fraction.count)
    }

    static let maxDigits = 15
    static let maxDecimals = 3

    public var isZero: Bool { significand == 0 }
    public var isInteger: Bool { scale == 0 || significand % StatNumber.power(scale) == 0 }
    public var doubleValue: Double { Double(significand) / Double(StatNumber.power(scale)) }

    /// 10^n for small n.
    static func power(_ n: Int) -> Int { (0..<n).reduce(1) { acc, _ in acc * 10 } }

    /// Both numbers written with the same number of decimals.
    static func aligned(_ a: StatNumber, _ b: StatNumber) -> (Int, Int) {
        let s = max(a.scale, b.scale)
        return (a.significand * power(s - a.scale), b.significand * power(s - b.scale))
    }

    public static func + (a: StatNumber, b: StatNumber) -> StatNumber {
        let (x, y) = aligned(a, b)
        let (sum, overflow) = x.addingReportingOverflow(y)
        return StatNumber(significand: overflow ? Int.max : sum, scale: max(a.scale, b.scale))
    }

    public static func < (a: StatNumber, b: StatNumber) -> Bool {
        let (x, y) = aligned(a, b)
        return x < y
    }

    public static func == (a: StatNumber, b: StatNumber) -> Bool {
        let (x, y) = aligned(a, b)
        return x == y
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(trimmed.significand); hasher.combine(trimmed.scale) }

    /// The same value without trailing zero decimals: 12.50 → 12.5.
    var trimmed: StatNumber {
        var sig = significand, sc = scale
        while sc > 0 && sig % 10 == 0 { sig /= 10; sc -= 1 }
        return StatNumber(significand: sig, scale: sc)
    }

    /// This number divided by 10^`digits`, exactly, without trailing zeros: 44000000 / 10^4 → 4400.
    func shifted(down digits: Int) -> StatNumber {
        StatNumber(significand: significand, scale: scale + digits).trimmed
    }

    /// Integer digits and decimal digits, e.g. ("958", "7").
    var digitParts: (whole: String, fraction: String) {
        let t = trimmed
        var digits = String(t.significand)
        if t.scale == 0 { return (digits, "") }
        if digits.count <= t.scale { digits = String(repeating: "0", count: t.scale - digits.count + 1) + digits }
        let cut = digits.index(digits.endIndex, offsetBy: -t.scale)
        return (String(digits[..<cut]), String(digits[cut...]))
    }

    /// `value / total × 100`, rounded half up to `decimals` places, computed exactly.
    public static func percent(_ value: StatNumber, of total: StatNumber, decimals: Int = 2) -> StatNumber? {
        let (v, t) = aligned(value, total)
        guard t > 0 else { return nil }
        let factor = 100 * power(decimals)
        let (product, overflow) = v.multipliedReportingOverflow(by: factor * 2)
        if overflow {
            let rounded = (Double(v) / Double(t) * Double(factor)).rounded()
            return StatNumber(significand: Int(rounded), scale: decimals)
        }
        return StatNumber(significand: (product + t) / (2 * t), scale: decimals)
    }

    /// Plain digits with a `.` before the decimals: `958.7`.
    public var description: String {
        let p = digitParts
        return p.fraction.isEmpty ? p.whole : "\(p.whole).\(p.fraction)"
    }
}

extension Character {
    var isASCIIDigitChar: Bool { ("0"..."9").contains(self) }
}
