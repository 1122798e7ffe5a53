import BeaconContent
import BeaconCore
import Foundation

/// The prebuilt search index of one language, written as a script so the search page works
/// offline and even from a file opened on disk. Chinese has no spaces to split words at, so
/// every run of hanzi is indexed as overlapping character pairs (bigrams); other text as
/// lower-cased words. The page looks up the query's bigrams and words the same way, and ranks
/// pages by how many of them they hold, a match in the title or in the fraud-type label and
/// tags counting more than one in the text (`SearchPostings`).
enum SearchIndex {
    /// - Parameter relativeTo: with `--relative`, the search page's file: addresses are
    ///   written relative to it (`../cases/x/index.html`), so results open from disk too.
    static func build(pages: [ContentPage], items: PageItems, relativeTo searchFile: String? = nil) -> Data {
        var data = Data()
        write(pages: pages, items: items, relativeTo: searchFile) { data.append(contentsOf: $0) }
        return data
    }

    /// The index's bytes, handed to `emit` in pieces as they are made (`SearchIndexStream`):
    /// the result entries first, then the terms.
    static func write(pages: [ContentPage], items: PageItems, relativeTo searchFile: String? = nil,
                      to emit: (UnsafeRawBufferPointer) -> Void) {
        withoutActuallyEscaping(emit) { emit in
            let out = SearchIndexStream(emit)
            let ordered = ContentPage.newestFirst(pages)
            do {
                // What each page shows in results, made on all cores, written and let go.
                let docs = ParallelMap.map(ordered) { doc($0, items: items, relativeTo: searchFile) }
                out.append("window.BEACON_SEARCH={\"docs\":[")
                for (i, doc) in docs.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    out.append(doc)
                }
                out.append("],\"terms\":{")
            }
            // Terms are added in page order, which keeps every posting list sorted.
            var postings = SearchPostings()
            for (i, p) in ordered.enumerated() {
                // Title, then the type label and tags, then the text: the search page weights
                // them in that order.
                postings.add(p.title, field: SearchPostings.title, doc: i)
                for f in p.tags + (typeLabel(p, items: items).map { [$0] } ?? []) { postings.add(f, field: SearchPostings.label, doc: i) }
                postings.add(items.summary(p), field: SearchPostings.body, doc: i)
                postings.add(items.input.bodies[p.id]?.plainText ?? "", field: SearchPostings.body, doc: i)
            }
            postings.write(to: out)
            out.append("}};\n")
            out.flush()
        }
    }

    /// The fraud-type label of `p`, which the index counts with its tags.
    static func typeLabel(_ p: ContentPage, items: PageItems) -> String? {
        p.fraudType.flatMap { items.site.config.fraudType($0) }.map { $0.label.text(p.language) }
    }

    /// The few list-entry fields a result shows, as a JSON object's bytes, without building the whole entry.
    static func doc(_ p: ContentPage, items: PageItems, relativeTo searchFile: String?) -> [UInt8] {
        let lang = p.language
        var url = items.urls.href(items.urls.page(p))
        if let searchFile {
            url = RelativeLinks.relative(url, from: searchFile, basePath: items.site.config.basePath, exists: { _ in false }) ?? url
        }
        let date = p.date.map { items.dateTexts.texts($0, lang).text } ?? ""
        let kindLabel = items.site.language(lang).string("kind.\(p.kind.rawValue)")
        let typeLabel = typeLabel(p, items: items)
        let summary = items.summary(p)
        let body = items.input.bodies[p.id]?.plainText ?? ""
        var doc: [UInt8] = []
        doc.reserveCapacity(1024)
        func field(_ key: StaticString, _ value: String) {
            key.withUTF8Buffer { doc.append(contentsOf: $0) }
            JSONText.append(value, to: &doc)
        }
        field("{\"t\":", p.title)
        field(",\"u\":", url)
        field(",\"d\":", date)
        field(",\"k\":", kindLabel)
        if let typeLabel { field(",\"y\":", typeLabel) }
        if !p.tags.isEmpty {
            doc.append(contentsOf: ",\"g\":[".utf8)
            for (i, tag) in p.tags.enumerated() {
                if i > 0 { doc.append(UInt8(ascii: ",")) }
                JSONText.append(tag, to: &doc)
            }
            doc.append(UInt8(ascii: "]"))
        }
        let plainSummary = PlainText.isPlain(summary)
        field(",\"s\":", plainSummary ? scalarPrefix(summary, 160) : String(summary.prefix(160)))
        // The start of the text, for an excerpt around words the summary does not have.
        let start = excerptSource(body, after: summary, plainSummary: plainSummary)
        if !start.isEmpty { field(",\"b\":", start) }
        doc.append(UInt8(ascii: "}"))
        return doc
    }

    /// The first `n` scalars of `s`: its first `n` characters when each scalar is a character
    /// of its own (`PlainText`).
    static func scalarPrefix(_ s: String, _ n: Int) -> String {
        var text = s
        // Read from the contiguous bytes: walking `utf8` was 10,000 instructions a summary.
        let cut = text.withUTF8 { b -> String? in
            var scalars = 0
            for i in 0..<b.count where b[i] & 0xC0 != 0x80 {
                if scalars == n { return String(decoding: UnsafeBufferPointer(rebasing: b[..<i]), as: UTF8.self) }
                scalars += 1
            }
            return nil
        }
        return cut ?? s
    }

    /// Characters of a page's text kept in the index for excerpts.
    static let excerptLength = 300

    /// The first `excerptLength` characters of `body`, skipping a summary it begins with: the
    /// text's lines are joined with spaces, the summary dropped from the front, and the rest
    /// trimmed of spaces at both ends. Read by bytes for plain text (`plainExcerpt`), else by
    /// characters. `plainSummary` is `PlainText.isPlain(summary)` when known.
    static func excerptSource(_ body: String, after summary: String, plainSummary: Bool? = nil) -> String {
        if plainSummary ?? PlainText.isPlain(summary) {
            var body = body
            var summary = summary
            if let excerpt = body.withUTF8({ b in summary.withUTF8 { s in plainExcerpt(b, after: s) } }) { return excerpt }
        }
        let summaryLength = summary.count
        return characterExcerptSource(body, after: summary, summaryLength: summaryLength, enough: summaryLength + excerptLength + 1)
    }

    /// `excerptSource` of any text, walking its characters. Only the first lines decide the
    /// result: those are joined first, and the whole text only when they end too soon to be
    /// sure (the rest would be all spaces within the excerpt).
    static func characterExcerptSource(_ body: String, after summary: String, summaryLength: Int, enough: Int) -> String {
        var lines: [Substring] = []
        var length = -1
        var lineStart = body.startIndex
        var i = body.startIndex
        var complete = true
        while i < body.endIndex {
            if body[i].isNewline {
                if lineStart < i { lines.append(body[lineStart..<i]); length += body.distance(from: lineStart, to: i) + 1 }
                lineStart = body.index(after: i)
                if length >= enough { complete = lineStart == body.endIndex; break }
            }
            i = body.index(after: i)
        }
        if i == body.endIndex, lineStart < body.endIndex { lines.append(body[lineStart...]) }
        if let excerpt = excerpt(lines.joined(separator: " "), after: summary, summaryLength: summaryLength, whole: complete) {
            return excerpt
        }
        return excerpt(body.split(whereSeparator: \.isNewline).joined(separator: " "), after: summary, summaryLength: summaryLength, whole: true) ?? ""
    }

    /// `excerptSource` after a plain summary, read as UTF-8 bytes, or nil when a scalar it reads
    /// is not `PlainText`. In plain text each scalar is a character of its own, none is
    /// canonically equivalent to another or joins a neighbour, the line feed is the only line
    /// break, and the only blanks are the tab, space, no-break space and ideographic space. So
    /// the summary is a prefix when its bytes are, characters are counted as scalars, and the
    /// lines are joined as they are read, only as far as the excerpt needs (up to the first
    /// character after it that is not a blank): what comes after cannot change it. Making
    /// strings of the first lines and trimming them through Foundation was most of writing the
    /// index's entries, and checking the whole text for plain characters first a third of the rest.
    static func plainExcerpt(_ body: UnsafeBufferPointer<UInt8>, after summary: UnsafeBufferPointer<UInt8>) -> String? {
        var flat = JoinedLines(body)
        if !summary.isEmpty {
            var isPrefix = true
            for expected in summary {
                guard let byte = flat.next(), byte == expected else { isPrefix = false; break }
            }
            // Not a prefix: the text is read again from its start.
            if !isPrefix { flat = JoinedLines(body) }
        }
        // The excerpt's bytes, written into room for `excerptLength` scalars of three bytes.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: excerptLength * 3) { out -> String? in
            var written = 0
            var scalars = 0
            // The bytes up to the last scalar that is not a blank.
            var kept = 0
            var started = false
            // Scalar by scalar (at most three bytes in plain text), each checked to be plain.
            while let lead = flat.next() {
                let count = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                guard count < 4 else { return nil }
                let second = count > 1 ? flat.next() ?? 0 : 0
                let third = count > 2 ? flat.next() ?? 0 : 0
                let value: UInt32 = switch count {
                case 1: UInt32(lead)
                case 2: UInt32(lead & 0x1F) << 6 | UInt32(second & 0x3F)
                default: UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                }
                guard PlainText.isPlain(value) else { return nil }
                let isBlank = value == 0x20 || value == 0x09 || value == 0xA0 || value == 0x3000
                // Blanks at the start are skipped.
                if !started {
                    if isBlank { continue }
                    started = true
                }
                // Cut at `excerptLength`: the blanks it ends with stay when a character follows later.
                if scalars == excerptLength {
                    if !isBlank { kept = written; break }
                    continue
                }
                out[written] = lead
                if count > 1 { out[written + 1] = second }
                if count > 2 { out[written + 2] = third }
                written += count
                scalars += 1
                if !isBlank { kept = written }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<kept]), as: UTF8.self)
        }
    }

    /// The bytes of a text's lines that are not empty, joined by a space.
    struct JoinedLines {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        /// Whether the current line has bytes, and whether a line before it had.
        var inLine = false
        var after = false

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func next() -> UInt8? {
            while i < bytes.count {
                let c = bytes[i]
                if c == 0x0A {
                    if inLine { after = true; inLine = false }
                    i += 1
                    continue
                }
                if !inLine {
                    inLine = true
                    if after { return 0x20 }
                }
                i += 1
                return c
            }
            return nil
        }
    }

    /// The excerpt of `flat` (the text's lines joined), or nil when `flat` is only the start
    /// of the text and the excerpt could still change with what follows.
    private static func excerpt(_ flat: String, after summary: String, summaryLength: Int, whole: Bool) -> String? {
        let rest = !summary.isEmpty && flat.hasPrefix(summary) ? String(flat.dropFirst(summaryLength)) : flat
        let trimmed = rest.trimmingCharacters(in: .whitespaces)
        // Cut off early, a trimmed start of at most `excerptLength` characters may have lost
        // spaces that are not at the end of the whole text; with more, the first
        // `excerptLength` are those of the whole text.
        guard whole || trimmed.count > excerptLength else { return nil }
        return String(trimmed.prefix(excerptLength))
    }

    static func isHan(_ v: UInt32) -> Bool {
        (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
    }
}
