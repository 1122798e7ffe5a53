extension EnglishNameDetector {
    /// False when `text` can hold no finding outside a name field: a name needs a trigger word
    /// (perhaps with `'s`), then only spaces, `:` or `,` (and perhaps one or two fillers: "named",
    /// "name is"), then a capital letter; or a note of sex or age after it ("(male", ", female").
    /// One pass over the bytes: most English texts mention a victim or a suspect, but few
    /// follow the word with two capitalised ones.
    /// The pass is `PIIDetector.quickTests`, which the build runs for all detectors at once.
    static func mayContainName(_ text: String) -> Bool {
        PIIDetector.quickTests(.englishName, text).contains(.englishName)
    }

    /// A trigger word (a stem and one of its endings) at `i`, with a possible name after it.
    /// `forms` and `byFirst` are `triggerForms` and `formsByFirstByte`, read once per text.
    static func triggerMayStart(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int,
                                forms: [(stem: [UInt8], endings: [[UInt8]])], byFirst: [[Int]]) -> Bool {
        for f in byFirst[Int(bytes[i] | 0x20)] where matchesFolded(bytes, at: i, forms[f].stem) {
            let form = forms[f]
            let end = i + form.stem.count
            for ending in form.endings where matchesFolded(bytes, at: end, ending) {
                if nameMayFollow(bytes, at: end + ending.count) { return true }
            }
        }
        return false
    }

    /// By the first two bytes (each lower-cased as `matchesFolded` does, `b | 0x20`), as
    /// `first << 8 | second`: whether a stem starts with them.
    static let stemPairStarts: [Bool] = {
        var table = [Bool](repeating: false, count: 1 << 16)
        for stem in stemBytes { table[Int(stem[0]) << 8 | Int(stem[1])] = true }
        return table
    }()

    /// Each trigger word as a stem and the endings that complete it: `victim` + `` or `s`.
    static let triggerForms: [(stem: [UInt8], endings: [[UInt8]])] = stemBytes.map { stem in
        let word = String(decoding: stem, as: UTF8.self)
        return (stem, triggers.filter { $0.hasPrefix(word) }.sorted().map { Array($0.utf8.dropFirst(stem.count)) })
    }
    /// By first byte (lower-cased): which `triggerForms` start with it.
    static let formsByFirstByte: [[Int]] = (0..<256).map { b in triggerForms.indices.filter { Int(triggerForms[$0].stem[0]) == b } }
    static let fillerBytes: [[UInt8]] = fillers.sorted().map { Array($0.utf8) }
    /// `'s` and `’s`, made once (a new array per trigger found was a tenth of the quick test).
    static let apostropheS: [UInt8] = Array("'s".utf8)
    static let curlyApostropheS: [UInt8] = [0xE2, 0x80, 0x99, 0x73]

    /// After a trigger word ending at `start`: two capitalised words after the gap, directly or
    /// after one or two filler words; a possessive `'s` or `’s` may end the trigger.
    static func nameMayFollow(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var i = start
        if matchesFolded(bytes, at: i, apostropheS) { i += 2 }
        // Compared as they are: folding (`| 0x20`) turns the apostrophe's bytes 0x80 0x99 into
        // 0xA0 0xB9, so the folded comparison never matched, and "the victim’s Zhang Wei" (the
        // apostrophe Word and Chinese input methods type) was let through without a check.
        else if matches(bytes, at: i, curlyApostropheS) { i += 4 }
        return nameMayFollowGap(bytes, at: i, fillersLeft: 2)
    }

    static func nameMayFollowGap(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, fillersLeft: Int) -> Bool {
        let i = skipGap(bytes, from: start)
        guard i < bytes.count else { return false }
        if twoCapitalisedWords(bytes, at: i) { return true }
        guard fillersLeft > 0 else { return false }
        for filler in fillerBytes where matchesFolded(bytes, at: i, filler) {
            if nameMayFollowGap(bytes, at: i + filler.count, fillersLeft: fillersLeft - 1) { return true }
        }
        return false
    }

    /// "(male", "( female", "(aged", ", male", ", female" with the "male" or "aged" at `i`
    /// (at least 1, with four bytes from it), case ignored: what `hasPersonMark` looks for after a name.
    static func personMarkMayStand(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let isMale = matchesFolded(bytes, at: i, male)
        guard isMale || matchesFolded(bytes, at: i, aged) else { return false }
        var k = i - 1
        if isMale, k >= 1, matchesFolded(bytes, at: k - 1, fe) { k -= 2 }
        while k >= 0, bytes[k] == 0x20 { k -= 1 }
        return k >= 0 && (bytes[k] == 0x28 || (isMale && bytes[k] == 0x2C))
    }

    private static let male = Array("male".utf8), aged = Array("aged".utf8), fe = Array("fe".utf8)

    /// A capital letter at `start`, more letters, spaces, and another capitalised word: where
    /// the detector's name can be (two ASCII words, only spaces between them), and both words
    /// can be part of a name (`EnglishNameDetector.name`), one of them a surname. Words with
    /// `'` or `-` inside count as possible.
    static func twoCapitalisedWords(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard (0x41...0x5A).contains(bytes[start]) else { return false }
        let endA = wordEnd(bytes, from: start)
        var i = endA
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard i > endA, i < bytes.count, (0x41...0x5A).contains(bytes[i]) else { return false }
        var endB = wordEnd(bytes, from: i)
        if endB - i > 2, bytes[endB - 2] == 0x27, bytes[endB - 1] | 0x20 == 0x73 { endB -= 2 } // Xiaoming's
        let a = bytes[start..<endA], b = bytes[i..<endB]
        if a.contains(where: { $0 == 0x27 || $0 == 0x2D }) || b.contains(where: { $0 == 0x27 || $0 == 0x2D }) { return true }
        let first = String(decoding: a, as: UTF8.self), second = String(decoding: b, as: UTF8.self)
        guard Pinyin.isNamePart(first), Pinyin.isNamePart(second) else { return false }
        return Pinyin.surnames.contains(first.lowercased()) || Pinyin.surnames.contains(second.lowercased())
    }

    /// The end of a run of ASCII letters, `'` and `-` from `start`, without a trailing `'` or `-`.
    static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < bytes.count, (0x41...0x5A).contains(bytes[i] & 0xDF) || bytes[i] == 0x27 || bytes[i] == 0x2D { i += 1 }
        while i > start + 1, bytes[i - 1] == 0x27 || bytes[i - 1] == 0x2D { i -= 1 }
        return i
    }

    /// Past spaces, `:`, `,`, `：` and `，` (what `onlyGap` allows, any number of them).
    static func skipGap(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < bytes.count {
            if bytes[i] == 0x20 || bytes[i] == 0x3A || bytes[i] == 0x2C { i += 1; continue }
            if i + 2 < bytes.count, bytes[i] == 0xEF, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x9A || bytes[i + 2] == 0x8C { i += 3; continue }
            break
        }
        return i
    }

    /// `word` (lower-case ASCII letters) at `i`, ignoring case.
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ word: [UInt8]) -> Bool {
        guard i + word.count <= bytes.count else { return false }
        for k in word.indices where bytes[i + k] != word[k] { return false }
        return true
    }

    static func matchesFolded(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ word: [UInt8]) -> Bool {
        guard i + word.count <= bytes.count else { return false }
        for k in word.indices where bytes[i + k] | 0x20 != word[k] { return false }
        return true
    }
}
