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
