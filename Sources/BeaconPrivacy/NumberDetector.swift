/// Finds ID, mobile and bank card numbers among the long numbers of a text.
///
/// A number counts only as a whole (see `DigitChunker`): a 20-digit serial number is not a
/// card, and `44000000` is not a phone. Figures are left alone: a decimal (`0.13812345678`),
/// a round figure ending in six zeros (`13800000000` in a statistics file), and 11 digits
/// written as money (`¥` or `RMB` before, `元`, `万`, `亿`, `%` or `yuan` after) — a card or
/// an ID number is never a plausible sum, so those rules do not apply to them.
///
/// Landlines are allowed: a number that starts with `0` and an area code (`0517-83651234`,
/// `010-12345678`) never has the shape of a mobile. The exception is `0` followed by a whole
/// mobile number, which is how a mobile is dialled from another city, and is flagged.
enum NumberDetector {
    struct Shape {
        var kind: PIIKind
        /// Where the significant number starts in the chunk's digits (after `0086`, `86` or a trunk `0`).
        var coreStart: Int
        var keepFirst: Int
        var keepLast: Int
        var prefix: String
        var checksum: Bool?
    }

    static func findings(in chars: [Character]) -> [PIIFinding] {
        DigitChunker.chunks(in: chars).compactMap { finding($0, in: chars) }
    }

    static func finding(_ chunk: DigitChunk, in chars: [Character]) -> PIIFinding? {
        guard let shape = shape(of: chunk), !isDecimal(chunk, in: chars) else { return nil }
        // Only 11 digits can be a plausible sum (138亿 written out); a card or ID number never is.
        if shape.kind == .mobile, isAmount(chunk, in: chars) { return nil }
        let digits = Array(chunk.digits)
        let core = Array(digits[shape.coreStart...])
        let hiddenCount = core.count - shape.keepFirst - shape.keepLast
        let masked = shape.prefix + String(core.prefix(shape.keepFirst)) + String(repeating: "*", count: hiddenCount)
            + String(core.suffix(shape.keepLast))
        let coreOffsets = chunk.digitOffsets[shape.coreStart...]
        let hidden = Set(coreOffsets.dropFirst(shape.keepFirst).dropLast(shape.keepLast))
        let inPlace = String(chunk.range.map { hidden.contains($0) ? "*" : chars[$0] })
        return PIIFinding(kind: shape.kind, range: chunk.range, matched: String(chars[chunk.range]), normalized: chunk.digits,
                          masked: masked, maskedInPlace: inPlace, checksumValid: shape.checksum)
    }

    static func shape(of chunk: DigitChunk) -> Shape? {
        let d = chunk.digits
        let n = d.count
        func mobile(from start: Int, prefix: String) -> Shape? {
            let core = String(d.dropFirst(start))
            guard MobileNumber.isMobile(core), !isRoundFigure(core) else { return nil }
            return Shape(kind: .mobile, coreStart: start, keepFirst: 3, keepLast: 4, prefix: prefix)
        }
        if chunk.countryCode { return mobile(from: 0, prefix: "+86 ") }
        switch n {
        case 18 where IDNumber.hasShape18(d) || d.last == "X":
            return Shape(kind: .idNumber, coreStart: 0, keepFirst: 6, keepLast: 4, prefix: "", checksum: IDNumber.checksumValid(d))
        case 15 where d.hasPrefix("0086"):
            return mobile(from: 4, prefix: "0086 ")
        case 15 where IDNumber.hasShape15(d):
            return Shape(kind: .oldIDNumber, coreStart: 0, keepFirst: 6, keepLast: 3, prefix: "")
        case 11:
            return mobile(from: 0, prefix: "")
        case 12 where d.hasPrefix("0"):
            return mobile(from: 1, prefix: "0")
        case 13 where d.hasPrefix("86"):
            return mobile(from: 2, prefix: "86 ")
        case BankCard.lengths where d.allSatisfy(\.isASCIIDigit) && !isRoundFigure(d):
            return Shape(kind: .bankCard, coreStart: 0, keepFirst: 4, keepLast: 4, prefix: "", checksum: BankCard.luhnValid(d))
        default:
            return nil
        }
    }

    /// `13800000000` in a statistics file is 138亿, not a phone.
    static func isRoundFigure(_ digits: String) -> Bool { digits.hasSuffix("000000") }

    static let unitsAfter: Set<Character> = ["元", "万", "亿", "%", "％", "‰", "圆"]
    static let currencyBefore: Set<Character> = ["¥", "￥", "$", "＄"]

    /// Part of a decimal number: `0.13812345678`, `13812345678.50`.
    static func isDecimal(_ chunk: DigitChunk, in chars: [Character]) -> Bool {
        let lo = chunk.range.lowerBound
        let hi = chunk.range.upperBound
        if lo >= 2, chars[lo - 1] == "." || chars[lo - 1] == "．", DigitChunker.digit(chars[lo - 2]) != nil { return true }
        if hi + 1 < chars.count, chars[hi] == "." || chars[hi] == "．", DigitChunker.digit(chars[hi + 1]) != nil { return true }
        return false
    }

    /// A sum of money written with its currency or unit.
    static func isAmount(_ chunk: DigitChunk, in chars: [Character]) -> Bool {
        let lo = chunk.range.lowerBound
        let hi = chunk.range.upperBound
        var a = hi
        while a < chars.count, chars[a] == " " { a += 1 }
        if a < chars.count {
            if unitsAfter.contains(chars[a]) { return true }
            let word = String(chars[a..<min(chars.count, a + 4)]).lowercased()
            if word.hasPrefix("yuan") || word.hasPrefix("rmb") || word.hasPrefix("cny") { return true }
        }
        var b = lo
        while b > 0, chars[b - 1] == " " { b -= 1 }
        if b > 0, currencyBefore.contains(chars[b - 1]) { return true }
        if b >= 3, ["rmb", "cny"].contains(String(chars[(b - 3)..<b]).lowercased()) { return true }
        return false
    }
}
