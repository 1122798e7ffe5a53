import BeaconContent
import BeaconCore
import BeaconMarkdown
import BeaconSite
import Foundation

/// The website's files and how many pages each language got.
struct WebsiteOutput: StepOutput, Sendable {
    let files: [OutputFile]
    let pagesPerLanguage: [String: Int]
    /// Content pages rendered again when the rest of the website came from the cache; nil for a full render.
    let pagesRenderedAgain: Int?
    /// The stale-translation notices.
    let warnings: [Diagnostic]
    /// `/path/` links to no page (SPEC §10).
    let failure: [Diagnostic]
    /// Where the pages were written as they were rendered (a build that writes); their
    /// `files` then keep only their paths. The write step finishes it.
    var staging: StagingFolder?
    /// The renderer, in a build without a cache: let go with the builder's outputs rather than
    /// at the end of this step, where freeing its lists of pages took some 70 ms of CPU on one
    /// core for 11,000 files (perf; a build from the command line never lets go of them, `BuildCommand`).
    var renderer: WebsiteRenderer?

    var detail: Message {
        let again: Message = pagesRenderedAgain.map { " (\($0) content page(s) rendered again, the rest reused)" } ?? ""
        let pages = pagesPerLanguage.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        return "\(pages) pages\(again)"
    }
}

/// What the other steps hand the website: pages for it to wrap in the theme, files it must
/// not link past, and the link-preview pictures.
struct WebsiteParts: Sendable {
    let stats: CheckedStats
    var extraPages: [ExtraPage]
    /// Files made by the steps before the website (LED, leaflets, banners, share kit).
    var files: [OutputFile] = []
    var ogImages: [String: OGImage] = [:]
    var ogCards: [String: OGImage] = [:]

    init(stats: CheckedStats) {
        self.stats = stats
        extraPages = stats.extraPages
    }

    mutating func add(files: [OutputFile], pages: [ExtraPage]) {
        self.files += files
        extraPages += pages
    }
}

extension SiteBuilder {
    static func renderWebsite(_ site: Site, bodies: RenderedBodies, parts: WebsiteParts, options: BuildOptions) throws -> WebsiteOutput {
        let theme = try loadTheme(site.themeLayers, cache: options.cache)
        let stale = StaleTranslation.find(site)
        var input = websiteInput(site, bodies: bodies.bodies, parts: parts, stale: Set(stale.map { (s: StaleTranslation) in s.page.id }),
                                 options: options)
        let streaming = streamToStaging(options, earlier: parts.files)
        input.stream = streaming?.stream
        input.streamPieces = streaming.map { streamPieces(to: $0.staging) }
        let renderer = WebsiteRenderer(input: input, theme: theme)
        let files: [OutputFile]
        let again: Int?
        do {
            (files, again) = try websiteFiles(input, renderer, cache: options.cache,
                                              early: options.pagesFirst)
        } catch {
            streaming?.staging.discard()
            throw error
        }
        let broken = PathLinkCheck(site: site, outputs: Set((parts.files + files).map { (f: OutputFile) in f.path })).run(bodies: bodies.bodies)
        if !broken.isEmpty { streaming?.staging.discard() }
        var perLanguage: [String: Int] = [:]
        if broken.isEmpty {
            for lang in site.config.languages {
                let prefix = lang.isDefault ? nil : "\(lang.code)/"
                perLanguage[lang.code] = files.count { f in
                    f.path.hasSuffix(".html") && f.path != "404.html"
                        && (prefix.map { f.path.hasPrefix($0) } ?? !site.config.languages.contains { !$0.isDefault && f.path.hasPrefix("\($0.code)/") })
                }
            }
        }
        // With broken links the files are kept all the same, for `beacon check`, which goes on
        // to its own checks; a failed build writes nothing.
        return WebsiteOutput(files: files, pagesPerLanguage: perLanguage, pagesRenderedAgain: again,
                             warnings: stale.map { $0.warning() }, failure: broken, staging: broken.isEmpty ? streaming?.staging : nil,
                             renderer: options.cache == nil ? renderer : nil)
    }
}

extension SiteBuilder {
    /// What the website is shown of the site and of the other steps' values.
    static func websiteInput(_ site: Site, bodies: [String: RenderedMarkdown], parts: WebsiteParts, stale: Set<String>,
                             options: BuildOptions) -> WebsiteInput {
        // The website shows nothing of the pages held back, and shows leaflets and banners
        // only as the pages their steps made.
        let shown = site.with(pages: site.pages, withheld: [], leafletSources: [], bannerSources: [])
        var input = WebsiteInput(site: shown, bodies: bodies, extraPages: parts.extraPages,
                                 homeExtras: parts.stats.homeExtras, money: parts.stats.figures.money)
        input.ogImages = parts.ogImages
        input.ogCards = parts.ogCards
        input.staleTranslations = stale
        input.relativeLinks = options.relative
        return input
    }
}

/// The files a step after the website rewrote: every HTML file's internal addresses relative to it.
struct RelativeOutput: StepOutput, Sendable {
    let files: [OutputFile]
    var detail: Message { "\(files.filter { $0.path.hasSuffix(".html") }.count) pages" }
}

/// The files written to the output folder.
struct WrittenOutput: StepOutput, Sendable {
    let count: Int
    var detail: Message { "\(count) files" }
}

extension SiteBuilder {
    /// `--relative`: every HTML file's internal addresses relative to it (SPEC §5).
    static func makeLinksRelative(_ files: [OutputFile], basePath: String) -> RelativeOutput {
        RelativeOutput(files: RelativeLinks.rewrite(files, basePath: basePath))
    }

    /// The write step: the files not written yet go into the staging folder (the website's, or
    /// a new one), which then replaces the output folder.
    static func writeOutput(_ files: [OutputFile], site: Site, staging: StagingFolder?, options: BuildOptions) throws -> WrittenOutput {
        try (staging ?? StagingFolder(output: options.outputDir, siteRoot: options.siteRoot)).finish(files)
        TranslationSources.saveUpToDate(site)
        return WrittenOutput(count: files.count)
    }
}
