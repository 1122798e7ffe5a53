import BeaconContent
import BeaconCore

/// The prebuilt search index of one language, written as a script so the search page works
/// offline and even from a file opened on disk. Chinese has no spaces to split words at, so
/// every run of hanzi is indexed as overlapping character pairs (bigrams); other text as
/// lower-cased words. The page looks up the query's bigrams and words the same way, and ranks
/// pages by how many of them they hold, a match in the title or in the fraud-type label and
/// tags counting more than one in the text (`SearchPostings`).
enum SearchIndex {
    /// - Parameter relativeTo: with `--relative`, the search page's file: addresses are
    ///   written relative to it (`../cases/x/index.html`), so results open from disk too.
    static func build(pages: [ContentPage], items: PageItems, relativeTo searchFile: String? = nil) -> String {
        let ordered = ContentPage.newestFirst(pages)
        var postings = SearchPostings()
        var docs: [String] = []
        docs.reserveCapacity(ordered.count)
        let strings = items.site.strings
        for (i, p) in ordered.enumerated() {
            // The few list-entry fields the index shows, without building the whole entry.
            let lang = p.language
            var url = items.urls.href(items.urls.page(p))
            if let searchFile {
                url = RelativeLinks.relative(url, from: searchFile, basePath: items.site.config.basePath, exists: { _ in false }) ?? url
            }
            let date = p.date.map { items.dateTexts.texts($0, lang).text } ?? ""
            let kindLabel = strings.string("kind.\(p.kind.rawValue)", p.language)
            let typeLabel = p.fraudType.flatMap { items.site.config.fraudType($0) }.map { $0.label.text(p.language) }
            let summary = items.summary(p)
            let body = items.input.bodies[p.id]?.plainText ?? ""
            // Title, then the type label and tags, then the text: the search page weights
            // them in that order.
            var title = SearchTerms(), label = SearchTerms(), text = SearchTerms()
            title.add(p.title)
            for f in p.tags + (typeLabel.map { [$0] } ?? []) { label.add(f) }
            text.add(summary)
            text.add(body)
            postings.add([(title, SearchPostings.title), (label, SearchPostings.label), (text, SearchPostings.body)], doc: i)
            var doc = "{\"t\":\(JSONText.string(p.title)),\"u\":\(JSONText.string(url)),\"d\":\(JSONText.string(date)),\"k\":\(JSONText.string(kindLabel))"
            if let typeLabel { doc += ",\"y\":\(JSONText.string(typeLabel))" }
            if !p.tags.isEmpty { doc += ",\"g\":[\(p.tags.map(JSONText.string).joined(separator: ","))]" }
            doc += ",\"s\":\(JSONText.string(String(summary.prefix(160))))"
            // The start of the text, for an excerpt around words the summary does not have.
            let start = Self.excerptSource(body, after: summary)
            if !start.isEmpty { doc += ",\"b\":\(JSONText.string(start))" }
            docs.append(doc + "}")
        }
        var out = "window.BEACON_SEARCH={\"docs\":[" + docs.joined(separator: ",") + "],\"terms\":{"
        let all = postings.byTerm()
        out += all.keys.sorted().map { "\(JSONText.string($0)):[\(all[$0]!.map(String.init).joined(separator: ","))]" }.joined(separator: ",")
        return out + "}};\n"
    }

    /// Characters of a page's text kept in the index for excerpts.
    static let excerptLength = 300

    /// The first `excerptLength` characters of `body`, skipping a summary it begins with.
    static func excerptSource(_ body: String, after summary: String) -> String {
        let flat = body.split(whereSeparator: \.isNewline).joined(separator: " ")
        let rest = !summary.isEmpty && flat.hasPrefix(summary) ? String(flat.dropFirst(summary.count)) : flat
        return String(rest.trimmingCharacters(in: .whitespaces).prefix(excerptLength))
    }

    static func isHan(_ v: UInt32) -> Bool {
        (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
    }
}
