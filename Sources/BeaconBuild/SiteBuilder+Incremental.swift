import BeaconContent
import BeaconCore
import BeaconMarkdown
import BeaconSite
import Foundation

/// Everything the website shows beyond each page's own content: the site apart from its
/// pages, the theme's and the site's files as they are on disk, the extra pages' addresses
/// (they are in the menu), the link-preview pictures, and each page as lists, menus and
/// "similar cases" show it (without its body; its first paragraph where it has no summary).
/// When the frame is unchanged, a page whose own input changed is rendered again alone
/// (with the home pages, extra pages, feeds and search indexes, which are always made again).
struct WebsiteFrame: Equatable, Sendable {
    let site: Site
    let files: [FileSnapshot]
    let extraPaths: [String]
    let ogImages: [String: OGImage]
    let ogCards: [String: OGImage]
    let relative: Bool
    let listed: [ContentPage]
    let firstParagraphs: [String?]

    init(_ input: WebsiteInput) {
        let site = input.site
        self.site = site.with(pages: [], withheld: [])
        files = (site.themeLayers.allFiles + site.staticFiles.map(\.source)).map(FileSnapshot.init)
        extraPaths = input.extraPages.map(\.path).sorted()
        ogImages = input.ogImages
        ogCards = input.ogCards
        relative = input.relativeLinks
        listed = site.pages.map(\.withoutBody)
        // A list shows a page's summary, or when it has none the first paragraph of its body.
        // Free pages are in no list: elsewhere they appear only in the menu, by title.
        firstParagraphs = site.pages.map { $0.summary == nil && $0.kind != .page ? input.bodies[$0.id]?.firstParagraph : nil }
    }
}

extension WebsiteFrame {
    /// True when the two frames differ at most in what lists show of the pages.
    func sameApartFromPages(_ other: WebsiteFrame) -> Bool {
        site == other.site && files == other.files && extraPaths == other.extraPaths && ogImages == other.ogImages
            && ogCards == other.ogCards && relative == other.relative
    }
}

/// A file's path and bytes when a build read it.
struct FileSnapshot: Equatable, Sendable {
    let path: String
    let data: Data?

    init(_ url: URL) {
        path = url.path
        data = FileManager.default.contents(atPath: url.path)
    }
}

/// What one page's own page shows: the page, its rendered body, and whether it is a stale translation.
struct WebsitePageInput: Equatable, Sendable {
    let page: ContentPage
    let body: RenderedMarkdown?
    let stale: Bool
}

/// The website of the last build and what it was made from.
struct WebsiteMemo: Sendable {
    let frame: WebsiteFrame
    let pages: [String: WebsitePageInput]
    let files: [OutputFile]
}

extension SiteBuilder {
    /// The website's files: everything anew, or — with a cache, when the frame (`WebsiteFrame`)
    /// equals the last build's — only the pages whose own input changed, over the previous
    /// build's files. Returns how many content pages were rendered again (nil: all).
    ///
    /// With `early` (`BuildOptions.pagesFirst`), the content pages whose own input changed are
    /// rendered first and handed to it, before the rest of the website: `beacon serve` answers
    /// with them while the lists, feeds and search indexes are made.
    static func websiteFiles(_ input: WebsiteInput, _ renderer: WebsiteRenderer, cache: BuildCache?,
                             early: (@Sendable ([OutputFile]) -> Void)? = nil) throws -> ([OutputFile], Int?) {
        guard let cache else { return (try renderer.render(), nil) }
        let frame = WebsiteFrame(input)
        var pages: [String: WebsitePageInput] = [:]
        pages.reserveCapacity(input.site.pages.count)
        for p in input.site.pages {
            pages[p.id] = WebsitePageInput(page: p, body: input.bodies[p.id], stale: input.staleTranslations.contains(p.id))
        }
        let previous = cache.get("website", as: WebsiteMemo.self)
        let changed = previous.map { previous in Set(pages.filter { previous.pages[$0.key] != $0.value }.map(\.key)) }
        // The changed pages, when few, rendered and handed on before the rest.
        var first: [OutputFile] = []
        if let early, let changed, !changed.isEmpty, changed.count <= 50 {
            first = try renderer.renderContentPages(changed)
            early(first)
        }
        var files: [OutputFile]
        var again: Int?
        if let previous, let changed, previous.frame == frame {
            let fresh = first.isEmpty ? try renderer.render(only: changed) : first + (try renderer.render(only: []))
            again = changed.count
            let replaced = Set(fresh.map(\.path))
            files = previous.files.filter { !replaced.contains($0.path) } + fresh
        } else if let previous, let changed, previous.frame.sameApartFromPages(frame), Set(previous.pages.keys) == Set(pages.keys),
                  let again = showing(changed, before: previous.pages, after: pages) {
            // What lists show of a page changed (its title, date, summary, type…), and no page
            // came or went: every list, home, tag and feed page and the search indexes are made
            // anew; of the content pages, those that show the changed ones (`showing`).
            let urls = SiteURLs(config: input.site.config)
            let kept = Set(input.site.pages.filter { !again.contains($0.id) }.map { SiteURLs.file(for: urls.page($0)) })
            files = try renderer.render(reusing: Set(pages.keys).subtracting(again)) + previous.files.filter { kept.contains($0.path) }
        } else {
            files = try renderer.render()
        }
        cache.set("website", WebsiteMemo(frame: frame, pages: pages, files: files))
        return (files, again)
    }

    /// The content pages (by id) whose page shows something of the `changed` ones: the
    /// changed pages, their translations (the language switch), and the cases of the same
    /// language and fraud type, before and after (the "similar cases" of a case page,
    /// `PageItems.detail`). A content page shows nothing else of another page, except the
    /// free pages in the menu of every page (`LayoutContext`): nil (every page) when a free
    /// page changed.
    static func showing(_ changed: Set<String>, before: [String: WebsitePageInput], after: [String: WebsitePageInput]) -> Set<String>? {
        var out = changed
        var pairs = Set<String>()
        var types = Set<String>()
        for id in changed {
            for page in [before[id]?.page, after[id]?.page].compactMap({ $0 }) {
                if page.kind == .page { return nil }
                pairs.insert(page.translationKey)
                if page.kind == .case, let type = page.fraudType { types.insert("\(page.language.code)/\(type)") }
            }
        }
        for (id, input) in after {
            let page = input.page
            if pairs.contains(page.translationKey) { out.insert(id) }
            if page.kind == .case, let type = page.fraudType, types.contains("\(page.language.code)/\(type)") { out.insert(id) }
        }
        return out
    }

    static let lastThemeKey = "theme.last"

    /// The site's theme, loaded again only when its layers or one of its files changed.
    static func loadTheme(_ layers: ThemeLayers, cache: BuildCache?) throws -> Theme {
        guard let cache else { return try Theme.load(layers) }
        let theme = try BuildCache.reuse(cache, "theme", ThemeSource(layers: layers, files: layers.allFiles.map(FileSnapshot.init))) {
            try Theme.load($0.layers)
        }
        cache.set(lastThemeKey, theme)
        return theme
    }
}

/// What loading a theme reads: its layers and their files.
struct ThemeSource: Equatable, Sendable {
    let layers: ThemeLayers
    let files: [FileSnapshot]
}
