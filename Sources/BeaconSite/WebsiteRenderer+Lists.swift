import BeaconContent
import BeaconCore

extension WebsiteRenderer {
    /// Paginated bulletin and case lists, the fraud-type index and a list per type.
    func listJobs(_ lang: Language) -> [() throws -> RenderedPage] {
        var jobs: [() throws -> RenderedPage] = []
        for kind in [ContentKind.bulletin, .case] {
            let all = site.pages(kind, language: lang.code)
            let pagination = Pagination(total: all.count, size: site.config.paginate)
            for n in 1...pagination.pageCount {
                jobs.append {
                    let entries = all[pagination.range(n)].map(items.listItem)
                    let values: [String: Any] = [
                        "heading": site.strings.string("nav.\(kind.folder)", lang.code),
                        "intro": site.strings.string("intro.\(kind.folder)", lang.code),
                        "items": entries, "isEmpty": entries.isEmpty,
                        "pager": pagination.pager(n, url: { urls.href(urls.section(kind, lang, page: $0)) }, strings: site.strings, lang: lang.code),
                    ]
                    let title = site.strings.string("nav.\(kind.folder)", lang.code)
                    return try page("list", lang: lang, path: urls.section(kind, lang, page: n),
                                    title: n == 1 ? title : "\(title) · \(n)", description: nil, section: kind.folder,
                                    alternates: n == 1 ? everyLanguage { urls.section(kind, $0) } : [lang.code: urls.section(kind, lang, page: n)],
                                    fallback: { urls.section(kind, $0) }, values: values, inSitemap: n == 1)
                }
            }
        }
        let typed = site.pages.filter { $0.language == lang.code && $0.fraudType != nil }
        let byType = Dictionary(grouping: typed, by: { $0.fraudType! })
        jobs.append {
            let types: [[String: Any]] = site.config.fraudTypes.map { t in
                let list = byType[t.key] ?? []
                return ["key": t.key, "label": t.label.text(lang.code), "url": urls.href(urls.type(t.key, lang)),
                        "cases": list.filter { $0.kind == .case }.count, "bulletins": list.filter { $0.kind == .bulletin }.count,
                        "count": list.count, "isEmpty": list.isEmpty,
                        "countLabel": site.strings.format("types.count", lang.code, [
                            "cases": String(list.filter { $0.kind == .case }.count),
                            "bulletins": String(list.filter { $0.kind == .bulletin }.count)])]
            }
            return try page("types", lang: lang, path: urls.types(lang), title: site.strings.string("nav.types", lang.code),
                            description: site.strings.string("intro.types", lang.code), section: "types",
                            alternates: everyLanguage(urls.types), fallback: urls.types,
                            values: ["types": types, "intro": site.strings.string("intro.types", lang.code)])
        }
        for t in site.config.fraudTypes {
            let list = ContentPage.newestFirst(byType[t.key] ?? [])
            let pagination = Pagination(total: list.count, size: site.config.paginate)
            for n in 1...pagination.pageCount {
                jobs.append {
                    let entries = list[pagination.range(n)].map(items.listItem)
                    let values: [String: Any] = [
                        "heading": t.label.text(lang.code), "key": t.key, "items": entries, "isEmpty": entries.isEmpty,
                        "typesURL": urls.href(urls.types(lang)),
                        "pager": pagination.pager(n, url: { urls.href(urls.type(t.key, lang, page: $0)) }, strings: site.strings, lang: lang.code),
                    ]
                    return try page("type", lang: lang, path: urls.type(t.key, lang, page: n), title: t.label.text(lang.code),
                                    description: nil, section: "types",
                                    alternates: n == 1 ? everyLanguage { urls.type(t.key, $0) } : [lang.code: urls.type(t.key, lang, page: n)],
                                    fallback: { urls.type(t.key, $0) }, values: values, inSitemap: n == 1)
                }
            }
        }
        return jobs
    }
}
