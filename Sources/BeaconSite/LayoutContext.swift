import BeaconContent
import BeaconCore

/// Builds the context every template shares: strings, language, site, navigation, the
/// language switcher, hreflang alternates and Open Graph values.
struct LayoutContext: Sendable {
    let site: Site
    let urls: SiteURLs
    /// Per language code: the values that do not change from page to page, made for the
    /// templates once (`MustacheValue`) rather than for every page.
    private let common: [String: MustacheNode]
    /// Per language code and section: the menu with that section's entry marked current.
    private let navs: [String: [String: MustacheValue]]
    /// Per language code: the menu with no entry marked current.
    private let plainNavs: [String: MustacheValue]
    /// Per language code and section (`""`: no entry current), the partials rendered once for
    /// all those pages (`SharedParts`).
    private let sharedParts: [String: [String: MustacheValue]]
    /// Link-preview pictures by page path, and the site card per language code.
    private let ogImages: [String: OGImage]
    private let ogCards: [String: OGImage]
    private let shared: SharedParts?

    init(site: Site, urls: SiteURLs, extraPaths: Set<String>, shared: SharedParts? = nil,
         ogImages: [String: OGImage] = [:], ogCards: [String: OGImage] = [:]) {
        self.site = site
        self.urls = urls
        self.ogImages = ogImages
        self.ogCards = ogCards
        self.shared = shared
        // Each language's values on a core of its own, then every partial rendered once per
        // language and section on all cores: this runs before any page can.
        let perLanguage = ParallelMap.map(site.languages) { words in
            Self.values(words, site: site, urls: urls, extraPaths: extraPaths)
        }
        var common: [String: MustacheNode] = [:]
        var navs: [String: [String: MustacheValue]] = [:]
        var plainNavs: [String: MustacheValue] = [:]
        var parts: [(code: String, section: String, values: MustacheNode)] = []
        for (words, made) in zip(site.languages, perLanguage) {
            let code = words.language.code
            common[code] = made.common
            navs[code] = made.navs
            plainNavs[code] = made.plainNav
            if shared != nil {
                for (section, nav) in made.navs.merging(["": made.plainNav], uniquingKeysWith: { a, _ in a }) {
                    var values = made.common
                    values["nav"] = nav
                    parts.append((code, section, values))
                }
            }
        }
        var sharedParts: [String: [String: MustacheValue]] = [:]
        if let shared {
            let rendered = ParallelMap.map(parts) { shared.rendered($0.values) }
            for (part, output) in zip(parts, rendered) { sharedParts[part.code, default: [:]][part.section] = output }
        }
        self.sharedParts = sharedParts
        self.common = common
        self.navs = navs
        self.plainNavs = plainNavs
    }

    /// One language's values that are the same on all its pages, and its menu with each
    /// section's entry marked current (`navs`) or none (`plainNav`).
    private static func values(_ words: SiteLanguage, site: Site, urls: SiteURLs, extraPaths: Set<String>)
        -> (common: MustacheNode, navs: [String: MustacheValue], plainNav: MustacheValue) {
        let lang = words.language
        let t = words.nested()
        let menu = site.pages(.page, language: lang).compactMap { p in p.menuWeight.map { (weight: $0, page: p) } }
            .sorted { ($0.weight, $0.page.slug) < ($1.weight, $1.page.slug) }.map(\.page)
        func entry(_ key: String, _ label: String, _ url: String) -> (key: String, values: TemplateMap) {
            (key, ["key": .text(key), "label": .text(label), "url": .text(urls.href(url))])
        }
        var nav = [
            entry("home", words.string("nav.home"), urls.home(lang)),
            entry("bulletins", words.string("nav.bulletins"), urls.section(.bulletin, lang)),
            entry("cases", words.string("nav.cases"), urls.section(.case, lang)),
            entry("types", words.string("nav.types"), urls.types(lang)),
        ]
        if !site.statsSources.isEmpty {
            nav.append(entry("stats", words.string("nav.stats"), urls.stats(lang)))
        }
        nav += menu.map { entry($0.slug, $0.title, urls.page($0)) }
        nav.append(entry("search", words.string("nav.search"), urls.search(lang)))
        var siteValues: TemplateMap = [
            "title": .text(site.config.title.text(lang)),
            "home": .text(urls.href(urls.home(lang))),
            "feed": .text(urls.href(urls.feed(lang))),
            "feedAbsolute": .text(urls.absolute(urls.feed(lang))),
            "search": .text(urls.href(urls.search(lang))),
        ]
        // Mustache treats an empty string as true: leave absent values out instead.
        if let d = site.config.description?.text(lang), !d.isEmpty { siteValues["description"] = .text(d) }
        if let o = site.config.office?.text(lang), !o.isEmpty { siteValues["office"] = .text(o) }
        // The hotlines: the site's `theme_options.hotlines`, else the theme's own two.
        let hotlines = site.config.themeOptions.hotlines ?? [("hotline.police", "hotline.police_number"), ("hotline.warning", "hotline.warning_number")]
            .map { ThemeOptions.Hotline(label: Localized([lang.code: words.string($0.0)]), number: words.string($0.1)) }
        siteValues["hotlines"] = .list(hotlines) { ["label": .text($0.label.text(lang)), "number": .text($0.number), "tel": .text($0.tel)] }
        if let css = site.config.themeOptions.cssVariables { siteValues["themeStyle"] = .text(css) }
        if let emblem = site.config.themeOptions.emblem { siteValues["emblem"] = .text(urls.href("/" + emblem)) }
        let staff: [TemplateMap] = [("/led/", "footer.led"), ("/leaflets/", "footer.leaflets"), ("/banners/", "footer.banners"), ("/share/", "share.page.title")]
            .filter { extraPaths.contains($0.0) }
            .map { ["url": .text(urls.href(urls.localized($0.0, lang))), "label": .text(words.string($0.1))] }
        let values: TemplateMap = [
            "staffLinks": .maps(staff), "hasStaffLinks": .bool(!staff.isEmpty),
            "t": .map(t),
            "lang": ["code": .text(lang.code), "bcp47": .text(lang.bcp47), "ogLocale": .text(words.string("language.og_locale"))],
            "site": .map(siteValues),
            "base": .text(site.config.basePath),
            "assets": .text(site.config.basePath + "/assets"),
        ]
        func marked(_ section: String?) -> MustacheValue {
            TemplateValue.list(nav) { item in
                var values = item.values
                values["current"] = .bool(item.key == section)
                return .map(values)
            }.mustache()
        }
        var bySection: [String: MustacheValue] = [:]
        for item in nav { bySection[item.key] = marked(item.key) }
        return (MustacheNode(values), bySection, marked(nil))
    }

    /// A list entry for the lists of `lang`'s pages, with its `item` partial's output made once
    /// (`SharedParts.entry`); nil when that output may differ from list to list.
    func listEntry(_ entry: MustacheNode, fields: [String], lang: Language) -> MustacheNode? {
        guard let shared, let common = common[lang.code] else { return nil }
        return shared.entry(entry, fields: fields, common: common)
    }

    /// The full context for one page.
    /// - Parameters:
    ///   - alternates: language code → path of this page in that language (itself included).
    ///   - fallback: for languages without a counterpart, where the switcher should lead instead.
    func make(lang: Language, path: String, title: String, description: String?, section: String,
              alternates: [String: String], fallback: (Language) -> String, ogType: String = "website",
              page: [String: MustacheValue]) -> MustacheNode {
        var ctx = common[lang.code] ?? MustacheNode()
        // Room for this page's own names: one copy of the shared map, not a copy and a resize.
        ctx.values.reserveCapacity(ctx.values.count + 7)
        let navSection = navs[lang.code]?[section] != nil ? section : ""
        ctx["nav"] = navs[lang.code]?[section] ?? plainNavs[lang.code] ?? .list(MustacheList([]))
        ctx[SharedParts.key] = sharedParts[lang.code]?[navSection]
        // Made as the templates read them (`MustacheValue`) rather than as `TemplateValue`s
        // turned into those afterwards: this runs for every page.
        func node(_ values: [String: MustacheValue]) -> MustacheValue { .node(MustacheNode(values)) }
        let absolutePath = urls.absolute(path)
        var switcher: [MustacheValue] = []
        var links: [MustacheValue] = []
        var missing: [MustacheValue] = []
        for otherWords in site.languages {
            let other = otherWords.language
            let name = otherWords.string("language.name")
            if let p = alternates[other.code] {
                links.append(node(["hreflang": .string(other.bcp47), "href": .string(p == path ? absolutePath : urls.absolute(p))]))
                if other != lang {
                    switcher.append(node(["code": .string(other.code), "bcp47": .string(other.bcp47), "name": .string(name),
                                          "url": .string(urls.href(p)), "missing": .bool(false)]))
                }
            } else if other != lang {
                let target = fallback(other)
                switcher.append(node(["code": .string(other.code), "bcp47": .string(other.bcp47), "name": .string(name),
                                      "url": .string(urls.href(target)), "missing": .bool(true)]))
                // Said to the readers of the missing language, in their language: an English
                // reader on a Chinese-only page reads "This page is not available in English yet."
                let otherName = otherWords.string("languages.\(other.code)")
                missing.append(node(["message": .string(otherWords.format("translation.missing", ["language": otherName])),
                                     "link": .string(otherWords.format("translation.go_to_section", ["language": name])),
                                     "url": .string(urls.href(target)), "code": .string(other.code), "bcp47": .string(other.bcp47)]))
            }
        }
        if let def = alternates[site.config.defaultLanguage.code] {
            links.append(node(["hreflang": .string("x-default"), "href": .string(def == path ? absolutePath : urls.absolute(def))]))
        }
        let desc = description.flatMap { $0.isEmpty ? nil : $0 } ?? site.config.description?.text(lang) ?? ""
        var pageValues = MustacheNode(page)
        pageValues.values.reserveCapacity(page.count + 7)
        pageValues["title"] = .string(title)
        pageValues["description"] = .string(desc)
        pageValues["url"] = .string(urls.href(path))
        pageValues["absoluteURL"] = .string(absolutePath)
        pageValues["ogType"] = .string(ogType)
        pageValues["isHome"] = .bool(path == urls.home(lang))
        if let image = ogImages[path] ?? ogCards[lang.code] {
            pageValues["ogImage"] = node(["url": .string(urls.absolute(image.path)), "width": .int(image.width), "height": .int(image.height)])
        }
        ctx["page"] = .node(pageValues)
        ctx["switcher"] = .list(MustacheList(switcher))
        ctx["alternates"] = .list(MustacheList(links))
        ctx["missingTranslations"] = .list(MustacheList(missing))
        ctx["hasMissingTranslation"] = .bool(!missing.isEmpty)
        return ctx
    }
}
