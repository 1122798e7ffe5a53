import Foundation
import BeaconContent
import BeaconCore

extension ShareWords {
    /// `/share/` in one language: the newest messages first, each with its poster if it has
    /// one. `noindex`, outside the sitemap, linked from no menu.
    func page(_ items: [ShareItem], language lang: Language) -> ExtraPage {
        let newest = items.sorted(by: ShareItem.newestFirst).prefix(ShareKit.pageLength)
        let entries = newest.enumerated().map { i, item -> [String: Any] in
            var e: [String: Any] = [
                "id": "m\(i + 1)",
                "kind": kindLabel(item, lang),
                "title": item.title,
                "url": site.config.url(item.pagePath),
                "message": item.message,
                "hasPoster": item.poster != nil,
            ]
            if let d = item.date { e["date"] = written(d, lang); e["dateISO"] = d.iso }
            if item.poster != nil {
                e["posterURL"] = site.config.url("/" + item.posterPath)
                e["posterAlt"] = strings.format("share.page.poster_alt", lang.code, ["title": item.title])
                e["posterName"] = (item.posterPath as NSString).lastPathComponent
            }
            return e
        }
        return ExtraPage(path: "/share/", language: lang, template: "share", title: strings.string("share.page.title", lang.code),
                         context: ["share": ["items": entries, "hasItems": !entries.isEmpty]], noindex: true)
    }

    func kindLabel(_ item: ShareItem, _ lang: Language) -> String {
        switch item.section {
        case "bulletins": strings.string("kind.bulletin", lang.code)
        case "cases": strings.string("kind.case", lang.code)
        default: strings.string("nav.stats", lang.code)
        }
    }
}
