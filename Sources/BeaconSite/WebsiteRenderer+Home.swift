import BeaconContent
import BeaconCore

extension WebsiteRenderer {
    func home(_ lang: Language) throws -> RenderedPage {
        let bulletins = site.listed(.bulletin, language: lang.code).prefix(5).map { items.listItem($0, in: lang) }
        let cases = site.listed(.case, language: lang.code).prefix(3).map { items.listItem($0, in: lang) }
        // A slogan written in one language only is shown in that language only, as on the LED boards.
        let slogans = site.slogans.compactMap { $0.text[lang.code] }
        var values: [String: Any] = [
            "bulletins": bulletins, "hasBulletins": !bulletins.isEmpty,
            "cases": cases, "hasCases": !cases.isEmpty,
            "slogans": slogans,
            "hasSlogans": !slogans.isEmpty,
            "bulletinsURL": urls.href(urls.section(.bulletin, lang)),
            "casesURL": urls.href(urls.section(.case, lang)),
        ]
        for (k, v) in input.homeExtras[lang.code] ?? [:] { values[k] = v }
        return try page("home", lang: lang, path: urls.home(lang), title: site.config.title.text(lang.code),
                        description: site.config.description?.text(lang.code), section: "home",
                        alternates: everyLanguage(urls.home), fallback: urls.home, values: values,
                        lastModified: site.pages.compactMap(\.date).max())
    }

    func searchPage(_ lang: Language) throws -> RenderedPage {
        try page("search", lang: lang, path: urls.search(lang), title: site.strings.string("nav.search", lang.code),
                 description: nil, section: "search", alternates: everyLanguage(urls.search), fallback: urls.search,
                 values: ["index": urls.href(urls.search(lang) + "index.js")])
    }

    /// A page from the statistics, LED or leaflet part, wrapped in the layout. Its context's
    /// keys are available at the top level of its template.
    func extraPage(_ extra: ExtraPage) throws -> RenderedPage {
        let path = urls.localized(extra.path, extra.language)
        var alternates = [extra.language.code: path]
        if extra.hasCounterparts {
            for other in input.extraPages where other.path == extra.path { alternates[other.language.code] = urls.localized(other.path, other.language) }
        }
        var ctx = layout.make(lang: extra.language, path: path, title: extra.title, description: extra.description,
                              section: extra.path.split(separator: "/").first.map(String.init) ?? "",
                              alternates: alternates, fallback: urls.home, page: extra.noindex ? ["noindex": true] : [:])
        for (k, v) in extra.context where ctx[k] == nil { ctx[k] = v }
        return RenderedPage(path: path, html: try theme.render(extra.template, ctx), alternates: alternates,
                            lastModified: nil, inSitemap: !extra.noindex)
    }

    /// `404.html`, once for the site: one section per language, each saying in its language
    /// where to go; the switcher leads to each other language's home page.
    func notFound() throws -> OutputFile {
        let lang = site.config.defaultLanguage
        let title = site.config.languages.map { site.strings.string("notfound.title", $0.code) }.joined(separator: " · ")
        var ctx = layout.make(lang: lang, path: "/404.html", title: title,
                              description: nil, section: "", alternates: everyLanguage(urls.home), fallback: urls.home, page: [:])
        ctx["messages"] = site.config.languages.map { l -> [String: Any] in
            ["bcp47": l.bcp47, "code": l.code, "first": l == lang, "title": site.strings.string("notfound.title", l.code),
             "text": site.strings.string("notfound.text", l.code), "where": site.strings.string("notfound.where", l.code),
             "home": urls.href(urls.home(l)), "homeLabel": site.strings.string("notfound.home", l.code),
             "search": urls.href(urls.search(l)), "searchLabel": site.strings.string("notfound.search", l.code)]
        }
        // One address for every language: no hreflang alternates, no canonical page to pair with.
        ctx["alternates"] = [[String: Any]]()
        return OutputFile(path: "404.html", text: try theme.render("404", ctx))
    }
}
