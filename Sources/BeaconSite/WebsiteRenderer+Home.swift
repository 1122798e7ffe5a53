import BeaconContent
import BeaconCore

extension WebsiteRenderer {
    func home(_ lang: Language) throws -> RenderedPage {
        let bulletins = listed(.bulletin, language: lang).prefix(5)
        let cases = listed(.case, language: lang).prefix(3)
        // A slogan written in one language only is shown in that language only, as on the LED boards.
        let slogans = site.slogans.compactMap { $0.text[lang] }
        var values: TemplateMap = [
            "hasBulletins": .bool(!bulletins.isEmpty),
            "hasCases": .bool(!cases.isEmpty),
            "slogans": .texts(slogans),
            "hasSlogans": .bool(!slogans.isEmpty),
            "bulletinsURL": .text(urls.href(urls.section(.bulletin, lang))),
            "casesURL": .text(urls.href(urls.section(.case, lang))),
        ]
        for (k, v) in input.homeExtras[lang.code] ?? [:] { values[k] = v }
        var body = MustacheNode(values)
        // A home extra named like a list of the home page replaces it, as before.
        if values["bulletins"] == nil { body["bulletins"] = items.list(bulletins, in: lang) }
        if values["cases"] == nil { body["cases"] = items.list(cases, in: lang) }
        return try page("home", lang: lang, path: urls.home(lang), title: site.config.title.text(lang),
                        description: site.config.description?.text(lang), section: "home",
                        alternates: everyLanguage(urls.home), fallback: urls.home, body: body,
                        lastModified: site.pages.compactMap(\.date).max())
    }

    func searchPage(_ lang: Language) throws -> RenderedPage {
        try page("search", lang: lang, path: urls.search(lang), title: site.language(lang).string("nav.search"),
                 description: nil, section: "search", alternates: everyLanguage(urls.search), fallback: urls.search,
                 values: ["index": .text(urls.href(urls.search(lang) + "index.js"))])
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
                              alternates: alternates, fallback: urls.home, page: extra.noindex ? ["noindex": .bool(true)] : [:])
        for (k, v) in extra.context where ctx[k] == nil { ctx[k] = v.mustache() }
        return RenderedPage(path: path, html: try theme.render(extra.template, ctx), alternates: alternates,
                            lastModified: nil, inSitemap: !extra.noindex)
    }

    /// `404.html`, once for the site: one section per language, each saying in its language
    /// where to go; the switcher leads to each other language's home page.
    func notFound() throws -> OutputFile {
        let lang = site.config.defaultLanguage
        let title = site.languages.map { $0.string("notfound.title") }.joined(separator: " · ")
        var ctx = layout.make(lang: lang, path: "/404.html", title: title,
                              description: nil, section: "", alternates: everyLanguage(urls.home), fallback: urls.home, page: [:])
        ctx["messages"] = TemplateValue.list(site.languages) { l in
            ["bcp47": .text(l.bcp47), "code": .text(l.code), "first": .bool(l.language == lang), "title": .text(l.string("notfound.title")),
             "text": .text(l.string("notfound.text")), "where": .text(l.string("notfound.where")),
             "home": .text(urls.href(urls.home(l.language))), "homeLabel": .text(l.string("notfound.home")),
             "search": .text(urls.href(urls.search(l.language))), "searchLabel": .text(l.string("notfound.search"))]
        }.mustache()
        // One address for every language: no hreflang alternates, no canonical page to pair with.
        ctx["alternates"] = .list(MustacheList([]))
        return OutputFile(path: "404.html", text: try theme.render("404", ctx))
    }
}
