import BeaconContent
import BeaconCore
import BeaconMarkdown

/// `@/page.md#anchor` links whose anchor is not a heading of the target page.
enum AnchorCheck {
    static func run(_ site: Site, bodies: [String: RenderedMarkdown]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for page in site.pages {
            for link in bodies[page.id]?.internalLinks ?? [] {
                guard let raw = link.fragment, !raw.isEmpty, let target = Self.target(link.target, from: page, in: site),
                      let headings = bodies[target.id]?.headings else { continue }
                let fragment = raw.removingPercentEncoding ?? raw
                let ids = headings.map(\.id)
                if ids.contains(fragment) { continue }
                var hint: Message
                if let near = NearestName.suggest(fragment, among: ids) {
                    hint = "Did you mean `#\(near)`?"
                } else if ids.isEmpty {
                    hint = "\(target.sourcePath) has no headings; link to the page without `#\(raw)`, or add a heading there."
                } else {
                    hint = "Its headings have the anchors \(ids.prefix(8).map { "`#\($0)`" }.joined(separator: ", "))."
                }
                hint = hint + " A heading's anchor is its text in lower case with spaces as `-`, e.g. `## Police advice` → `#police-advice`, `## 警方提示` → `#警方提示`."
                out.append(Diagnostic.error(page.sourcePath, line: link.line,
                                            "The link `@/\(link.target)#\(raw)` points to a heading `#\(raw)` that \(target.sourcePath) does not have.",
                                            hint: hint).excerpt(from: page, pointingAt: "#\(raw)"))
            }
        }
        return out
    }

    /// The page a `@/` link leads to, in the linking page's language when there is one.
    static func target(_ written: String, from page: ContentPage, in site: Site) -> ContentPage? {
        var key = written.hasSuffix(".md") ? String(written.dropLast(3)) : written
        var language = page.language
        if let dot = key.lastIndex(of: "."), let named = site.config.language(String(key[key.index(after: dot)...])) {
            language = named
            key = String(key[..<dot])
        }
        return site.page(key: key, language: language) ?? site.config.languages.lazy.compactMap { site.page(key: key, language: $0) }.first
    }
}
