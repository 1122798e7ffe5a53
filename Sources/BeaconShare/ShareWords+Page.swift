import Foundation
import BeaconContent
import BeaconCore

extension ShareWords {
    /// `/share/` in one language: the newest messages first, each with its poster if it has
    /// one. `noindex`, outside the sitemap, linked from no menu.
    func page(_ items: [ShareItem], language lang: SiteLanguage) -> ExtraPage {
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
            if let d = item.date { e["date"] = .text(lang.date(d)); e["dateISO"] = .text(d.iso) }
            if item.poster != nil {
                e["posterURL"] = .text(site.config.url("/" + item.posterPath))
                e["posterAlt"] = .text(lang.format("share.page.poster_alt", ["title": item.title]))
                e["posterName"] = .text((item.posterPath as NSString).lastPathComponent)
            }
            return e
        }
        return ExtraPage(path: "/share/", language: lang.language, template: "share", title: lang.string("share.page.title"),
                         context: ["share": ["items": .maps(entries), "hasItems": .bool(!entries.isEmpty)]], noindex: true)
    }

    func kindLabel(_ item: ShareItem, _ lang: SiteLanguage) -> String {
        switch item.section {
        case "bulletins": lang.string("kind.bulletin")
        case "cases": lang.string("kind.case")
        default: lang.string("nav.stats")
        }
    }
}
