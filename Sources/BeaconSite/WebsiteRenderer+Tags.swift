import BeaconContent
import BeaconCore
import Foundation

extension WebsiteRenderer {
    /// A language's tags, as typed, with the pages of that language that carry each, newest
    /// first; tags in the language's sort order of their text.
    func tagged(_ lang: Language) -> [(tag: String, pages: [ContentPage])] {
        var byTag: [String: [ContentPage]] = [:]
        for p in site.pages where p.language == lang {
            for tag in Set(p.tags.map { $0.trimmingCharacters(in: .whitespaces) }) { byTag[tag, default: []].append(p) }
        }
        return byTag.sorted { $0.key < $1.key }.map { ($0.key, ContentPage.newestFirst($0.value)) }
    }

    /// `/tags/` (every tag with its count) and `/tags/<tag>/`, paginated like the other lists.
    func tagJobs(_ lang: Language) -> [() throws -> RenderedPage] {
        let tags = tagged(lang)
        let words = site.language(lang)
        var jobs: [() throws -> RenderedPage] = []
        let title = words.string("tags.title")
        jobs.append {
            let entries: [TemplateValue] = tags.map { t in
                ["name": .text(t.tag), "url": .text(urls.href(urls.tag(t.tag, lang))),
                 "countLabel": .text(words.count("tags.count", t.pages.count))]
            }
            return try page("tags", lang: lang, path: urls.tags(lang), title: title,
                            description: words.string("tags.intro"), section: "tags",
                            alternates: everyLanguage(urls.tags), fallback: urls.tags,
                            values: ["heading": .text(title), "intro": .text(words.string("tags.intro")),
                                     "tags": .list(entries), "isEmpty": .bool(entries.isEmpty)])
        }
        for t in tags {
            let pagination = Pagination(total: t.pages.count, size: site.config.paginate)
            for n in 1...pagination.pageCount {
                jobs.append {
                    let entries = t.pages[pagination.range(n)]
                    let heading = words.format("tags.heading", ["tag": t.tag])
                    var values = MustacheNode([
                        "heading": .text(heading), "intro": .text(words.format("tags.tagged", ["tag": t.tag])),
                        "isEmpty": .bool(entries.isEmpty), "tagsURL": .text(urls.href(urls.tags(lang))),
                        "pager": pagination.pager(n, url: { urls.href(urls.tag(t.tag, lang, page: $0)) }, words: words),
                    ] as TemplateMap)
                    // Pages of this language only: each entry is the page's own.
                    values["items"] = items.list(entries, in: lang)
                    // A tag is a word of one language: its page has no counterpart, and the
                    // switcher leads to the other language's tags.
                    return try page("list", lang: lang, path: urls.tag(t.tag, lang, page: n),
                                    title: n == 1 ? heading : "\(heading) · \(n)", description: nil, section: "tags",
                                    alternates: [lang.code: urls.tag(t.tag, lang, page: n)],
                                    fallback: { urls.tags($0) }, body: values, inSitemap: n == 1)
                }
            }
        }
        return jobs
    }
}
