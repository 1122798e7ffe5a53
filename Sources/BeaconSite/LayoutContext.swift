import BeaconContent
import BeaconCore

/// Builds the context every template shares: strings, language, site, navigation, the
/// language switcher, hreflang alternates and Open Graph values.
struct LayoutContext: @unchecked Sendable {
    let site: Site
    let urls: SiteURLs
    /// Per language code: the values that do not change from page to page, wrapped for the
    /// templates once (`TemplateValues`, `TemplateText`) rather than for every page.
    private let common: [String: [String: Any]]
    /// Per language code and section: the menu with that section's entry marked current.
    private let navs: [String: [String: Any]]
    /// Per language code: the menu with no entry marked current.
    private let plainNavs: [String: Any]
    /// Link-preview pictures by page path, and the site card per language code.
    private let ogImages: [String: OGImage]
    private let ogCards: [String: OGImage]

    init(site: Site, urls: SiteURLs, extraPaths: Set<String>, texts: TemplateTextCache? = nil,
         ogImages: [String: OGImage] = [:], ogCards: [String: OGImage] = [:]) {
        self.site = site
        self.urls = urls
        self.ogImages = ogImages
        self.ogCards = ogCards
        var common: [String: [String: Any]] = [:]
        var navs: [String: [String: Any]] = [:]
        var plainNavs: [String: Any] = [:]
        for lang in site.config.languages {
            let t = site.strings.nested(lang.code)
            let menu = site.pages(.page, language: lang.code).filter { $0.menuWeight != nil }
                .sorted { ($0.menuWeight!, $0.slug) < ($1.menuWeight!, $1.slug) }
            var nav: [[String: Any]] = [
                ["key": "home", "label": site.strings.string("nav.home", lang.code), "url": urls.href(urls.home(lang))],
                ["key": "bulletins", "label": site.strings.string("nav.bulletins", lang.code), "url": urls.href(urls.section(.bulletin, lang))],
                ["key": "cases", "label": site.strings.string("nav.cases", lang.code), "url": urls.href(urls.section(.case, lang))],
                ["key": "types", "label": site.strings.string("nav.types", lang.code), "url": urls.href(urls.types(lang))],
            ]
            if !site.statsSources.isEmpty {
                nav.append(["key": "stats", "label": site.strings.string("nav.stats", lang.code), "url": urls.href(urls.stats(lang))])
            }
            nav += menu.map { ["key": $0.slug, "label": $0.title, "url": urls.href(urls.page($0))] }
            nav.append(["key": "search", "label": site.strings.string("nav.search", lang.code), "url": urls.href(urls.search(lang))])
            var siteValues: [String: Any] = [
                "title": site.config.title.text(lang.code),
                "home": urls.href(urls.home(lang)),
                "feed": urls.href(urls.feed(lang)),
                "feedAbsolute": urls.absolute(urls.feed(lang)),
                "search": urls.href(urls.search(lang)),
            ]
            // Mustache treats an empty string as true: leave absent values out instead.
            if let d = site.config.description?.text(lang.code), !d.isEmpty { siteValues["description"] = d }
            if let o = site.config.office?.text(lang.code), !o.isEmpty { siteValues["office"] = o }
            // The hotlines: the site's `theme_options.hotlines`, else the theme's own two.
            let hotlines = site.config.themeOptions.hotlines ?? [("hotline.police", "hotline.police_number"), ("hotline.warning", "hotline.warning_number")]
                .map { ThemeOptions.Hotline(label: Localized([lang.code: site.strings.string($0.0, lang.code)]), number: site.strings.string($0.1, lang.code)) }
            siteValues["hotlines"] = hotlines.map { ["label": $0.label.text(lang.code), "number": $0.number, "tel": $0.tel] }
            if let css = site.config.themeOptions.cssVariables { siteValues["themeStyle"] = css }
            if let emblem = site.config.themeOptions.emblem { siteValues["emblem"] = urls.href("/" + emblem) }
            let staff = [("/led/", "footer.led"), ("/leaflets/", "footer.leaflets"), ("/banners/", "footer.banners"), ("/share/", "share.page.title")]
                .filter { extraPaths.contains($0.0) }
                .map { ["url": urls.href(urls.localized($0.0, lang)), "label": site.strings.string($0.1, lang.code)] }
            let values: [String: Any] = [
                "staffLinks": staff, "hasStaffLinks": !staff.isEmpty,
                "t": t,
                "lang": ["code": lang.code, "bcp47": lang.bcp47, "ogLocale": site.strings.string("language.og_locale", lang.code)],
                "site": siteValues,
                "base": site.config.basePath,
                "assets": site.config.basePath + "/assets",
            ]
            common[lang.code] = (TemplateValues.wrap(values, texts: texts) as! TemplateValues).values
            func marked(_ section: String?) -> Any {
                TemplateValues.wrap(nav.map { item -> [String: Any] in
                    var item = item
                    item["current"] = (item["key"] as? String) == section
                    return item
                }, texts: texts)
            }
            var bySection: [String: Any] = [:]
            for case let key as String in nav.map({ $0["key"] }) { bySection[key] = marked(key) }
            navs[lang.code] = bySection
            plainNavs[lang.code] = marked(nil)
        }
        self.common = common
        self.navs = navs
        self.plainNavs = plainNavs
    }

    /// The full context for one page.
    /// - Parameters:
    ///   - alternates: language code → path of this page in that language (itself included).
    ///   - fallback: for languages without a counterpart, where the switcher should lead instead.
    func make(lang: Language, path: String, title: String, description: String?, section: String,
              alternates: [String: String], fallback: (Language) -> String, ogType: String = "website",
              page: [String: Any]) -> [String: Any] {
        var ctx = common[lang.code] ?? [:]
        ctx["nav"] = navs[lang.code]?[section] ?? plainNavs[lang.code] ?? [Any]()
        var switcher: [[String: Any]] = []
        var links: [[String: Any]] = []
        var missing: [[String: Any]] = []
        for other in site.config.languages {
            let name = site.strings.string("language.name", other.code)
            if let p = alternates[other.code] {
                links.append(["hreflang": other.bcp47, "href": urls.absolute(p)])
                if other != lang { switcher.append(["code": other.code, "bcp47": other.bcp47, "name": name, "url": urls.href(p), "missing": false]) }
            } else if other != lang {
                let target = fallback(other)
                switcher.append(["code": other.code, "bcp47": other.bcp47, "name": name, "url": urls.href(target), "missing": true])
                // Said to the readers of the missing language, in their language: an English
                // reader on a Chinese-only page reads "This page is not available in English yet."
                let otherName = site.strings.string("languages.\(other.code)", other.code)
                missing.append(["message": site.strings.format("translation.missing", other.code, ["language": otherName]),
                                "link": site.strings.format("translation.go_to_section", other.code, ["language": name]),
                                "url": urls.href(target), "code": other.code, "bcp47": other.bcp47])
            }
        }
        if let def = alternates[site.config.defaultLanguage.code] {
            links.append(["hreflang": "x-default", "href": urls.absolute(def)])
        }
        let desc = (description?.isEmpty == false ? description! : site.config.description?.text(lang.code)) ?? ""
        var pageValues = page
        pageValues["title"] = TemplateText.reuse(page["title"], for: title)
        pageValues["description"] = TemplateText.reuse(page["summary"], for: desc)
        pageValues["url"] = urls.href(path)
        pageValues["absoluteURL"] = urls.absolute(path)
        pageValues["ogType"] = ogType
        pageValues["isHome"] = path == urls.home(lang)
        if let image = ogImages[path] ?? ogCards[lang.code] {
            pageValues["ogImage"] = ["url": urls.absolute(image.path), "width": image.width, "height": image.height]
        }
        ctx["page"] = pageValues
        ctx["switcher"] = switcher
        ctx["alternates"] = links
        ctx["missingTranslations"] = missing
        ctx["hasMissingTranslation"] = !missing.isEmpty
        return ctx
    }
}
