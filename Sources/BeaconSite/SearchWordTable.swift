import Foundation

/// The words of a search index, numbered in the order first seen and looked up by their UTF-8
/// bytes: an open-addressing hash table with linear probing over a hash of the bytes, the
/// words' bytes kept end to end in one array. Indexing an English site looks a word up for
/// each of its hundreds of thousands of words; making a `String` of each and looking it up in
/// a `Dictionary` (seeded SipHash) was a third of adding the terms.
struct SearchWordTable {
    /// Per slot: part of the word's hash (high 32 bits) and its number + 1 (low 32 bits); 0 is empty.
    private var slots: [UInt64]
    private var shift: UInt64
    /// Word `n`'s bytes are `bytes[starts[n]..<starts[n + 1]]`.
    private var starts: [Int32] = [0]
    private var bytes: [UInt8] = []
    var count: Int { starts.count - 1 }

    init() {
        slots = [UInt64](repeating: 0, count: 1 << 10)
        shift = 64 - 10
    }

    /// FNV-1a over the bytes, multiplied so its top bits choose the slot.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in word { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h &* 0x9E37_79B9_7F4A_7C15
    }

    private func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> shift) }

    /// The number of `word`, and whether it was new (numbered `count` before the call).
    mutating func number(of word: UnsafeBufferPointer<UInt8>) -> (number: Int, new: Bool) {
        let h = Self.hash(word)
        let tag = h >> 32
        let mask = slots.count - 1
        var i = slot(h)
        while true {
            let s = slots[i]
            if s == 0 { break }
            if s >> 32 == tag {
                let n = Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1
                if equals(n, word) { return (n, false) }
            }
            i = (i + 1) & mask
        }
        let n = count
        bytes.append(contentsOf: word)
        starts.append(Int32(bytes.count))
        slots[i] = tag << 32 | UInt64(n + 1)
        // At most two thirds full, as `SearchHanTable`.
        if count * 3 > slots.count * 2 { grow() }
        return (n, true)
    }

    /// Whether word `n`'s bytes are `word`.
    private func equals(_ n: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[n])
        let count = Int(starts[n + 1]) - start
        guard count == word.count else { return false }
        guard count > 0, let w = word.baseAddress else { return true }
        return bytes.withUnsafeBufferPointer { p in p.baseAddress.map { memcmp($0 + start, w, count) == 0 } ?? false }
    }

    /// Whether word `a`'s bytes come before word `b`'s (as `[UInt8].lexicographicallyPrecedes`).
    func bytesPrecede(_ a: Int, _ b: Int) -> Bool {
        let (sa, ea, sb, eb) = (Int(starts[a]), Int(starts[a + 1]), Int(starts[b]), Int(starts[b + 1]))
        return bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return false }
            let r = memcmp(base + sa, base + sb, min(ea - sa, eb - sb))
            return r != 0 ? r < 0 : ea - sa < eb - sb
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for s in old where s != 0 {
            let n = Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1
            var i = bytes.withUnsafeBufferPointer { slot(Self.hash(UnsafeBufferPointer(rebasing: $0[Int(starts[n])..<Int(starts[n + 1])]))) }
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = s
        }
    }
}
