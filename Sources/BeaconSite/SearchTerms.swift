/// The terms of a text for the search index: hanzi bigrams (a lone hanzi as itself) and
/// lower-case words of two or more letters or any digits. Hanzi pairs are kept as numbers,
/// not strings: hashing two scalars packed in an integer made the index of 11,000 pages
/// several times faster than a string per pair.
enum SearchTerms {

    /// A pair of hanzi, or a lone one (`second` nil), as one number of 37 bits: each hanzi
    /// (`SearchIndex.isHan`, below U+40000) in 18 bits, the first above the second, and bit 36
    /// set for a lone one. Small keys leave room for a term number beside them in 64 bits
    /// (`SearchHanTable`): a Chinese site has more than a million different pairs.
    static func key(_ first: UInt32, _ second: UInt32?) -> UInt64 {
        guard let second else { return 1 << 36 | UInt64(first) << 18 }
        return UInt64(first) << 18 | UInt64(second)
    }

    /// The scalars a key stands for: one for a lone hanzi, two for a pair. A key is made from
    /// scalars, so each part is one; U+FFFD only if a key was not.
    static func scalars(_ key: UInt64) -> [Unicode.Scalar] {
        func scalar(_ v: UInt64) -> Unicode.Scalar { Unicode.Scalar(UInt32(truncatingIfNeeded: v & 0x3FFFF)) ?? "\u{FFFD}" }
        return key & (1 << 36) != 0 ? [scalar(key >> 18)] : [scalar(key >> 18), scalar(key)]
    }

    /// The term a key stands for.
    static func string(_ key: UInt64) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars(key))
        return String(s)
    }

    /// A key's place in string order as a number below 2^36, or nil when that order is not
    /// the order of its scalars: a compatibility ideograph (U+F900–U+FAFF, U+2F800–U+2FA1F) is
    /// ordered by the ideograph it stands for. Otherwise UTF-8, and so Swift's `<` on these
    /// strings, orders scalar by scalar, and a lone hanzi comes before every pair it begins.
    static func order(_ key: UInt64) -> UInt64? {
        func composed(_ v: UInt64) -> Bool { !(0xF900...0xFAFF).contains(v) && !(0x2F800...0x2FA1F).contains(v) }
        let first = (key >> 18) & 0x3FFFF
        if key & (1 << 36) != 0 { return composed(first) ? first << 18 : nil }
        let second = key & 0x3FFFF
        return composed(first) && composed(second) ? first << 18 | (second + 1) : nil
    }

    /// Every term of `text` in order, a term found twice given twice: each hanzi pair and
    /// lone hanzi as its key, each word as its lower-cased UTF-8. The text is read as UTF-8
    /// bytes, ASCII at once and other scalars decoded from their bytes: walking its
    /// `unicodeScalars` was most of scanning. A word of lower-case ASCII letters and digits
    /// (most of them) is handed on as the text's own bytes; only a word with a capital or a
    /// letter beyond ASCII is copied, lower-cased, as it is read. The bytes handed to `word`
    /// are valid only during the call.
    static func scan(_ text: String, han: (UInt64) -> Void, word: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { scan($0, han: han, word: word) }
    }

    static func scan(_ b: UnsafeBufferPointer<UInt8>, han: (UInt64) -> Void, word: (UnsafeBufferPointer<UInt8>) -> Void) {
        var previous: UInt32?
        var run = 0
        // The word so far: where it starts in `b`, its length in scalars and its first scalar;
        // once `copied`, its lower-cased UTF-8 is in `bytes` instead.
        var wordStart = 0
        var wordLength = 0
        var wordFirst: UInt32?
        var copied = false
        var bytes: [UInt8] = []
        func flushHan() {
            if run == 1, let previous { han(key(previous, nil)) }
            previous = nil
            run = 0
        }
        /// Ends the word at `end`, the start of the scalar after it.
        func flushWord(_ end: Int) {
            if wordLength >= 2 || wordFirst.map({ (48...57).contains($0) }) == true {
                if copied {
                    bytes.withUnsafeBufferPointer { word($0) }
                } else {
                    word(UnsafeBufferPointer(rebasing: b[wordStart..<end]))
                }
            }
            if copied { bytes.removeAll(keepingCapacity: true) }
            copied = false
            wordLength = 0
            wordFirst = nil
        }
        /// From now on the word is copied: its bytes so far (lower-case ASCII) go to `bytes`.
        func copy(upTo end: Int) {
            if !copied {
                if wordLength > 0 { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[wordStart..<end])) }
                copied = true
            }
        }
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            let start = i
            if c < 0x80 {
                i += 1
                if c &- 97 < 26 || c &- 48 < 10 {
                    if run > 0 { flushHan() }
                    if wordFirst == nil { wordFirst = UInt32(c); wordStart = start }
                    wordLength += 1
                    if copied { bytes.append(c) }
                } else if c &- 65 < 26 {
                    if run > 0 { flushHan() }
                    copy(upTo: start)
                    if wordFirst == nil { wordFirst = UInt32(c + 32) }
                    wordLength += 1
                    bytes.append(c + 32)
                } else {
                    if run > 0 { flushHan() }
                    if wordLength > 0 || wordFirst != nil { flushWord(start) }
                }
                continue
            }
            // A scalar of two to four bytes (the text is valid UTF-8).
            let v: UInt32
            if c < 0xE0 {
                v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                i += 2
            } else if c < 0xF0 {
                v = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                i += 3
            } else {
                v = UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                i += 4
            }
            if SearchIndex.isHan(v) {
                if wordLength > 0 || wordFirst != nil { flushWord(start) }
                if let previous { han(key(previous, v)) }
                previous = v
                run += 1
            } else if !isPunctuation(v), let u = Unicode.Scalar(v), u.properties.isAlphabetic || u.properties.numericType != nil {
                flushHan()
                copy(upTo: start)
                for l in u.properties.lowercaseMapping.unicodeScalars {
                    if wordFirst == nil { wordFirst = l.value }
                    wordLength += 1
                    if l.value < 0x80 { bytes.append(UInt8(l.value)) } else { bytes.append(contentsOf: l.utf8) }
                }
            } else {
                flushHan()
                if wordLength > 0 || wordFirst != nil { flushWord(start) }
            }
        }
        flushHan()
        flushWord(n)
    }

    /// Punctuation, spaces and symbols of Chinese and English text that are neither letters nor
    /// numbers: the general punctuation block (quotes, dashes, ellipsis), CJK punctuation
    /// (、。《》「」【】) and the full-width forms of ASCII punctuation (，！：；？（）). Most scalars
    /// of a Chinese text that are not hanzi are these; asking each for its Unicode properties
    /// was a tenth of scanning.
    static func isPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x2000...0x206F, 0x3000...0x3004, 0x3008...0x3020, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
             0xB7: true
        default: false
        }
    }
}
