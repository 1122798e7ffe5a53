/// Which pages (by their place in the index) hold each term, and where on the page: each
/// posting is `doc << 3 | fields`, the fields a bit set of `SearchPostings.title`, `.label`
/// (the fraud-type label and the tags) and `.body` (summary and text), so the search page can
/// weight a match in the title or the type above one in the text.
struct SearchPostings {
    static let title = 1
    static let label = 2
    static let body = 4

    var han: [UInt64: [Int]] = [:]
    var words: [String: [Int]] = [:]

    /// One page's terms, field by field.
    mutating func add(_ fields: [(terms: SearchTerms, field: Int)], doc: Int) {
        var hanFields: [UInt64: Int] = [:]
        var wordFields: [String: Int] = [:]
        for (terms, field) in fields {
            for t in terms.han { hanFields[t, default: 0] |= field }
            for t in terms.words { wordFields[t, default: 0] |= field }
        }
        for (t, f) in hanFields { han[t, default: []].append(doc << 3 | f) }
        for (t, f) in wordFields { words[t, default: []].append(doc << 3 | f) }
    }

    /// Every term as the string the search page looks up, its postings in document order.
    func byTerm() -> [String: [Int]] {
        var out = words.mapValues { $0.sorted() }
        out.reserveCapacity(words.count + han.count)
        for (key, docs) in han {
            let term = SearchTerms.string(key)
            if let other = out[term] { out[term] = Array(Set(other + docs)).sorted() } else { out[term] = docs.sorted() }
        }
        return out
    }
}
