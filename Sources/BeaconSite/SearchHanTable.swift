/// Term numbers of hanzi keys (`SearchTerms.key`): an open-addressing hash table with linear
/// probing and a multiplicative hash. Indexing a Chinese site looks a key up for every pair
/// of characters of every page (some ten million look-ups for 5,500 pages); `Dictionary`'s
/// seeded SipHash made that the larger part of building the index.
struct SearchHanTable {
    /// 0 marks an empty slot: no key is 0, its first scalar being a hanzi (U+3400 or above).
    private var keys: [UInt64]
    private var ids: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    init() {
        keys = [UInt64](repeating: 0, count: 1 << 12)
        ids = [Int32](repeating: 0, count: 1 << 12)
        shift = 64 - 12
    }

    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The number of `key`, or `new` stored as its number when it has none yet.
    mutating func id(of key: UInt64, orInsert new: Int32) -> Int32 {
        let mask = keys.count - 1
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return ids[i] }
            if k == 0 { break }
            i = (i + 1) & mask
        }
        keys[i] = key
        ids[i] = new
        count += 1
        if count * 2 > keys.count { grow() }
        return new
    }

    private mutating func grow() {
        let oldKeys = keys, oldIDs = ids
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        ids = [Int32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for (j, k) in oldKeys.enumerated() where k != 0 {
            var i = slot(k)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k
            ids[i] = oldIDs[j]
        }
    }
}
