import BeaconContent
import BeaconCore

/// The prebuilt search index of one language, written as a script so the search page works
/// offline and even from a file opened on disk. Chinese has no spaces to split words at, so
/// every run of hanzi is indexed as overlapping character pairs (bigrams); other text as
/// lower-cased words. The page looks up the query's bigrams and words the same way.
enum SearchIndex {
    static func build(pages: [ContentPage], items: PageItems) -> String {
        let ordered = ContentPage.newestFirst(pages)
        var postings = SearchPostings()
        var docs: [String] = []
        docs.reserveCapacity(ordered.count)
        let strings = items.site.strings
        for (i, p) in ordered.enumerated() {
            // The few list-entry fields the index shows, without building the whole entry.
            let lang = items.urls.language(p.language)
            let url = items.urls.href(items.urls.page(p))
            let date = p.date.map { items.dateTexts.texts($0, lang).text } ?? ""
            let kindLabel = strings.string("kind.\(p.kind.rawValue)", p.language)
            let summary = items.summary(p)
            let body = items.input.bodies[p.id]?.plainText ?? ""
            var terms = SearchTerms()
            for f in [p.title, summary, body] + p.tags { terms.add(f) }
            if let key = p.fraudType, let type = items.site.config.fraudType(key) { terms.add(type.label.text(p.language)) }
            postings.add(terms, doc: i)
            docs.append("{\"t\":\(JSONText.string(p.title)),\"u\":\(JSONText.string(url)),\"d\":\(JSONText.string(date)),\"k\":\(JSONText.string(kindLabel)),\"s\":\(JSONText.string(String(summary.prefix(160))))}")
        }
        var out = "window.BEACON_SEARCH={\"docs\":[" + docs.joined(separator: ",") + "],\"terms\":{"
        let all = postings.byTerm()
        out += all.keys.sorted().map { "\(JSONText.string($0)):[\(all[$0]!.map(String.init).joined(separator: ","))]" }.joined(separator: ",")
        return out + "}};\n"
    }

    static func isHan(_ v: UInt32) -> Bool {
        (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
    }
}
