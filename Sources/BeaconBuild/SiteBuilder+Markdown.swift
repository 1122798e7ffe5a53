import BeaconContent
import BeaconCore
import BeaconMarkdown

/// Every page's body rendered, by page id.
struct RenderedBodies: StepOutput, Sendable {
    let bodies: [String: RenderedMarkdown]
    let pages: Int
    let warnings: [Diagnostic]
    let failure: [Diagnostic]
    var detail: Message { "\(pages) pages" }
}

/// What the Markdown step reads of one page.
struct MarkdownSource: Hashable, Sendable {
    let body: String
    let file: String
    let firstLine: Int
    let language: Language
    let date: Day?
    /// Also the block model leaflets print: for cases, on a site that has leaflets.
    let withBlocks: Bool

    init(_ page: ContentPage, in site: Site) {
        body = page.body
        file = page.sourcePath
        firstLine = page.bodyLine
        language = page.language
        date = page.date
        // Nothing but a leaflet reads the blocks, which were a tenth of an 11,000-file build's memory.
        withBlocks = page.kind == .case && !site.leafletSources.isEmpty
    }
}

extension RenderedBodies {
    /// The bodies without the block model, which only the leaflets step reads: a build that
    /// writes once lets go of it after that step.
    var withoutBlocks: RenderedBodies {
        guard bodies.values.contains(where: { !$0.blocks.isEmpty }) else { return self }
        return RenderedBodies(bodies: bodies.mapValues { body in
            var lighter = body
            lighter.blocks = []
            return lighter
        }, pages: pages, warnings: warnings, failure: failure)
    }
}

extension ContentPage {
    /// The page as a link to it sees it: where it is and which pair it belongs to, nothing of
    /// what it says.
    var asLinkTarget: ContentPage {
        ContentPage(kind: kind, slug: slug, language: language, sourcePath: sourcePath,
                    translationKey: translationKey, title: "", body: "", bodyLine: 0)
    }

    /// The page without its Markdown body, for a step that shows nothing of it.
    var withoutBody: ContentPage {
        var p = self
        p.body = ""
        return p
    }

    /// The page with only these lines of its Markdown (numbered as in the file), every other
    /// line left empty so each kept one keeps its number: all that quoting a line of it needs
    /// (`Diagnostic.excerpt`). Lines after the last kept one are dropped.
    func keepingOnly(lines: Set<Int>) -> ContentPage {
        var p = self
        guard let last = lines.max() else { return withoutBody }
        var kept: [UInt8] = []
        var body = body
        body.withUTF8 { b in
            var number = bodyLine
            var start = 0
            // A line feed is always a character of its own, so lines split at its byte are the
            // lines `String.line` counts.
            while number <= last, start < b.count {
                var end = start
                while end < b.count, b[end] != 0x0A { end += 1 }
                if lines.contains(number) { kept.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<end])) }
                if end == b.count { break }
                kept.append(0x0A)
                number += 1
                start = end + 1
            }
        }
        p.body = String(decoding: kept, as: UTF8.self)
        return p
    }
}

extension Site {
    /// The site without the Markdown of its pages, apart from what is read after the Markdown
    /// step: the bodies of default-language pages that a translation records a
    /// `translation_of:` hash of (the website step finds stale translations by them, the write
    /// step saves them, `TranslationSources`), and the lines of links written as a path
    /// (`PathLinkCheck` quotes the line of one that leads nowhere). Keeping the whole body of
    /// every page with such a link held 27 MB of Markdown to the end of an 11,000-file build
    /// whose pages all link so.
    func withoutSources(_ bodies: [String: RenderedMarkdown]) -> Site {
        let defaultLanguage = config.defaultLanguage
        var kept = Set<String>()
        for page in pages {
            guard !page.language.isDefault, page.translationOf != nil,
                  let source = self.page(key: page.translationKey, language: defaultLanguage) else { continue }
            kept.insert(source.id)
        }
        // On all cores: between two steps, one core alone took some 80 ms of CPU for 11,000 pages (perf).
        return with(pages: ParallelMap.map(pages) { page in
            if kept.contains(page.id) { return page }
            guard let links = bodies[page.id]?.pathLinks, !links.isEmpty else { return page.withoutBody }
            return page.keepingOnly(lines: Set(links.map(\.line)))
        }, withheld: withheld.map(\.withoutBody))
    }
}

extension SiteBuilder {
    /// The Markdown step. A body's HTML depends on its own source and on what every body
    /// shares: the pages links can lead to (`asLinkTarget`), the settings, and the statistics
    /// the shortcodes show (made from the site's stats sources, settings and strings, all
    /// part of `shared`); slogans, leaflets, banners and static files are left out of it.
    static func renderMarkdown(_ site: Site, stats: CheckedStats, placeholders: [Diagnostic], cache: BuildCache?) -> RenderedBodies {
        let (shared, renderer) = markdownRenderer(site, stats: stats)
        let results = BuildCache.reuseEach(cache, "markdown", shared: shared, site.pages.map { ($0.id, MarkdownSource($0, in: site)) }) { source in
            let (out, problems) = renderer.render(source.body, file: source.file, firstLine: source.firstLine,
                                                  language: source.language, date: source.date,
                                                  withBlocks: source.withBlocks)
            return Rendered(output: out, problems: problems)
        }
        let problems = DiagnosticCollector()
        problems.add(contentsOf: placeholders)
        var bodies: [String: RenderedMarkdown] = [:]
        bodies.reserveCapacity(site.pages.count)
        for (page, rendered) in zip(site.pages, results) {
            bodies[page.id] = rendered.output
            problems.add(contentsOf: rendered.problems)
        }
        return RenderedBodies(bodies: bodies, pages: site.pages.count, warnings: problems.warnings,
                              failure: problems.hasErrors ? problems.all : [])
    }

    /// What every body's HTML depends on besides its own source (see `renderMarkdown`), and
    /// the renderer made from it.
    static func markdownRenderer(_ site: Site, stats: CheckedStats) -> (shared: Site, renderer: MarkdownRenderer) {
        let shared = site.with(pages: site.pages.map(\.asLinkTarget), withheld: site.withheld.map(\.asLinkTarget),
                               slogans: [], leafletSources: [], bannerSources: [], staticFiles: [])
        let links = LinkResolution(site: shared)
        return (shared, MarkdownRenderer(unsafeHTML: shared.config.unsafeHTML, basePath: shared.config.basePath,
                                         resolveLink: { try links.resolve($0, $1, $2) }, shortcodes: stats.shortcodes))
    }

    /// One body's HTML and the problems found in it.
    struct Rendered: Sendable {
        let output: RenderedMarkdown
        let problems: [Diagnostic]
    }
}
