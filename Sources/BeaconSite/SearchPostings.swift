/// Which pages (by their place in the index) hold each term.
struct SearchPostings {
    var han: [UInt64: [Int]] = [:]
    var words: [String: [Int]] = [:]

    mutating func add(_ terms: SearchTerms, doc: Int) {
        for t in terms.han { han[t, default: []].append(doc) }
        for t in terms.words { words[t, default: []].append(doc) }
    }

    /// Every term as the string the search page looks up.
    func byTerm() -> [String: [Int]] {
        var out = words
        out.reserveCapacity(words.count + han.count)
        for (key, docs) in han {
            let term = SearchTerms.string(key)
            if let other = out[term] { out[term] = Array(Set(other + docs)).sorted() } else { out[term] = docs }
        }
        return out
    }
}
