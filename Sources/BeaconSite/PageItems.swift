import BeaconContent
import BeaconCore
import BeaconMarkdown

/// Turns content pages into the values templates show in lists and on the pages themselves.
struct PageItems: Sendable {
    let input: WebsiteInput
    let urls: SiteURLs
    let dates: DateWriter
    /// Cases per "language/fraud type", newest first, for the "similar cases" of each page.
    private let casesByType: [String: [ContentPage]]
    /// List entries already made for the templates, by page id.
    private let wrapped = SharedMemo<String, MustacheNode>()
    /// List entries with their `item` partial already rendered, by page id (and reader).
    private let entries = SharedMemo<String, MustacheNode>()
    /// Makes a list entry's `item` output once (`LayoutContext.listEntry`); nil: render it in each list.
    let entry: (@Sendable (MustacheNode, [String], Language) -> MustacheNode?)?
    let dateTexts: DateTexts
    /// Every name a list entry may have (`item`, `foreignItem`).
    static let entryFields = ["title", "url", "kind", "kindLabel", "summary", "date", "dateISO", "fraudType", "foreign"]

    init(input: WebsiteInput, urls: SiteURLs, dates: DateWriter,
         entry: (@Sendable (MustacheNode, [String], Language) -> MustacheNode?)? = nil) {
        self.input = input
        self.urls = urls
        self.dates = dates
        self.entry = entry
        dateTexts = DateTexts(writer: dates)
        let cases = input.site.pages.filter { $0.kind == .case && $0.fraudType != nil }
        casesByType = Dictionary(grouping: cases) { "\($0.language)/\($0.fraudType!)" }.mapValues { ContentPage.newestFirst($0) }
    }

    var site: Site { input.site }

    func summary(_ p: ContentPage) -> String {
        if let s = p.summary, !s.isEmpty { return s }
        return input.bodies[p.id]?.firstParagraph ?? ""
    }

    /// The fields a list entry shows: title, link, date, summary, fraud type.
    func item(_ p: ContentPage) -> TemplateMap {
        let lang = p.language
        var out: TemplateMap = [
            "title": .text(p.title),
            "url": .text(urls.href(urls.page(p))),
            "kind": .text(p.kind.rawValue),
            "kindLabel": .text(site.language(lang).string("kind.\(p.kind.rawValue)")),
        ]
        let s = summary(p)
        if !s.isEmpty { out["summary"] = .text(s) }
        if let d = p.date {
            let (text, iso) = dateTexts.texts(d, lang)
            (out["date"], out["dateISO"]) = (.text(text), .text(iso))
        }
        if let key = p.fraudType, let type = site.config.fraudType(key) {
            out["fraudType"] = ["key": .text(key), "label": .text(type.label.text(p.language)), "url": .text(urls.href(urls.type(key, lang)))]
        }
        return out
    }

    /// A list entry in a list of `reader`'s language for a page that has no version in it
    /// (SPEC §3): the page's title in `reader`'s language where its `title:` gives one, else its
    /// own title marked with its language; "(in Chinese)"; the link to the page as it is. Date,
    /// kind and fraud type are written in `reader`'s language; the summary, in the page's
    /// language only, is left out.
    func foreignItem(_ p: ContentPage, reader: Language) -> TemplateMap {
        let own = p.language
        let words = site.language(reader)
        var out: TemplateMap = [
            "url": .text(urls.href(urls.page(p))),
            "kind": .text(p.kind.rawValue),
            "kindLabel": .text(words.string("kind.\(p.kind.rawValue)")),
        ]
        var foreign: TemplateMap = [
            "bcp47": .text(own.bcp47),
            "note": .text(words.format("list.in_language", ["language": words.string("languages.\(p.language)")])),
        ]
        if let title = p.otherTitles[reader.code] { out["title"] = .text(title) } else {
            out["title"] = .text(p.title)
            foreign["titleLang"] = .text(own.bcp47)
        }
        out["foreign"] = .map(foreign)
        if let d = p.date {
            let (text, iso) = dateTexts.texts(d, reader)
            (out["date"], out["dateISO"]) = (.text(text), .text(iso))
        }
        if let key = p.fraudType, let type = site.config.fraudType(key) {
            out["fraudType"] = ["key": .text(key), "label": .text(type.label.text(reader)), "url": .text(urls.href(urls.type(key, reader)))]
        }
        return out
    }

    /// `item(p)` wrapped for the templates, made once per page: a page appears in its list,
    /// its type's list, the home page and other cases' "similar cases".
    func listItem(_ p: ContentPage) -> MustacheNode {
        wrapped.value(p.id) { MustacheNode(item(p)) }
    }

    /// The entry for `p` in a list in `reader`'s language: `listItem(p)` for a page in that
    /// language, else `foreignItem`.
    func listItem(_ p: ContentPage, in reader: Language) -> MustacheNode {
        guard p.language != reader else { return listItem(p) }
        return wrapped.value("\(p.id)>\(reader.code)") { MustacheNode(foreignItem(p, reader: reader)) }
    }

    /// List entries as a template list, each with its `item` output made once where it can be.
    func list<S: Sequence<ContentPage>>(_ pages: S, in reader: Language) -> MustacheValue {
        .list(MustacheList(pages.map { p in
            let item = listItem(p, in: reader)
            guard let entry else { return .node(item) }
            return .node(entries.value(p.language == reader ? p.id : "\(p.id)>\(reader.code)") {
                entry(item, Self.entryFields, reader) ?? item
            })
        }))
    }

    /// The title a reader of `reader` sees for `p` in lists and feeds, with its language mark
    /// when `p` is in another language: `Fake police call (in Chinese)`.
    func listTitle(_ p: ContentPage, in reader: Language) -> String {
        guard p.language != reader else { return p.title }
        let words = site.language(reader)
        return words.format("list.title_in_language", ["title": p.otherTitles[reader.code] ?? p.title,
                                                       "language": words.string("languages.\(p.language)")])
    }

    /// Everything a bulletin, case or free page template shows. Made as the templates read it
    /// (`MustacheValue`), not as `TemplateValue`s turned into that afterwards: it runs for every page.
    func detail(_ p: ContentPage) -> [String: MustacheValue] {
        let lang = p.language
        let words = site.language(lang)
        func node(_ values: [String: MustacheValue]) -> MustacheValue { .node(MustacheNode(values)) }
        // The list entry's values, already made.
        var values = listItem(p).values
        values.reserveCapacity(values.count + 8)
        let body = input.bodies[p.id]
        var html = body?.html ?? ""
        if p.kind == .case { html = Self.wrapSections(html) }
        values["content"] = .string(html)
        values["tags"] = .list(MustacheList(p.tags.map {
            node(["name": .string($0), "url": .string(urls.href(urls.tag($0.trimmingCharacters(in: .whitespaces), lang)))])
        }))
        values["hasTags"] = .bool(!p.tags.isEmpty)
        var facts: [MustacheValue] = []
        func fact(_ key: String, _ value: String) {
            facts.append(node(["label": .string(words.string("fact.\(key)")), "value": .string(value), "key": .string(key)]))
        }
        // A bulletin shows its date and type above the text already; a case card lists them.
        if p.kind == .case, let t = p.fraudType, let type = site.config.fraudType(t) { fact("fraud_type", type.label.text(p.language)) }
        if p.kind == .case, let d = p.date { fact("date", dateTexts.texts(d, lang).text) }
        if let v = p.victim { fact("victim", v) }
        if let loss = p.loss { fact("loss", input.money.text(loss, language: lang)) }
        if let amount = p.amount { fact("amount", input.money.text(amount, approx: p.amountApprox, language: lang)) }
        if let n = p.arrested {
            fact("arrested", words.count("count.arrested", n))
        }
        if input.staleTranslations.contains(p.id), let source = site.page(key: p.translationKey, language: site.config.defaultLanguage) {
            let name = words.string("languages.\(source.language)")
            values["stale"] = node(["message": .string(words.format("translation.stale", ["language": name])),
                                    "link": .string(words.format("translation.read_original", ["language": name])),
                                    "url": .string(urls.href(urls.page(source))), "bcp47": .string(source.language.bcp47)])
        }
        values["hasFacts"] = .bool(!facts.isEmpty)
        values["facts"] = .list(MustacheList(facts))
        if let key = p.fraudType {
            // Up to three other cases of the same type in the page's language, newest first. (All
            // of them are cases in the page's language: another page has another kind or slug.
            // `id` would build a string for each.)
            let related = Array((casesByType["\(p.language)/\(key)"] ?? []).lazy.filter { $0.kind != p.kind || $0.slug != p.slug }.prefix(3))
            values["related"] = list(related, in: lang)
            values["hasRelated"] = .bool(!related.isEmpty)
        }
        return values
    }

    /// Wraps each `<h2>` part of a case write-up in a `<section>` so the card shows its parts.
    static func wrapSections(_ html: String) -> String {
        let parts = split(html, at: "<h2 ")
        guard parts.count > 1 else { return html }
        var out = parts[0].isEmpty ? "" : "<div class=\"case-lead\">\(parts[0])</div>\n"
        for part in parts.dropFirst() { out += "<section class=\"case-section\">\n<h2 \(part)</section>\n" }
        return out
    }

    /// `html.components(separatedBy: separator)` by bytes: Foundation's took a tenth of
    /// preparing a case page. (The bytes at each `<` are compared in place: copied into an
    /// array each time, they were a sixth of the split.)
    static func split(_ html: String, at separator: String) -> [String] {
        let bytes = Array(html.utf8)
        let sep = Array(separator.utf8)
        var parts: [String] = []
        var start = 0
        var i = 0
        while i + sep.count <= bytes.count {
            if bytes[i] == sep[0], bytes[i..<(i + sep.count)].elementsEqual(sep) {
                parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
                i += sep.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }
}
