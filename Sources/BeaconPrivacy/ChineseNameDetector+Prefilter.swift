import BeaconCore

extension ChineseNameDetector {
    /// False when `text` can hold no finding outside a name field: a name needs a trigger word,
    /// the gap (and perhaps a link word: 系, 名叫…), then a surname that is not straight away
    /// anonymised or titled (张某, 王女士); or a note of sex or age (`（男，`, `，45岁`) after it.
    /// Trigger words are found by bytes; a text with a CJK compatibility ideograph (equal, as
    /// a character, to a unified one) always counts as possible. Where a character could be
    /// joined by the next scalar (a combining mark), the quick test says possible.
    /// The pass is `PIIDetector.quickTests`, which the build runs for all detectors at once.
    static func mayContainName(_ text: String) -> Bool {
        PIIDetector.quickTests(.chineseName, text).contains(.chineseName)
    }

    /// A trigger word at `i` with a possible name after it. Only the triggers that start with
    /// the scalar at `i` are tried (`triggersByStart`), not all of them.
    static func triggerMayStart(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, group: Int) -> Bool {
        for trigger in triggerGroups[group] where matchesBytes(bytes, at: i, trigger) {
            if nameMayFollow(bytes, at: i + trigger.count) { return true }
        }
        return false
    }

    /// By scalar value (the Basic Multilingual Plane): 0, or 1 + the place in `triggerGroups`
    /// of the triggers that start with it.
    static let triggersByStart: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for (g, group) in triggerGroups.enumerated() {
            if let v = String(decoding: group[0], as: UTF8.self).unicodeScalars.first?.value { table[Int(v)] = UInt8(g + 1) }
        }
        return table
    }()

    /// The triggers' bytes, grouped by their first scalar (each below U+10000).
    static let triggerGroups: [[[UInt8]]] = {
        var groups: [[[UInt8]]] = []
        var place: [UInt32: Int] = [:]
        for t in triggers {
            guard let v = t.unicodeScalars.first?.value, v < 0x10000 else { continue }
            if let g = place[v] { groups[g].append(Array(t.utf8)) } else { place[v] = groups.count; groups.append([Array(t.utf8)]) }
        }
        return groups
    }()

    /// Scalars a name can start with: single surnames and the first of compound ones.
    static let surnameStarts: Set<UInt32> = Set(Surnames.single.compactMap(\.unicodeScalars.first?.value))
        .union(Surnames.compound.compactMap(\.unicodeScalars.first?.value))
    static let compoundStarts: Set<UInt32> = Set(Surnames.compound.compactMap(\.unicodeScalars.first?.value))
    /// After a single surname, these end the check at once (`name(at:)`): an anonymous mark or
    /// a one-character title (某, 女, 男…).
    static let stops: Set<UInt32> = Set((anonymous.map { String($0) } + titles.filter { $0.count == 1 }).compactMap(\.unicodeScalars.first?.value))

    static let linkBytes: [[UInt8]] = links.map { Array($0.utf8) }

    static func nameMayFollow(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var i = skipGapBytes(bytes, from: start)
        if surnameMayStart(bytes, at: i) { return true }
        for link in linkBytes where matchesBytes(bytes, at: i, link) {
            if surnameMayStart(bytes, at: skipGapBytes(bytes, from: i + link.count)) { return true }
        }
        return false
    }

    static func skipGapBytes(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while let gap = scalar(bytes, at: i), [0x3A, 0x20, 0xFF1A, 0x3000, 0xA0].contains(gap.value) { i += gap.length }
        return i
    }

    static func matchesBytes(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ word: [UInt8]) -> Bool {
        guard i + word.count <= bytes.count else { return false }
        for k in word.indices where bytes[i + k] != word[k] { return false }
        return true
    }

    /// Whether a note of sex or age that `isPersonMark` accepts may be in the text around the
    /// 男, 女 or 岁 whose bytes start at `i` (at least 1): 男 or 女 after a bracket or comma, or
    /// 岁 after digits after a comma.
    static func personMarkMayStand(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        // 男 E7 94 B7, 女 E5 A5 B3, 岁 E5 B2 81.
        let b = bytes[i + 2]
        let sex = ((bytes[i] == 0xE7 && bytes[i + 1] == 0x94 && b == 0xB7) || (bytes[i] == 0xE5 && bytes[i + 1] == 0xA5 && b == 0xB3))
            && markMayFollowSex(bytes, at: i + 3)
        if sex, bytes[i - 1] == 0x28 || bytes[i - 1] == 0x2C, nameMayEnd(bytes, at: i - 1) { return true }
        if sex, isFullWidthBracketOrComma(bytes, endingAt: i), nameMayEnd(bytes, at: i - 3) { return true }
        if bytes[i] == 0xE5 && bytes[i + 1] == 0xB2 && b == 0x81 {
            var k = i - 1
            if k >= 2, bytes[k - 2] == 0xE5, bytes[k - 1] == 0x91, bytes[k] == 0xA8 { k -= 3 } // 周
            let lastDigit = k
            while k >= 0, (0x30...0x39).contains(bytes[k]) { k -= 1 }
            if k < lastDigit, k >= 0, bytes[k] == 0x2C, nameMayEnd(bytes, at: k) { return true }
            if k < lastDigit, k >= 0, isFullWidthBracketOrComma(bytes, endingAt: k + 1), nameMayEnd(bytes, at: k - 2) { return true }
        }
        return false
    }

    /// False where no name can end right before byte `i`: after an ASCII character (no Han
    /// character ends with one), after 某 (a name with it is anonymised), or where the
    /// character before the last is ASCII or a bracket or comma (`（女，21岁`: a surname and a
    /// given name are two hanzi at least).
    static func nameMayEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i >= 1, bytes[i - 1] >= 0x80 else { return false }
        let last = scalarStart(bytes, before: i)
        if i - last == 3, bytes[last] == 0xE6, bytes[last + 1] == 0x9F, bytes[last + 2] == 0x90 { return false }
        guard last >= 1 else { return false }
        let before = scalarStart(bytes, before: last)
        guard let s = scalar(bytes, at: before) else { return true }
        return !(s.value < 0x80 || [0xFF08, 0xFF09, 0xFF0C, 0x3001, 0x3002, 0xFF1A, 0xFF1B].contains(s.value))
    }

    /// Where the scalar that ends right before byte `i` starts.
    static func scalarStart(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int) -> Int {
        var k = i - 1
        while k > 0, bytes[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }

    /// After 男 or 女 in a note: `，` `,` `、` `）` or `)`.
    static func markMayFollowSex(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i < bytes.count else { return false }
        if bytes[i] == 0x2C || bytes[i] == 0x29 { return true }
        guard i + 2 < bytes.count else { return false }
        return (bytes[i] == 0xEF && bytes[i + 1] == 0xBC && (bytes[i + 2] == 0x8C || bytes[i + 2] == 0x89))
            || (bytes[i] == 0xE3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x81)
    }

    /// `（` EF BC 88 or `，` EF BC 8C right before `i`.
    static func isFullWidthBracketOrComma(_ bytes: UnsafeBufferPointer<UInt8>, endingAt i: Int) -> Bool {
        i >= 3 && bytes[i - 3] == 0xEF && bytes[i - 2] == 0xBC && (bytes[i - 1] == 0x88 || bytes[i - 1] == 0x8C)
    }

    static func surnameMayStart(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard let surname = scalar(bytes, at: i), surnameStarts.contains(surname.value) else { return false }
        guard !compoundStarts.contains(surname.value), let next = scalar(bytes, at: i + surname.length), stops.contains(next.value) else {
            return true
        }
        // 张某: the name check stops at 某, unless a combining scalar makes 某 another character.
        guard let after = scalar(bytes, at: i + surname.length + next.length) else { return false }
        return !standsAlone(after.value)
    }

    /// Scalars that never join the character before them.
    static func standsAlone(_ u: UInt32) -> Bool {
        u < 0x80 || (0x2010...0x2027).contains(u) || (0x3000...0x3029).contains(u) || (0x4E00...0x9FFF).contains(u) || (0xFF01...0xFF5E).contains(u)
    }

    /// The scalar whose UTF-8 starts at `i`, and its length in bytes (the text is valid UTF-8).
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int)? {
        guard i < bytes.count else { return nil }
        let b = UInt32(bytes[i])
        if b < 0x80 { return (b, 1) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        guard i + length <= bytes.count else { return nil }
        var v = b & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (v, length)
    }
}
