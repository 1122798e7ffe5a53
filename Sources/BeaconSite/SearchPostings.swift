import Foundation

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

    private var hanIDs = SearchHanTable()
    private var wordIDs: [String: Int32] = [:]
    private var terms: [Term] = []
    /// Per term: the last page that holds it, and where that page's posting is, so a term
    /// found again on the same page adds its field to that posting.
    private var lastDoc: [Int32] = []
    private var lastPosting: [Int32] = []
    private var termOfPosting: [Int32] = []
    private var postings: [Int32] = []

    /// Adds the terms of one page's `text`, found in `field`. Pages are added in index order
    /// (all of a page's texts before the next page's), so every posting list stays sorted
    /// without sorting it.
    mutating func add(_ text: String, field: Int, doc: Int) {
        SearchTerms.scan(text, han: { key in
            let id = hanIDs.id(of: key, orInsert: Int32(terms.count))
            if id == terms.count { terms.append(.han(key)) }
            post(id, field: field, doc: doc)
        }, word: { bytes in
            let word = String(decoding: bytes, as: UTF8.self)
            let id: Int32
            if let known = wordIDs[word] { id = known } else { id = Int32(terms.count); wordIDs[word] = id; terms.append(.word(word)) }
            post(id, field: field, doc: doc)
        })
    }

    private mutating func post(_ id: Int32, field: Int, doc: Int) {
        let t = Int(id)
        if t == lastDoc.count {
            lastDoc.append(-1)
            lastPosting.append(0)
        }
        if lastDoc[t] == Int32(doc) {
            postings[Int(lastPosting[t])] |= Int32(field)
            return
        }
        lastDoc[t] = Int32(doc)
        lastPosting[t] = Int32(postings.count)
        termOfPosting.append(id)
        postings.append(Int32(doc << 3 | field))
    }

    /// `prefix`, then every term as the string the search page looks up (`"term":[p,p,…]`,
    /// comma separated), sorted by term as Swift orders strings, each with its postings in
    /// document order, then `suffix`. The lists are emptied as they are grouped (an index of
    /// a large site holds millions of postings), and the bytes are counted first and written
    /// once into data of that size.
    mutating func written(prefix: [UInt8], suffix: [UInt8]) -> Data {
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
        lastDoc = []
        lastPosting = []
        let order = orderedIDs()
        var names: [[UInt8]] = []
        names.reserveCapacity(order.count)
        var size = prefix.count + suffix.count + max(order.count - 1, 0) + grouped.count
        for id in order {
            var name: [UInt8] = []
            switch terms[id] {
            case .han(let key): SearchTerms.appendJSON(key, to: &name)
            case .word(let word): name = Array(JSONText.string(word).utf8)
            }
            size += name.count + 2  // `:[` and `]`, with one comma fewer than postings
            names.append(name)
        }
        for p in grouped { size += Self.digits(Int(p)) }
        var data = Data(count: size)
        data.withUnsafeMutableBytes { raw in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return }
            var at = 0
            func put(_ bytes: [UInt8]) {
                bytes.withUnsafeBufferPointer { b in
                    if let source = b.baseAddress { (base + at).update(from: source, count: b.count) }
                }
                at += bytes.count
            }
            put(prefix)
            for (n, id) in order.enumerated() {
                if n > 0 { base[at] = UInt8(ascii: ","); at += 1 }
                put(names[n])
                base[at] = UInt8(ascii: ":"); base[at + 1] = UInt8(ascii: "["); at += 2
                for j in start[id]..<start[id + 1] {
                    if j > start[id] { base[at] = UInt8(ascii: ","); at += 1 }
                    // Digits from the last, into the places counted for them.
                    var v = Int(grouped[j])
                    let width = Self.digits(v)
                    for k in stride(from: width - 1, through: 0, by: -1) {
                        base[at + k] = UInt8(ascii: "0") + UInt8(v % 10)
                        v /= 10
                    }
                    at += width
                }
                base[at] = UInt8(ascii: "]"); at += 1
            }
            put(suffix)
        }
        return data
    }

    /// Decimal digits of `n` (not negative).
    static func digits(_ n: Int) -> Int {
        var count = 1
        var v = n
        while v >= 10 { v /= 10; count += 1 }
        return count
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
