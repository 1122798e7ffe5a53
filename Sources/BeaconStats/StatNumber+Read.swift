import BeaconCore
import Foundation

extension YAMLValue {
    /// Reads a figure: plain digits, zero or more. What a clerk might type instead (`4400万`,
    /// `44,000,000`, `838起`, `-3`) is refused with the digits to write in its place.
    func statNumber(_ what: String) throws -> StatNumber {
        guard !isNull else {
            throw error("`\(what)` is empty.", hint: "Write the figure in digits, e.g. `\(what.hasSuffix("]") ? "96" : "838")`, or remove the line.")
        }
        guard case .scalar(let scalar) = node else {
            throw error("`\(what)` must be a number, found \(kindName).", hint: "Write the figure in digits on the same line, e.g. `value: 838`.")
        }
        let raw = scalar.string.trimmingSpaces()
        if let n = StatNumber(parsing: raw) { return n }
        throw error("`\(what)` must be a number of zero or more, found `\(raw)`.", hint: StatNumber.hint(forTyped: raw, what: what))
    }
}

extension StatNumber {
    /// How to write what the user typed as plain digits. `what` is the figure's place
    /// (`metrics.funds_frozen.value`, `metrics.cases_filed`, `by_type.romance`), which tells
    /// how "more than" (余) is said there.
    static func hint(forTyped raw: String, what: String? = nil) -> Message {
        let s = raw.replacingOccurrences(of: " ", with: "")
        if s.hasPrefix("-") || s.hasPrefix("−") {
            return "Figures cannot be negative. A fall from last year is written as `previous:` (the year-before figure); Beacon works out the change."
        }
        if let typed = TypedFigure(s), StatNumber(parsing: typed.digits) != nil {
            let parts = what?.split(separator: ".") ?? []
            guard let key = parts.last.map(String.init), !key.hasSuffix("]") else {
                return typed.approx
                    ? "Write the digits only, `\(typed.digits)`, and add `approx: true` for 余 (more than). Beacon writes 万, 亿, 余 and the unit itself."
                    : "Write the digits only: `\(typed.digits)`. Beacon writes 万, 亿 and the unit itself."
            }
            let form: TypedFigure.ApproxForm = key == "value" ? .sibling : (parts.first == "metrics" && parts.count == 2 ? .mapping : .none)
            return typed.hint(key: key, approxForm: form)
        }
        let leadingDigits = String(s.prefix { $0.isASCIIDigitChar || $0 == "." })
        if !leadingDigits.isEmpty, StatNumber(parsing: leadingDigits) != nil {
            return "Write digits only: `\(leadingDigits)`; the unit comes from the metric."
        }
        let digitsOnly = s.filter { $0 != "." }
        if !digitsOnly.isEmpty, digitsOnly.allSatisfy(\.isASCIIDigitChar) {
            return "Beacon takes figures of at most \(StatNumber.maxDigits) digits with at most \(StatNumber.maxDecimals) decimals; check the figure for a typing mistake."
        }
        if s.lowercased().contains("e") {
            return "Write the number out in digits, e.g. `44000000`."
        }
        return "Write the figure in digits, e.g. `838`; no units, words or separators."
    }

    /// `4400万` → 44000000, `3.45亿` → 345000000, `4400余万元` → 44000000; nil for anything else.
    static func converted(_ s: String) -> StatNumber? {
        var t = s
        for junk in ["余", "多", "元", "人", "起", "次", "条", "个", "+"] { t = t.replacingOccurrences(of: junk, with: "") }
        var exponent = 0
        if t.hasSuffix("亿") { exponent = 8; t.removeLast() } else if t.hasSuffix("万") { exponent = 4; t.removeLast() } else { return nil }
        if t.hasSuffix("万") { exponent += 4; t.removeLast() }
        guard let n = StatNumber(parsing: t) else { return nil }
        let shifted = StatNumber(significand: n.significand * power(max(0, exponent - n.scale)), scale: max(0, n.scale - exponent))
        return shifted.trimmed
    }
}
