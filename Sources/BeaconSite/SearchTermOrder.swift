/// The order of the search index's terms: Swift's own string order (by the scalars of each
/// string's canonical composition), reached quickly. For text whose scalars are ASCII or
/// hanzi that canonical composition leaves as they are, that order is the order of the UTF-8
/// bytes, so two such terms are compared byte by byte; anything else goes to `<`. Sorting
/// some 100,000 terms with `<` alone was a tenth of building an index.
enum SearchTermOrder {
    static func precedes(_ a: String, _ b: String) -> Bool {
        if isComposed(a), isComposed(b) { return a.utf8.lexicographicallyPrecedes(b.utf8) }
        return a < b
    }

    /// True when canonical composition leaves `s` unchanged for certain: ASCII, and the
    /// unified ideographs of `SearchIndex.isHan` (the compatibility ideographs U+F900–U+FAFF and
    /// U+2F800–U+2FA1F decompose, so they are not).
    static func isComposed(_ s: String) -> Bool {
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x80 || (0x3400...0x9FFF).contains(v) || (0x20000...0x2F7FF).contains(v) || (0x2FA20...0x3FFFD).contains(v) { continue }
            return false
        }
        return true
    }
}
