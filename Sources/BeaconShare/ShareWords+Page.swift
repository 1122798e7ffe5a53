import Foundation
import BeaconContent
import BeaconCore

extension ShareWords {
    /// `/share/` in one language: the newest messages first, each with its poster if it has
    /// one. `noindex`, outside the sitemap, linked from no menu.
    func page(_ items: [ShareItem], language lang: Language) -> ExtraPage {
        let newest = items.sorted(by: ShareItem.newestFirst).prefix(ShareKit.pageLength)
        let entries = newest.enumerated().map { i, item -> TemplateMap in
            var e: TemplateMap = [
                "id": "m\(i + 1)",
                "kind": .text(kindLabel(item, lang)),
                "title": .text(item.title),
                "url": .text(site.config.url(item.pagePath)),
                "message": .text(item.message),
                "hasPoster": .bool(item.poster != nil),
            ]
            if let d = item.date { e["date"] = .text(written(d, lang)); e["dateISO"] = .text(d.iso) }
            if item.poster != nil {
                e["posterURL"] = .text(site.config.url("/" + item.posterPath))
                e["posterAlt"] = .text(strings.format("share.page.poster_alt", lang, ["title": item.title]))
                e["posterName"] = .text((item.posterPath as NSString).lastPathComponent)
            }
            return e
        }
        return ExtraPage(path: "/share/", language: lang, template: "share", title: strings.string("share.page.title", lang),
                         context: ["share": ["items": .maps(entries), "hasItems": .bool(!entries.isEmpty)]], noindex: true)
    }

    func kindLabel(_ item: ShareItem, _ lang: Language) -> String {
        switch item.section {
        case "bulletins": strings.string("kind.bulletin", lang)
        case "cases": strings.string("kind.case", lang)
        default: strings.string("nav.stats", lang)
        }
    }
}
