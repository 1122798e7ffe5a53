import BeaconCore

extension Site {
    /// What a reader of `language` finds listed: each page in `language` and, for a page with
    /// no version in it, the page in another language (the default language's first), so an
    /// item that exists only in Chinese still appears on the English side, marked as Chinese.
    /// Newest first. `kind` nil: bulletins and cases together.
    public func listed(_ kind: ContentKind?, language: Language) -> [ContentPage] {
        let order = config.languages
        func rank(_ p: ContentPage) -> Int { p.language == language ? -1 : (order.firstIndex(of: p.language) ?? order.count) }
        var chosen: [String: ContentPage] = [:]
        for p in pages where kind.map({ p.kind == $0 }) ?? (p.kind != .page) {
            if let have = chosen[p.translationKey], rank(have) <= rank(p) { continue }
            chosen[p.translationKey] = p
        }
        // In key order before sorting, so pages of one date and slug (a bulletin and a case) keep one order.
        return ContentPage.newestFirst(chosen.sorted { $0.key < $1.key }.map(\.value))
    }
}
