/// The distinct terms of one page for the search index: hanzi bigrams (a lone hanzi as
/// itself) and lower-case words of two or more letters or any digits, each with the fields
/// it was found in (`SearchPostings.title`, `.label`, `.body`). Hanzi pairs are kept as
/// numbers, not strings: hashing two scalars packed in an integer made the index of 11,000
/// pages several times faster than a string per pair.
struct SearchTerms {
    var han: [UInt64: Int] = [:]
    var words: [String: Int] = [:]

    /// A pair of hanzi, or a lone one (`second` nil), as one number.
    static func key(_ first: UInt32, _ second: UInt32?) -> UInt64 {
        guard let second else { return UInt64(first) | (1 << 63) }
        return UInt64(first) << 32 | UInt64(second)
    }

    /// The term a key stands for.
    static func string(_ key: UInt64) -> String {
        var s = String.UnicodeScalarView()
        // A key is made from scalars, so each half is one; U+FFFD only if a key was not.
        func scalar(_ v: UInt64) -> Unicode.Scalar { Unicode.Scalar(UInt32(truncatingIfNeeded: v)) ?? "\u{FFFD}" }
        if key & (1 << 63) != 0 {
            s.append(scalar(key))
        } else {
            s.append(scalar(key >> 32))
            s.append(scalar(key))
        }
        return String(s)
    }

    /// A key's place in string order as a number, or nil when that order is not the order of
    /// its scalars: a compatibility ideograph (U+F900–U+FAFF, U+2F800–U+2FA1F) is ordered by the
    /// ideograph it stands for. Otherwise UTF-8, and so Swift's `<` on these strings, orders
    /// scalar by scalar, and a lone hanzi comes before every pair it begins.
    static func order(_ key: UInt64) -> UInt64? {
        func composed(_ v: UInt64) -> Bool { !(0xF900...0xFAFF).contains(v) && !(0x2F800...0x2FA1F).contains(v) }
        if key & (1 << 63) != 0 {
            let first = key & 0xFFFF_FFFF
            return composed(first) ? first << 32 : nil
        }
        let first = key >> 32, second = key & 0xFFFF_FFFF
        return composed(first) && composed(second) ? first << 32 | (second + 1) : nil
    }

    /// Appends the term a key stands for as a JSON string: hanzi need no escaping, so this is
    /// `JSONText.string(string(key))` without making the string.
    static func appendJSON(_ key: UInt64, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        func append(_ v: UInt64) {
            let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: v)) ?? "\u{FFFD}"
            out.append(contentsOf: scalar.utf8)
        }
        if key & (1 << 63) != 0 {
            append(key & 0xFFFF_FFFF)
        } else {
            append(key >> 32)
            append(key & 0xFFFF_FFFF)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Adds the terms of `text`, found in `field` (a `SearchPostings` field bit).
    mutating func add(_ text: String, field: Int = SearchPostings.body) {
        var previous: UInt32?
        var run = 0
        // The word so far as UTF-8, its length in scalars and its first scalar.
        var word: [UInt8] = []
        var wordLength = 0
        var wordFirst: UInt32?
        func flushHan() {
            if run == 1, let previous { han[Self.key(previous, nil), default: 0] |= field }
            previous = nil
            run = 0
        }
        func flushWord() {
            if wordLength >= 2 || wordFirst.map({ (48...57).contains($0) }) == true { words[String(decoding: word, as: UTF8.self), default: 0] |= field }
            word.removeAll(keepingCapacity: true)
            wordLength = 0
            wordFirst = nil
        }
        func append(_ u: Unicode.Scalar) {
            if wordFirst == nil { wordFirst = u.value }
            wordLength += 1
            if u.value < 0x80 { word.append(UInt8(u.value)) } else { word.append(contentsOf: String(u).utf8) }
        }
        for u in text.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                if (65...90).contains(v) { flushHan(); append(Unicode.Scalar(UInt8(v + 32))) }
                else if (97...122).contains(v) || (48...57).contains(v) { flushHan(); append(u) }
                else { flushHan(); flushWord() }
            } else if SearchIndex.isHan(v) {
                flushWord()
                if let previous { han[Self.key(previous, v), default: 0] |= field }
                previous = v
                run += 1
            } else if u.properties.isAlphabetic || u.properties.numericType != nil {
                flushHan()
                for l in u.properties.lowercaseMapping.unicodeScalars { append(l) }
            } else {
                flushHan(); flushWord()
            }
        }
        flushHan()
        flushWord()
    }
}
