import BeaconContent
import BeaconCore
import BeaconMarkdown
import BeaconPrivacy
import BeaconSite
import Foundation

/// What the last good build of `beacon serve` handed its website step: enough to render one
/// edited page again without going through the whole site (`SiteBuilder.quickPages`).
struct QuickBase: Sendable {
    static let key = "quick-base"
    let site: Site
    let stats: CheckedStats
    let bodies: [String: RenderedMarkdown]
    let parts: WebsiteParts
    let theme: Theme

    /// Keeps a good build's values (with the theme its website step used) for the next save.
    static func keep(_ cache: BuildCache, site: Site, stats: CheckedStats, bodies: [String: RenderedMarkdown], parts: WebsiteParts) {
        guard let theme = cache.get(SiteBuilder.lastThemeKey, as: Theme.self) else { return }
        cache.set(key, QuickBase?(QuickBase(site: site, stats: stats, bodies: bodies, parts: parts, theme: theme)))
    }
}

extension SiteBuilder {
    /// The pages of content files a save changed, rendered over the last good build, before
    /// the build itself (`beacon serve`): a save's page is answered in the time one page
    /// takes, whatever the size of the site. The build that follows makes everything else
    /// and serves the same page again.
    ///
    /// Only for the plain case, and nil for anything else (the build then decides): each
    /// changed file is an existing published page's that still parses without an error,
    /// keeps its address, language and translation, stays published, and passes the
    /// personal-data and placeholder checks; the settings, theme and everything else are
    /// as in the last good build. The page is made by the same functions the build uses.
    public static func quickPages(_ options: BuildOptions, changed: [String]) -> [OutputFile]? {
        guard let cache = options.cache, options.parts.contains(.website), !options.relative, !changed.isEmpty, changed.count <= 8,
              let base = cache.get(QuickBase.key, as: QuickBase?.self) ?? nil,
              base.site.options == options.loadOptions else { return nil }
        let site = base.site
        var replaced: [String: ContentPage] = [:]
        for path in changed {
            guard path.hasSuffix(".md"), let old = site.pages.first(where: { $0.sourcePath == path }) else { return nil }
            let (parsed, problems) = SiteLoader.loadPage(site.root.appendingPathComponent(path), path: path, kind: old.kind,
                                                         config: site.config, cache: cache.content)
            guard let page = parsed, !problems.contains(where: { $0.severity == .error }), page.id == old.id, page.translationKey == old.translationKey,
                  page.sourcePath == old.sourcePath, page.draft == old.draft,
                  (page.embargo(today: site.options.today) == nil) == (old.embargo(today: site.options.today) == nil) else { return nil }
            replaced[page.id] = page
        }
        let edited = site.pages.compactMap { replaced[$0.id] }
        let newSite = site.with(pages: site.pages.map { replaced[$0.id] ?? $0 }, withheld: site.withheld)

        // The checks the build makes of these pages: personal data and placeholders.
        let texts = newSite.with(pages: edited, withheld: [], slogans: [], leafletSources: [], bannerSources: [], staticFiles: [])
            .publishedTexts().filter { changed.contains($0.file) }
        guard texts.allSatisfy({ PrivacyGuard.scan($0).isEmpty }) else { return nil }
        let placeholders = Placeholders(dirs: site.themeLayers.folders.map { $0.appendingPathComponent("archetypes") })
        guard edited.allSatisfy({ $0.draft || placeholders.problems(in: $0).isEmpty }) else { return nil }

        // Their bodies, as the Markdown step renders them.
        let (_, renderer) = markdownRenderer(newSite, stats: base.stats)
        var bodies = base.bodies
        for page in edited {
            let source = MarkdownSource(page, in: newSite)
            let (out, problems) = renderer.render(source.body, file: source.file, firstLine: source.firstLine,
                                                  language: source.language, date: source.date, withBlocks: source.withBlocks)
            guard !problems.contains(where: { $0.severity == .error }) else { return nil }
            bodies[page.id] = out
        }

        // Their pages, as the website step renders them.
        let pairs = Set(edited.map(\.translationKey))
        let stale = StaleTranslation.find(newSite.with(pages: newSite.pages.filter { pairs.contains($0.translationKey) },
                                                      withheld: []))
        let input = websiteInput(newSite, bodies: bodies, parts: base.parts, stale: Set(stale.map { $0.page.id }), options: options)
        return try? WebsiteRenderer(input: input, theme: base.theme).renderContentPages(Set(replaced.keys))
    }
}
