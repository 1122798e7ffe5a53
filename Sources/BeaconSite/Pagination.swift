import BeaconContent
import BeaconCore

/// Splits a list into pages of `size` and describes the pager for each.
struct Pagination {
    let total: Int
    let size: Int

    var pageCount: Int { max(1, (total + size - 1) / size) }

    func range(_ page: Int) -> Range<Int> { ((page - 1) * size)..<min(total, page * size) }

    /// Values for the pager: previous and next links, "page 2 of 5".
    func pager(_ page: Int, url: (Int) -> String, strings: ThemeStrings, lang: String) -> [String: Any] {
        var out: [String: Any] = [
            "current": page, "count": pageCount, "show": pageCount > 1,
            "label": strings.format("pager.position", lang, ["page": String(page), "count": String(pageCount)]),
        ]
        if page > 1 { out["prev"] = url(page - 1) }
        if page < pageCount { out["next"] = url(page + 1) }
        return out
    }
}
