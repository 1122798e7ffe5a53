import BeaconContent
import BeaconCore

/// Splits a list into pages of `size` and describes the pager for each.
struct Pagination {
    let total: Int
    let size: Int

    var pageCount: Int { max(1, (total + size - 1) / size) }

    func range(_ page: Int) -> Range<Int> { ((page - 1) * size)..<min(total, page * size) }

    /// Values for the pager: previous and next links, "page 2 of 5".
    func pager(_ page: Int, url: (Int) -> String, words: SiteLanguage) -> TemplateValue {
        var out: TemplateMap = [
            "current": .int(page), "count": .int(pageCount), "show": .bool(pageCount > 1),
            "label": .text(words.format("pager.position", ["page": String(page), "count": String(pageCount)])),
        ]
        if page > 1 { out["prev"] = .text(url(page - 1)) }
        if page < pageCount { out["next"] = .text(url(page + 1)) }
        return .map(out)
    }
}
