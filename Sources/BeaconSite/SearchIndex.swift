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
        let ordered = ContentPage.newestFirst(pages)
        // What each page shows in results, made on all cores; its terms are then added in page
        // order, which keeps every posting list sorted.
        let docs = ParallelMap.map(ordered) { doc($0, items: items, relativeTo: searchFile) }
        var postings = SearchPostings()
        for (i, p) in ordered.enumerated() {
            // Title, then the type label and tags, then the text: the search page weights
            // them in that order.
            postings.add(p.title, field: SearchPostings.title, doc: i)
            for f in p.tags + (typeLabel(p, items: items).map { [$0] } ?? []) { postings.add(f, field: SearchPostings.label, doc: i) }
            postings.add(items.summary(p), field: SearchPostings.body, doc: i)
            postings.add(items.input.bodies[p.id]?.plainText ?? "", field: SearchPostings.body, doc: i)
        }
        var head = Array("window.BEACON_SEARCH={\"docs\":[".utf8)
        head.reserveCapacity(docs.reduce(64) { $0 + $1.utf8.count + 1 })
        for (i, doc) in docs.enumerated() {
            if i > 0 { head.append(UInt8(ascii: ",")) }
            head.append(contentsOf: doc.utf8)
        }
        head.append(contentsOf: "],\"terms\":{".utf8)
        return postings.written(prefix: head, suffix: Array("}};\n".utf8))
    }

    /// The fraud-type label of `p`, which the index counts with its tags.
    static func typeLabel(_ p: ContentPage, items: PageItems) -> String? {
        p.fraudType.flatMap { items.site.config.fraudType($0) }.map { $0.label.text(p.language) }
    }

    /// The few list-entry fields a result shows, as a JSON object, without building the whole entry.
    static func doc(_ p: ContentPage, items: PageItems, relativeTo searchFile: String?) -> String {
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
        var doc = "{\"t\":\(JSONText.string(p.title)),\"u\":\(JSONText.string(url)),\"d\":\(JSONText.string(date)),\"k\":\(JSONText.string(kindLabel))"
        if let typeLabel { doc += ",\"y\":\(JSONText.string(typeLabel))" }
        if !p.tags.isEmpty { doc += ",\"g\":[\(p.tags.map(JSONText.string).joined(separator: ","))]" }
        doc += ",\"s\":\(JSONText.string(String(summary.prefix(160))))"
        // The start of the text, for an excerpt around words the summary does not have.
        let start = excerptSource(body, after: summary)
        if !start.isEmpty { doc += ",\"b\":\(JSONText.string(start))" }
        return doc + "}"
    }

    /// Characters of a page's text kept in the index for excerpts.
    static let excerptLength = 300

    /// The first `excerptLength` characters of `body`, skipping a summary it begins with.
    ///
    /// The text's lines are joined with spaces, the summary dropped from the front, and the rest
    /// trimmed of spaces at both ends. Only the first lines decide the result: those are joined
    /// first, and the whole text only when they end too soon to be sure (the rest would be
    /// all spaces within the excerpt). Walking every character of every page was a fifth of
    /// building the index.
    static func excerptSource(_ body: String, after summary: String) -> String {
        let summaryLength = summary.count
        let enough = summaryLength + excerptLength + 1
        if PlainText.linesArePlain(body) { return plainExcerptSource(body, after: summary, summaryLength: summaryLength, enough: enough) }
        return characterExcerptSource(body, after: summary, summaryLength: summaryLength, enough: enough)
    }

    /// `excerptSource` of any text, walking its characters.
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

    /// `excerptSource` of a text whose lines are `PlainText`: each scalar is a character of its
    /// own and the line feed the only line break, so lines are found and measured by bytes
    /// (a character per byte that does not continue a scalar) instead of walking characters,
    /// which was most of writing the index's entries.
    static func plainExcerptSource(_ body: String, after summary: String, summaryLength: Int, enough: Int) -> String {
        let utf8 = body.utf8
        var lines: [Substring] = []
        var length = -1
        var lineStart = utf8.startIndex
        var lineCharacters = 0
        var i = utf8.startIndex
        var complete = true
        while i < utf8.endIndex {
            let byte = utf8[i]
            if byte == 0x0A {
                if lineStart < i { lines.append(body[lineStart..<i]); length += lineCharacters + 1 }
                lineStart = utf8.index(after: i)
                lineCharacters = 0
                if length >= enough { complete = lineStart == utf8.endIndex; break }
            } else if byte & 0xC0 != 0x80 {
                lineCharacters += 1
            }
            i = utf8.index(after: i)
        }
        if i == utf8.endIndex, lineStart < utf8.endIndex { lines.append(body[lineStart...]) }
        if let excerpt = excerpt(lines.joined(separator: " "), after: summary, summaryLength: summaryLength, whole: complete) {
            return excerpt
        }
        return excerpt(body.split(separator: "\n").joined(separator: " "), after: summary, summaryLength: summaryLength, whole: true) ?? ""
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
