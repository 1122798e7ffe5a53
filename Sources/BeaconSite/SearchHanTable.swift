/// Term numbers of hanzi keys (`SearchTerms.key`): an open-addressing hash table with linear
/// probing and a multiplicative hash. Indexing a Chinese site looks a key up for every pair
/// of characters of every page (some ten million look-ups for 5,500 pages); `Dictionary`'s
/// seeded SipHash made that the larger part of building the index.
///
/// Each slot is one 64-bit word, the key (37 bits) above its term number (27 bits): such a
/// site has over a million different pairs, and a key and a number side by side in two
/// arrays took half as much again.
struct SearchHanTable {
    /// Bits of a slot that hold the term number: up to 134 million terms, far beyond what
    /// the text of any site that fits in memory holds.
    static let idBits: UInt64 = 27
    private static let idMask: UInt64 = (1 << idBits) - 1

    /// 0 marks an empty slot: no key is 0, its first scalar being a hanzi (U+3400 or above).
    private var slots: [UInt64]
    private var shift: UInt64
    private(set) var count = 0

    init() {
        slots = [UInt64](repeating: 0, count: 1 << 12)
        shift = 64 - 12
    }

    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The number of `key`, or `new` stored as its number when it has none yet.
    mutating func id(of key: UInt64, orInsert new: Int32) -> Int32 {
        let mask = slots.count - 1
        var i = slot(key)
        while true {
            let s = slots[i]
            if s == 0 { break }
            if s >> Self.idBits == key { return Int32(truncatingIfNeeded: s & Self.idMask) }
            i = (i + 1) & mask
        }
        slots[i] = key << Self.idBits | (UInt64(new) & Self.idMask)
        count += 1
        // At most two thirds full: probes stay short, and the table at most three times its keys.
        if count * 3 > slots.count * 2 { grow() }
        return new
    }

    private mutating func grow() {
        let old = slots
        slots = []
        slots = [UInt64](repeating: 0, count: old.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for s in old where s != 0 {
            var i = slot(s >> Self.idBits)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = s
        }
    }
}
