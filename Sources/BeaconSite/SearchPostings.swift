/// Which pages (by their place in the index) hold each term, and where on the page: each
/// posting is `doc << 3 | fields`, the fields a bit set of `SearchPostings.title`, `.label`
/// (the fraud-type label and the tags) and `.body` (summary and text), so the search page can
/// weight a match in the title or the type above one in the text.
///
/// Terms get a number when first seen and postings are kept as one flat list of
/// (term number, posting), grouped per term only when the index is written: a list per term
/// in a dictionary cost a copy-on-write check and a hash look-up per posting.
struct SearchPostings {
    static let title = 1
    static let label = 2
    static let body = 4

    /// A term as it was found: a hanzi key (`SearchTerms.key`) or a word.
    private enum Term {
        case han(UInt64)
        case word(String)
    }

    private var hanIDs: [UInt64: Int32] = [:]
    private var wordIDs: [String: Int32] = [:]
    private var terms: [Term] = []
    private var termOfPosting: [Int32] = []
    private var postings: [Int32] = []

    /// One page's terms with their fields. Pages are added in index order, so every
    /// posting list stays sorted without sorting it.
    mutating func add(_ pageTerms: SearchTerms, doc: Int) {
        for (t, f) in pageTerms.han {
            let id: Int32
            if let known = hanIDs[t] { id = known } else { id = Int32(terms.count); hanIDs[t] = id; terms.append(.han(t)) }
            termOfPosting.append(id)
            postings.append(Int32(doc << 3 | f))
        }
        for (t, f) in pageTerms.words {
            let id: Int32
            if let known = wordIDs[t] { id = known } else { id = Int32(terms.count); wordIDs[t] = id; terms.append(.word(t)) }
            termOfPosting.append(id)
            postings.append(Int32(doc << 3 | f))
        }
    }

    /// Writes every term as the string the search page looks up (`"term":[p,p,…]`, comma
    /// separated), sorted by term as Swift orders strings, each with its postings in
    /// document order.
    /// The lists are emptied as they are grouped: an index of a large site holds millions
    /// of postings.
    mutating func write(into out: inout [UInt8]) {
        // Group the postings by term, keeping document order within a term (a stable
        // counting sort on the term number).
        var start = [Int](repeating: 0, count: terms.count + 1)
        for id in termOfPosting { start[Int(id) + 1] += 1 }
        for i in 0..<terms.count { start[i + 1] += start[i] }
        var next = start
        var grouped = [Int32](repeating: 0, count: postings.count)
        for (i, id) in termOfPosting.enumerated() {
            grouped[next[Int(id)]] = postings[i]
            next[Int(id)] += 1
        }
        termOfPosting = []
        postings = []
        // Each posting is at most eight digits and a comma.
        out.reserveCapacity(out.count + grouped.count * 9 + terms.count * 12)
        for (n, id) in orderedIDs().enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            switch terms[id] {
            case .han(let key): SearchTerms.appendJSON(key, to: &out)
            case .word(let word): out.append(contentsOf: JSONText.string(word).utf8)
            }
            out.append(contentsOf: ":[".utf8)
            for j in start[id]..<start[id + 1] {
                if j > start[id] { out.append(UInt8(ascii: ",")) }
                SearchIndex.appendDecimal(Int(grouped[j]), to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
    }

    /// The term numbers in the order of their strings (`SearchTermOrder`). Hanzi keys sort as
    /// numbers: a key's scalars are what its string is made of, and a lone hanzi comes before
    /// the pairs it begins. Words sort as strings, and the two sorted runs are merged. A word
    /// never holds a hanzi, so no string is found both ways.
    private func orderedIDs() -> [Int] {
        var han: [(order: UInt64, id: Int)] = []
        var words: [Int] = []
        han.reserveCapacity(hanIDs.count)
        words.reserveCapacity(wordIDs.count)
        var numeric = true
        for (id, term) in terms.enumerated() {
            switch term {
            case .han(let key):
                guard let order = SearchTerms.order(key) else { numeric = false; han.append((0, id)); continue }
                han.append((order, id))
            case .word: words.append(id)
            }
        }
        guard numeric else {
            // A compatibility ideograph, whose string order is that of its canonical form.
            return terms.indices.sorted { SearchTermOrder.precedes(string(terms[$0]), string(terms[$1])) }
        }
        han.sort { $0.order < $1.order }
        let wordStrings = words.map { string(terms[$0]) }
        let sortedWords = words.indices.sorted { SearchTermOrder.precedes(wordStrings[$0], wordStrings[$1]) }
        var merged: [Int] = []
        merged.reserveCapacity(terms.count)
        var h = 0, w = 0
        var hanString: (index: Int, string: String)?
        while h < han.count || w < sortedWords.count {
            if w == sortedWords.count { merged.append(han[h].id); h += 1; continue }
            if h == han.count { merged.append(words[sortedWords[w]]); w += 1; continue }
            if hanString?.index != h { hanString = (h, string(terms[han[h].id])) }
            if SearchTermOrder.precedes(wordStrings[sortedWords[w]], hanString?.string ?? "") {
                merged.append(words[sortedWords[w]]); w += 1
            } else {
                merged.append(han[h].id); h += 1
            }
        }
        return merged
    }

    private func string(_ term: Term) -> String {
        switch term {
        case .han(let key): return SearchTerms.string(key)
        case .word(let word): return word
        }
    }
}
