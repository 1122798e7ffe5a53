import BeaconCore

extension Site {
    /// What a reader of `language` finds listed: each page in `language` and, for a page with
    /// no version in it, the page in another language (the default language's first), so an
    /// item that exists only in Chinese still appears on the English side, marked as Chinese.
    /// Newest first. `kind` nil: bulletins and cases together.
    public func listed(_ kind: ContentKind?, language: Language) -> [ContentPage] {
        let order = config.languages
        func rank(_ p: ContentPage) -> Int { p.language == language ? -1 : (order.firstIndex(of: p.language) ?? order.count) }
        // Pages by their index in `pages`: sorting and storing whole pages moved every page's
        // fields at each step (a list of 1,100 pages cost 6.8 M instructions, much of it that;
        // a website asks for six lists).
        var chosen: [String: Int] = [:]
        for (i, p) in pages.enumerated() where kind.map({ p.kind == $0 }) ?? (p.kind != .page) {
            if let have = chosen[p.translationKey], rank(pages[have]) <= rank(p) { continue }
            chosen[p.translationKey] = i
        }
        // In key order before sorting, so pages of one date and slug (a bulletin and a case) keep one order.
        return ContentPage.newestFirst(chosen.sorted { $0.key < $1.key }.map { pages[$0.value] })
    }
}
