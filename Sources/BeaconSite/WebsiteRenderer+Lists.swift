import BeaconContent
import BeaconCore

extension WebsiteRenderer {
    /// Paginated bulletin and case lists, the fraud-type index and a list per type.
    func listJobs(_ lang: Language) -> [() throws -> RenderedPage] {
        let words = site.language(lang)
        var jobs: [() throws -> RenderedPage] = []
        for kind in [ContentKind.bulletin, .case] {
            let all = listed(kind, language: lang)
            let pagination = Pagination(total: all.count, size: site.config.paginate)
            let pageCounts = pageCounts { listed(kind, language: $0).count }
            for n in 1...pagination.pageCount {
                jobs.append {
                    let entries = all[pagination.range(n)]
                    var values = MustacheNode([
                        "heading": .text(words.string("nav.\(kind.folder)")),
                        "intro": .text(words.string("intro.\(kind.folder)")),
                        "isEmpty": .bool(entries.isEmpty),
                        "pager": pagination.pager(n, url: { urls.href(urls.section(kind, lang, page: $0)) }, words: words),
                    ] as TemplateMap)
                    values["items"] = items.list(entries, in: lang)
                    let title = words.string("nav.\(kind.folder)")
                    return try page("list", lang: lang, path: urls.section(kind, lang, page: n),
                                    title: n == 1 ? title : "\(title) · \(n)", description: nil, section: kind.folder,
                                    alternates: pageAlternates(n, pageCounts) { urls.section(kind, $0, page: n) },
                                    fallback: { urls.section(kind, $0) }, body: values, inSitemap: n == 1)
                }
            }
        }
        let byType = typedPages(lang)
        jobs.append {
            let types = TemplateValue.list(site.config.fraudTypes) { t in
                let list = byType[t.key] ?? []
                let cases = list.filter { $0.kind == .case }.count, bulletins = list.filter { $0.kind == .bulletin }.count
                return ["key": .text(t.key), "label": .text(t.label.text(lang)), "url": .text(urls.href(urls.type(t.key, lang))),
                        "cases": .int(cases), "bulletins": .int(bulletins), "count": .int(list.count), "isEmpty": .bool(list.isEmpty),
                        "countLabel": .text(words.format("types.count", [
                            "cases": words.count("count.cases", cases),
                            "bulletins": words.count("count.bulletins", bulletins)]))]
            }
            return try page("types", lang: lang, path: urls.types(lang), title: words.string("nav.types"),
                            description: words.string("intro.types"), section: "types",
                            alternates: everyLanguage(urls.types), fallback: urls.types,
                            values: ["types": types, "intro": .text(words.string("intro.types"))])
        }
        let typeCounts = Dictionary(uniqueKeysWithValues: site.config.languages.map { l in
            (l.code, typedPages(l).mapValues(\.count)) })
        for t in site.config.fraudTypes {
            let list = byType[t.key] ?? []
            let pagination = Pagination(total: list.count, size: site.config.paginate)
            let pageCounts = pageCounts { typeCounts[$0.code]?[t.key] ?? 0 }
            for n in 1...pagination.pageCount {
                jobs.append {
                    let entries = list[pagination.range(n)]
                    var values: TemplateMap = [
                        "heading": .text(t.label.text(lang)), "key": .text(t.key), "isEmpty": .bool(entries.isEmpty),
                        "typesURL": .text(urls.href(urls.types(lang))),
                        "countLabel": .text(words.format("types.count", [
                            "cases": words.count("count.cases", list.filter { $0.kind == .case }.count),
                            "bulletins": words.count("count.bulletins", list.filter { $0.kind == .bulletin }.count)])),
                        "pager": pagination.pager(n, url: { urls.href(urls.type(t.key, lang, page: $0)) }, words: words),
                    ]
                    if let words = site.page(key: "pages/scam-words", language: lang) { values["wordsURL"] = .text(urls.href(urls.page(words))) }
                    var body = MustacheNode(values)
                    body["items"] = items.list(entries, in: lang)
                    return try page("type", lang: lang, path: urls.type(t.key, lang, page: n), title: t.label.text(lang),
                                    description: nil, section: "types",
                                    alternates: pageAlternates(n, pageCounts) { urls.type(t.key, $0, page: n) },
                                    fallback: { urls.type(t.key, $0) }, body: body, inSitemap: n == 1)
                }
            }
        }
        return jobs
    }

    /// Bulletins and cases a reader of `lang` finds listed (see `Site.listed`), by fraud type, newest first.
    func typedPages(_ lang: Language) -> [String: [ContentPage]] {
        var byType: [String: [ContentPage]] = [:]
        for p in listed(nil, language: lang) { if let type = p.fraudType { byType[type, default: []].append(p) } }
        return byType
    }

    /// Pages of a list per language, from the number of entries it has in each.
    func pageCounts(_ entries: (Language) -> Int) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: site.config.languages.map {
            ($0.code, Pagination(total: entries($0), size: site.config.paginate).pageCount) })
    }

    /// Page `n` of a list pairs with page `n` of the same list in every language whose list has that page.
    func pageAlternates(_ n: Int, _ pageCounts: [String: Int], _ path: (Language) -> String) -> [String: String] {
        var out: [String: String] = [:]
        for l in site.config.languages where (pageCounts[l.code] ?? 1) >= n { out[l.code] = path(l) }
        return out
    }
}
