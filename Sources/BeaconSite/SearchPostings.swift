import Foundation

/// Which pages (by their place in the index) hold each term, and where on the page: each
/// posting is `doc << 3 | fields`, the fields a bit set of `SearchPostings.title`, `.label`
/// (the fraud-type label and the tags) and `.body` (summary and text), so the search page can
/// weight a match in the title or the type above one in the text.
///
/// Terms get a number when first seen. Postings are kept as they are found, page after page,
/// each as one 32-bit `term << 3 | fields` (the page is where its run of postings lies), in
/// chunks of fixed size: a large site's index holds millions of postings, and growing one
/// array doubles it and copies it. Writing groups them per term into one array of the same
/// size (the chunks let go as they are read) and streams the terms out in order
/// (`SearchIndexStream`): the whole index's text is never held.
struct SearchPostings {
    static let title = 1
    static let label = 2
    static let body = 4

    private var hanIDs = SearchHanTable()
    private var wordNumbers = SearchWordTable()
    /// Per word (by its number in `wordNumbers`): the word, and its term number.
    private var words: [String] = []
    private var wordTermIDs: [Int32] = []
    /// Per term number, the term as it was found: a hanzi key (`SearchTerms.key`, below
    /// 2^37), or `wordTerm` with the word's place in `words`.
    private var terms: [UInt64] = []
    private static let wordTerm: UInt64 = 1 << 63
    /// Per term: where its last posting is, so a term found again on the same page adds its
    /// field to that posting (it is on this page when it is at or after `pages.last.start`).
    private var lastPosting: [Int32] = []
    /// Every posting in the order found: `term << 3 | fields`.
    private var postings = PostingChunks()
    /// Each page that has postings, and where its postings start in `postings`.
    private var pages: [(doc: Int32, start: Int32)] = []
    /// Where the current page's postings start (`pages.last.start`).
    private var pageStart = 0

    /// Adds the terms of one page's `text`, found in `field`. Pages are added in index order
    /// (all of a page's texts before the next page's), so every posting list stays sorted
    /// without sorting it.
    mutating func add(_ text: String, field: Int, doc: Int) {
        if pages.last?.doc != Int32(doc) {
            pages.append((Int32(doc), Int32(postings.count)))
            pageStart = postings.count
        }
        let field = UInt32(field)
        SearchTerms.scan(text, han: { key in
            let id = hanIDs.id(of: key, orInsert: Int32(terms.count))
            if id == terms.count {
                terms.append(key)
                lastPosting.append(-1)
            }
            post(id, field: field)
        }, word: { bytes in
            let (n, new) = wordNumbers.number(of: bytes)
            if new {
                wordTermIDs.append(Int32(terms.count))
                terms.append(Self.wordTerm | UInt64(n))
                lastPosting.append(-1)
                words.append(String(decoding: bytes, as: UTF8.self))
            }
            post(wordTermIDs[n], field: field)
        })
    }

    /// Records term `id` on the current page, in `field`: a term already on it gets the field
    /// added to its posting.
    @inline(__always)
    private mutating func post(_ id: Int32, field: UInt32) {
        let t = Int(id)
        let last = Int(lastPosting[t])
        if last >= pageStart {
            postings.or(last, field)
            return
        }
        lastPosting[t] = Int32(postings.count)
        postings.append(UInt32(t) << 3 | field)
    }

    /// Writes every term as the string the search page looks up (`"term":[p,p,…]`, comma
    /// separated), sorted by term as Swift orders strings, each with its postings in document
    /// order. The postings are first grouped by term into one array of `doc << 3 | fields`
    /// (counted per term, then each put at its term's next place), the chunks they were found
    /// in let go as they are read; then each term is written in turn. Everything is emptied.
    mutating func write(to out: SearchIndexStream) {
        // Where each term's postings start in `grouped`: the counts, summed.
        var next = [Int32](repeating: 0, count: terms.count + 1)
        next.withUnsafeMutableBufferPointer { next in
            postings.forEach(from: 0, to: postings.count) { p in next[Int(p >> 3) + 1] += 1 }
            for t in 0..<terms.count { next[t + 1] += next[t] }
        }
        lastPosting = []
        hanIDs = SearchHanTable()
        var grouped = [UInt32](repeating: 0, count: postings.count)
        grouped.withUnsafeMutableBufferPointer { g in
            next.withUnsafeMutableBufferPointer { next in
                for (n, page) in pages.enumerated() {
                    let end = n + 1 < pages.count ? Int(pages[n + 1].start) : postings.count
                    let doc = UInt32(page.doc) << 3
                    postings.forEach(from: Int(page.start), to: end) { p in
                        let t = Int(p >> 3)
                        g[Int(next[t])] = doc | p & 7
                        next[t] += 1
                    }
                    postings.release(before: end)
                }
            }
        }
        postings = PostingChunks()
        pages = []
        // Each term's postings now end where the next term's start.
        let order = orderedIDs()
        wordNumbers = SearchWordTable()
        var name: [UInt8] = []
        grouped.withUnsafeBufferPointer { g in
            for (n, term) in order.enumerated() {
                let id = Int(term)
                if n > 0 { out.append(UInt8(ascii: ",")) }
                let key = terms[id]
                if key & Self.wordTerm != 0 {
                    name.removeAll(keepingCapacity: true)
                    JSONText.append(words[Int(key & ~Self.wordTerm)], to: &name)
                    out.append(name)
                } else {
                    out.appendHanTerm(key)
                }
                out.append(":[")
                let start = id == 0 ? 0 : Int(next[id - 1])
                out.appendList(UnsafeBufferPointer(rebasing: g[start..<Int(next[id])]))
                out.append(UInt8(ascii: "]"))
            }
        }
        terms = []
        words = []
    }

    /// `prefix`, the terms as `write` writes them, then `suffix`.
    mutating func written(prefix: [UInt8], suffix: [UInt8]) -> Data {
        var data = Data(prefix)
        let out = SearchIndexStream { data.append(contentsOf: $0) }
        write(to: out)
        out.flush()
        data.append(contentsOf: suffix)
        return data
    }

    /// The term a number stands for.
    private func string(_ id: Int) -> String {
        let term = terms[id]
        return term & Self.wordTerm != 0 ? words[Int(term & ~Self.wordTerm)] : SearchTerms.string(term)
    }

    /// The term numbers in the order of their strings (`SearchTermOrder`). Hanzi keys sort as
    /// numbers: a key's scalars are what its string is made of, and a lone hanzi comes before
    /// the pairs it begins (each key's place, 36 bits, is sorted with its term number below
    /// it, in one word). Words sort as strings, ASCII ones by their bytes, and the two sorted
    /// runs are merged; an ASCII word comes before every hanzi, whose first byte is above
    /// ASCII's. A word never holds a hanzi, so no string is found both ways.
    private func orderedIDs() -> [Int32] {
        var han: [UInt64] = []
        han.reserveCapacity(terms.count - words.count)
        let idBits = SearchHanTable.idBits
        for (id, term) in terms.enumerated() where term & Self.wordTerm == 0 {
            guard let order = SearchTerms.order(term) else {
                // A compatibility ideograph, whose string order is that of its canonical form.
                return terms.indices.sorted { SearchTermOrder.precedes(string($0), string($1)) }.map { Int32($0) }
            }
            han.append(order << idBits | UInt64(id))
        }
        // Every key has its own place, so the places alone decide the order.
        Self.sort(&han, bitsFrom: Int(idBits), count: 36)
        let idMask: UInt64 = (1 << idBits) - 1
        let ascii = words.map { $0.utf8.allSatisfy { $0 < 0x80 } }
        let sortedWords = words.indices.sorted { a, b in
            ascii[a] && ascii[b] ? wordNumbers.bytesPrecede(a, b) : SearchTermOrder.precedes(words[a], words[b])
        }
        var merged: [Int32] = []
        merged.reserveCapacity(terms.count)
        var h = 0, w = 0
        var hanString: (index: Int, string: String)?
        while h < han.count || w < sortedWords.count {
            if w == sortedWords.count { merged.append(Int32(han[h] & idMask)); h += 1; continue }
            let word = sortedWords[w]
            if h == han.count || ascii[word] { merged.append(wordTermIDs[word]); w += 1; continue }
            if hanString?.index != h { hanString = (h, string(Int(han[h] & idMask))) }
            if SearchTermOrder.precedes(words[word], hanString?.string ?? "") {
                merged.append(wordTermIDs[word]); w += 1
            } else {
                merged.append(Int32(han[h] & idMask)); h += 1
            }
        }
        return merged
    }
}

extension SearchPostings {
    /// Sorts `values` by their bits `from..<from + count` (least significant digit first, 12
    /// bits at a time), keeping the order of equal ones. `sort()` on the hanzi terms of a
    /// Chinese site (a comparison sort of 100,000s of words) was a fifth of writing its index.
    static func sort(_ values: inout [UInt64], bitsFrom from: Int, count: Int) {
        guard values.count > 1 else { return }
        let digitBits = 12
        let mask: UInt64 = (1 << digitBits) - 1
        var other = [UInt64](repeating: 0, count: values.count)
        var counts = [Int](repeating: 0, count: 1 << digitBits)
        var shift = UInt64(from)
        while shift < UInt64(from + count) {
            values.withUnsafeBufferPointer { src in
                other.withUnsafeMutableBufferPointer { dst in
                    counts.withUnsafeMutableBufferPointer { c in
                        for k in c.indices { c[k] = 0 }
                        for v in src { c[Int(truncatingIfNeeded: (v >> shift) & mask)] += 1 }
                        var sum = 0
                        for k in c.indices { let n = c[k]; c[k] = sum; sum += n }
                        for v in src {
                            let d = Int(truncatingIfNeeded: (v >> shift) & mask)
                            dst[c[d]] = v
                            c[d] += 1
                        }
                    }
                }
            }
            swap(&values, &other)
            shift += UInt64(digitBits)
        }
    }
}

/// 32-bit postings in chunks of a fixed size, reserved once each: appending never copies
/// what is stored, and holds at most one chunk more than needed. The chunk being filled is
/// kept apart from the full ones, so appending to it is a plain array append.
struct PostingChunks {
    private static let shift = 16
    private static let size = 1 << shift
    private static let mask = size - 1
    /// The full chunks; postings from `chunks.count << shift` on are in `tail`.
    private var chunks: [[UInt32]] = []
    private var tail: [UInt32] = []
    private(set) var count = 0

    @inline(__always)
    mutating func append(_ p: UInt32) {
        if count & Self.mask == 0 { startChunk() }
        tail.append(p)
        count += 1
    }

    private mutating func startChunk() {
        if !tail.isEmpty { chunks.append(tail) }
        tail = []
        tail.reserveCapacity(Self.size)
    }

    @inline(__always)
    mutating func or(_ i: Int, _ bits: UInt32) {
        let full = chunks.count << Self.shift
        if i >= full {
            tail[i - full] |= bits
        } else {
            chunks[i >> Self.shift][i & Self.mask] |= bits
        }
    }

    /// Lets go of the chunks that hold only postings before `end`; they are not read again.
    mutating func release(before end: Int) {
        var k = end >> Self.shift
        if end == count { k = chunks.count + 1 }
        while released < k {
            if released < chunks.count { chunks[released] = [] } else { tail = [] }
            released += 1
        }
    }
    private var released = 0

    /// Calls `body` with the postings from `start` up to `end`, in order.
    func forEach(from start: Int, to end: Int, _ body: (UInt32) -> Void) {
        var i = start
        while i < end {
            let k = i >> Self.shift
            let chunk = k < chunks.count ? chunks[k] : tail
            let stop = min(end, (k + 1) << Self.shift)
            var j = i & Self.mask
            chunk.withUnsafeBufferPointer { b in
                while i < stop { body(b[j]); i += 1; j += 1 }
            }
        }
    }
}
