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

    /// One page's terms with their fields. Pages are added in index order, so every
    /// posting list stays sorted without sorting it.
    mutating func add(_ terms: SearchTerms, doc: Int) {
        for (t, f) in terms.han { han[t, default: []].append(doc << 3 | f) }
        for (t, f) in terms.words { words[t, default: []].append(doc << 3 | f) }
    }

    /// Every term as the string the search page looks up, with its postings in document
    /// order, sorted by term as Swift orders strings.
    func byTerm() -> [(term: String, postings: [Int])] {
        var merged = words
        merged.reserveCapacity(words.count + han.count)
        for (key, docs) in han {
            let term = SearchTerms.string(key)
            // A word never holds a hanzi, so this does not happen with text as it is; kept so
            // that a term found both ways still has one sorted list.
            if let other = merged[term] { merged[term] = Array(Set(other + docs)).sorted() } else { merged[term] = docs }
        }
        return merged.map { (term: $0.key, postings: $0.value) }.sorted { SearchTermOrder.precedes($0.term, $1.term) }
    }
}
