import BeaconCore

extension ChineseNameDetector {
    /// False when `text` can hold no finding outside a name field: a name needs a trigger word,
    /// the gap, then a surname that is not straight away anonymised or titled (张某, 王女士).
    /// Trigger words are found by bytes; a text with a CJK compatibility ideograph (equal, as
    /// a character, to a unified one) always counts as possible. Where a character could be
    /// joined by the next scalar (a combining mark), the quick test says possible.
    static func mayContainName(_ text: String) -> Bool {
        if text.unicodeScalars.contains(where: { (0xF900...0xFAFF).contains($0.value) || (0x2F800...0x2FA1F).contains($0.value) }) {
            return true
        }
        var text = text
        return text.withUTF8 { bytes in
            for trigger in triggerBytes {
                var from = 0
                while let at = trigger.withUnsafeBufferPointer({ ByteSearch.firstIndex(of: $0, in: bytes, from: from) }) {
                    if nameMayFollow(bytes, at: at + trigger.count) { return true }
                    from = at + 1
                }
            }
            return false
        }
    }

    static let triggerBytes: [[UInt8]] = triggers.map { Array($0.utf8) }
    /// Scalars a name can start with: single surnames and the first of compound ones.
    static let surnameStarts: Set<UInt32> = Set(Surnames.single.compactMap(\.unicodeScalars.first?.value))
        .union(Surnames.compound.compactMap(\.unicodeScalars.first?.value))
    static let compoundStarts: Set<UInt32> = Set(Surnames.compound.compactMap(\.unicodeScalars.first?.value))
    /// After a single surname, these end the check at once (`name(at:)`): an anonymous mark or
    /// a one-character title (某, 女, 男…).
    static let stops: Set<UInt32> = Set((anonymous.map { String($0) } + titles.filter { $0.count == 1 }).compactMap(\.unicodeScalars.first?.value))

    static func nameMayFollow(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var i = start
        while let gap = scalar(bytes, at: i), [0x3A, 0x20, 0xFF1A, 0x3000, 0xA0].contains(gap.value) { i += gap.length }
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
