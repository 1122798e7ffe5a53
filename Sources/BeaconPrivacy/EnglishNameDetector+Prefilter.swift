extension EnglishNameDetector {
    /// False when `text` can hold no finding outside a name field: a name needs a trigger word,
    /// then only spaces, `:` or `,` (and perhaps a filler: "named"), then a capital letter.
    /// One pass over the bytes: most English texts mention a victim or a suspect, but few
    /// follow the word with a capitalised one. A byte at or above 0x80 where the name would
    /// start counts as a possible name, so nothing found here is missed by the detector.
    static func mayContainName(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for i in bytes.indices where stemStarts[Int(bytes[i] | 0x20)] {
                for form in triggerForms where form.stem[0] == bytes[i] | 0x20 && matchesFolded(bytes, at: i, form.stem) {
                    let end = i + form.stem.count
                    for ending in form.endings where matchesFolded(bytes, at: end, ending) {
                        if nameMayFollow(bytes, at: end + ending.count) { return true }
                    }
                }
            }
            return false
        }
    }

    /// Each trigger word as a stem and the endings that complete it: `victim` + `` or `s`.
    static let triggerForms: [(stem: [UInt8], endings: [[UInt8]])] = stemBytes.map { stem in
        let word = String(decoding: stem, as: UTF8.self)
        return (stem, triggers.filter { $0.hasPrefix(word) }.sorted().map { Array($0.utf8.dropFirst(stem.count)) })
    }
    static let fillerBytes: [[UInt8]] = fillers.sorted().map { Array($0.utf8) }

    /// After a trigger word ending at `start`: a capital (or any non-ASCII byte) after the gap,
    /// directly or after a filler word.
    static func nameMayFollow(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let i = skipGap(bytes, from: start)
        guard i < bytes.count else { return false }
        if mayStartName(bytes[i]) { return true }
        for filler in fillerBytes where matchesFolded(bytes, at: i, filler) {
            let j = skipGap(bytes, from: i + filler.count)
            if j < bytes.count, mayStartName(bytes[j]) { return true }
        }
        return false
    }

    static func mayStartName(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || b >= 0x80 }

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
    static func matchesFolded(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ word: [UInt8]) -> Bool {
        guard i + word.count <= bytes.count else { return false }
        for k in word.indices where bytes[i + k] | 0x20 != word[k] { return false }
        return true
    }
}
