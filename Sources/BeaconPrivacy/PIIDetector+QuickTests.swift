extension PIIDetector {
    /// The detectors a text is run through.
    struct Detectors: OptionSet {
        let rawValue: UInt8
        static let number = Detectors(rawValue: 1)
        static let chineseName = Detectors(rawValue: 2)
        static let englishName = Detectors(rawValue: 4)
        static let all: Detectors = [.number, .chineseName, .englishName]
    }

    /// Which of `wanted` may find something in `text`: the quick tests of
    /// `NumberDetector.mayContainNumber`, `ChineseNameDetector.mayContainName` and
    /// `EnglishNameDetector.mayContainName`, made in one pass over the UTF-8 bytes, each
    /// scalar decoded once. Three passes, one per detector, were a tenth of a build's
    /// instructions. At each place a detector's test is made only while it has not said yes,
    /// so the pass stops as soon as every wanted detector has.
    ///
    /// - Numbers: 11 digits in one run of digits and separators (`NumberDetector.continuesRun`).
    /// - Chinese names: a trigger word with a possible name after it, a note of sex or age
    ///   (男, 女, 岁: `ChineseNameDetector.personMarkMayStand`), or a compatibility ideograph.
    /// - English names: a trigger word (gated on its first two bytes) with two capitalised
    ///   words after it, or "(male", ", female", "(aged".
    static func quickTests(_ wanted: Detectors, _ text: String) -> Detectors {
        var text = text
        return text.withUTF8 { quickTests(wanted, $0) }
    }

    /// By the low five bits of three bytes in a row (`a & 0x1F) << 10 | (b & 0x1F) << 5 | c & 0x1F`):
    /// whether an ASCII word the name tests look for may start with them, in either case:
    /// the English stems and "male" and "aged", and the Chinese detector's ASCII triggers
    /// (victim:). A capital and its small letter share their low five bits, so no start is
    /// missed; other bytes that share them only make a place looked at more closely.
    static let asciiStarts: [Bool] = {
        var table = [Bool](repeating: false, count: 1 << 15)
        let words = EnglishNameDetector.stemBytes + [Array("male".utf8), Array("aged".utf8)]
            + ChineseNameDetector.triggers.map { Array($0.utf8) }.filter { $0[0] < 0x80 }
        for w in words { table[Int(w[0] & 0x1F) << 10 | Int(w[1] & 0x1F) << 5 | Int(w[2] & 0x1F)] = true }
        return table
    }()

    static func quickTests(_ wanted: Detectors, _ bytes: UnsafeBufferPointer<UInt8>) -> Detectors {
        var number = wanted.contains(.number)
        var chinese = wanted.contains(.chineseName)
        var english = wanted.contains(.englishName)
        var found: Detectors = []
        // The tables read once, not through their globals' accessors at every byte.
        let chineseStarts = ChineseNameDetector.triggersByStart
        let pairs = EnglishNameDetector.stemPairStarts, forms = EnglishNameDetector.triggerForms
        let byFirst = EnglishNameDetector.formsByFirstByte, starts = asciiStarts
        var digits = 0
        let n = bytes.count
        var i = 0
        while i < n, number || chinese || english {
            let c = bytes[i]
            if c < 0x80 {
                if number {
                    if c &- 0x30 < 10 {
                        digits += 1
                        if digits >= 11 { found.insert(.number); number = false }
                    } else if digits > 0, !NumberDetector.continuesRun(UInt32(c)) {
                        digits = 0
                    }
                }
                // Every ASCII word the name tests look for has three bytes or more: most
                // places are passed by their first three alone (`asciiStarts`).
                if i + 2 < n, starts[Int(c & 0x1F) << 10 | Int(bytes[i + 1] & 0x1F) << 5 | Int(bytes[i + 2] & 0x1F)] {
                    if chinese, chineseStarts[Int(c)] != 0,
                       ChineseNameDetector.triggerMayStart(bytes, at: i, group: Int(chineseStarts[Int(c)]) - 1) {
                        found.insert(.chineseName); chinese = false
                    }
                    if english {
                        // No stem starts before a byte of a non-ASCII scalar.
                        if bytes[i + 1] < 0x80, pairs[Int(c | 0x20) << 8 | Int(bytes[i + 1] | 0x20)],
                           EnglishNameDetector.triggerMayStart(bytes, at: i, forms: forms, byFirst: byFirst) {
                            found.insert(.englishName); english = false
                        } else if i >= 1, i + 4 <= n, c | 0x20 == 0x6D || c | 0x20 == 0x61, EnglishNameDetector.personMarkMayStand(bytes, at: i) {
                            found.insert(.englishName); english = false
                        }
                    }
                }
                i += 1
                continue
            }
            // A scalar of two to four bytes (a Swift string is valid UTF-8, so all are there).
            let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
            guard i + length <= n else {
                if chinese { found.insert(.chineseName) }
                break
            }
            let v: UInt32 = switch length {
            case 2: UInt32(c & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            case 3: UInt32(c & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            default: UInt32(c & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
            }
            if number {
                if v &- 0xFF10 < 10 {
                    digits += 1
                    if digits >= 11 { found.insert(.number); number = false }
                } else if digits > 0, !NumberDetector.continuesRun(v) {
                    digits = 0
                }
            }
            if chinese {
                if v < 0x10000 {
                    let group = chineseStarts[Int(v)]
                    if (group != 0 && ChineseNameDetector.triggerMayStart(bytes, at: i, group: Int(group) - 1))
                        || (v == 0x7537 || v == 0x5973 || v == 0x5C81) && i >= 1 && ChineseNameDetector.personMarkMayStand(bytes, at: i)
                        || (0xF900...0xFAFF).contains(v) {
                        found.insert(.chineseName); chinese = false
                    }
                } else if (0x2F800...0x2FA1F).contains(v) {
                    found.insert(.chineseName); chinese = false
                }
            }
            i += length
        }
        return found
    }
}
