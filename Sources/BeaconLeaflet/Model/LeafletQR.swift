import BeaconContent
import BeaconCore

/// Where a leaflet's QR code leads. `qr: @/cases/x.md` names a content file, as links in
/// Markdown do, and leads to that page in each leaflet's own language; a full URL is used as
/// given.
enum LeafletQR {
    /// The translation pair a `@/` target names (`@/cases/x.md` → `cases/x`), and the language
    /// it pins (`@/cases/x.en.md`), if any.
    static func key(_ target: String, site: Site) -> (key: String, language: Language?) {
        var key = String(target.dropFirst(2))
        if key.hasSuffix(".md") { key.removeLast(3) }
        if let dot = key.lastIndex(of: "."), let pinned = site.config.language(String(key[key.index(after: dot)...])) {
            return (String(key[..<dot]), pinned)
        }
        return (key, nil)
    }

    /// The page a `@/` target names in `language` (else in the first language that has it).
    static func page(_ target: String, language: Language, site: Site) -> ContentPage? {
        let (key, pinned) = key(target, site: site)
        return site.page(key: key, language: pinned ?? language)
            ?? site.config.languages.lazy.compactMap { site.page(key: key, language: $0) }.first
    }

    /// The absolute URL of a page, as the website publishes it.
    static func url(of page: ContentPage, site: Site) -> String {
        let prefix = page.language.pathPrefix
        return site.config.publishedURL(page.kind == .page ? "\(prefix)/\(page.slug)/" : "\(prefix)/\(page.kind.folder)/\(page.slug)/")
    }

    /// The QR caption of a code that leads to a case's page: the case printed at `index` of
    /// `count` cases (nil: a case the leaflet does not print). "Read the whole case" fits a
    /// leaflet of one case; on one of several it names the case by its kicker ("Scan to read
    /// Case 1 in full", `qr_case_n`), and a case not printed is just "more" (`qr_custom`).
    static func caseCaption(_ index: Int?, of count: Int, words: LeafletWords) -> String {
        guard let index else { return words["qr_custom"] }
        if count == 1 { return words["qr_case"] }
        // `Case 1` on one line: a caption under a code is narrow (`Scan to read Case / 1 in full`).
        let kicker = words.format("case_kicker", ["n": words.ordinal(index + 1)]).replacingOccurrences(of: " ", with: "\u{00A0}")
        // An older theme without `qr_case_n` says no more than the code gives.
        guard words.optional("qr_case_n") != nil else { return words["qr_custom"] }
        return words.format("qr_case_n", ["case": kicker])
    }

    /// The page of this site a full URL leads to, if it leads to one.
    static func page(at url: String, site: Site) -> ContentPage? {
        func normal(_ s: String) -> String {
            var s = s.split(separator: "#", maxSplits: 1).first.map(String.init) ?? s
            s = s.split(separator: "?", maxSplits: 1).first.map(String.init) ?? s
            if !s.hasSuffix("/") { s += "/" }
            return s.replacingOccurrences(of: "http://", with: "https://")
        }
        let wanted = normal(url)
        return site.pages.first { normal(self.url(of: $0, site: site)) == wanted }
    }
}
