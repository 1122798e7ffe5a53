import BeaconContent
import BeaconCore
import BeaconMarkdown
import BeaconPrivacy
import BeaconSite
import Foundation

extension SiteBuilder {
    /// The build, in order. Each part adds its step here.
    func steps() -> [BuildStep] {
        var steps = [BuildStep(name: "Loading the site", run: load),
                     BuildStep(name: "Checking for personal data", run: checkPersonalData),
                     BuildStep(name: "Reading statistics", run: loadStatistics),
                     BuildStep(name: "Rendering Markdown", run: renderMarkdown)]
        if options.parts.contains(.led) { steps.append(BuildStep(name: "Making LED board programs", run: makeLEDPrograms)) }
        if options.parts.contains(.leaflets) { steps.append(BuildStep(name: "Typesetting leaflets", run: makeLeaflets)) }
        if options.parts.contains(.banners) { steps.append(BuildStep(name: "Typesetting banners", run: makeBanners)) }
        if options.parts.contains(.website) {
            steps.append(BuildStep(name: "Making the share kit", run: makeShareKit))
            steps.append(BuildStep(name: "Rendering the website", run: renderWebsite))
        }
        if options.relative && options.parts.contains(.website) { steps.append(BuildStep(name: "Making links relative", run: makeLinksRelative)) }
        if options.write { steps.append(BuildStep(name: "Writing \(options.outputDir.lastPathComponent)/", run: writeOutput)) }
        return steps
    }

    func load() throws -> Message {
        let site = try SiteLoader.load(root: options.siteRoot, options: options.loadOptions, cache: options.cache?.content)
        state.site = site
        state.warnings.add(contentsOf: SiteFiles.unread(root: options.siteRoot))
        state.placeholders = checkPlaceholders(site)
        reportHeldBack(site)
        let counts = site.config.languages.map { lang in "\(site.pages.filter { $0.language == lang }.count) \(lang.code)" }
        return "\(counts.joined(separator: ", ")) content files"
    }

    /// SPEC §9: anything that looks like an ID, phone or card number or a victim's full name
    /// fails the build, named by file and line and shown masked.
    func checkPersonalData() throws -> Message {
        guard let site = state.site else { return "" }
        let texts = site.publishedTexts()
        let problems = ParallelMap.map(texts) { PrivacyGuard.scan($0) }.flatMap { $0 }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return "\(texts.count) texts, nothing found"
    }

    func renderMarkdown() throws -> Message {
        guard let site = state.site else { return "" }
        let links = LinkResolution(site: site)
        let renderer = MarkdownRenderer(unsafeHTML: site.config.unsafeHTML, basePath: site.config.basePath,
                                        resolveLink: { try links.resolve($0, $1, $2) }, shortcodes: state.shortcodes)
        let cache = options.cache
        let epoch = cache == nil ? 0 : markdownEpoch(site)
        let memo = cache?.read { $0.markdownEpoch == epoch ? $0.markdown : [:] } ?? [:]
        let results = ParallelMap.map(site.pages) { page -> (RenderedMarkdown, [Diagnostic], Int) in
            let key = cache == nil ? 0 : Self.markdownKey(page)
            if let hit = memo[page.id], hit.key == key { return (hit.output, hit.problems, key) }
            let (out, problems) = renderer.render(page.body, file: page.sourcePath, firstLine: page.bodyLine,
                                                  language: page.language,
                                                  date: page.date)
            return (out, problems, key)
        }
        let problems = DiagnosticCollector()
        problems.add(contentsOf: state.placeholders)
        var fresh: [String: (key: Int, output: RenderedMarkdown, problems: [Diagnostic])] = [:]
        for (page, (rendered, diagnostics, key)) in zip(site.pages, results) {
            state.bodies[page.id] = rendered
            problems.add(contentsOf: diagnostics)
            fresh[page.id] = (key, rendered, diagnostics)
        }
        cache?.update { $0.markdownEpoch = epoch; $0.markdown = fresh }
        state.warnings.add(contentsOf: problems.warnings)
        try problems.throwIfErrors()
        return "\(site.pages.count) pages"
    }

    func renderWebsite() throws -> Message {
        guard let site = state.site else { return "" }
        let theme = try Theme.load(site.themeLayers)
        var input = WebsiteInput(site: site, bodies: state.bodies, extraPages: state.extraPages,
                                 homeExtras: state.homeExtras, formatMoney: state.formatMoney)
        input.ogImages = state.ogImages
        input.ogCards = state.ogCards
        let stale = StaleTranslation.find(site)
        state.staleTranslations = Set(stale.map { (s: StaleTranslation) in s.page.id })
        input.staleTranslations = state.staleTranslations
        input.formatApproxMoney = state.formatApproxMoney
        input.relativeLinks = options.relative
        input.stream = streamToStaging()
        state.warnings.add(contentsOf: stale.map { $0.warning() })
        let files: [OutputFile]
        do { files = try renderWebsiteFiles(site, WebsiteRenderer(input: input, theme: theme)) } catch { state.staging?.discard(); throw error }
        let broken = PathLinkCheck(site: site, outputs: Set((state.files + files).map { (f: OutputFile) in f.path })).run(bodies: state.bodies)
        if !broken.isEmpty {
            state.staging?.discard()
            // Kept for `beacon check`, which goes on to its own checks; a failed build writes nothing.
            state.files += files
            throw BuildFailure(broken)
        }
        for lang in site.config.languages {
            let prefix = lang.isDefault ? nil : "\(lang.code)/"
            state.pagesPerLanguage[lang.code] = files.filter { f in
                f.path.hasSuffix(".html") && f.path != "404.html"
                    && (prefix.map { f.path.hasPrefix($0) } ?? !site.config.languages.contains { !$0.isDefault && f.path.hasPrefix("\($0.code)/") })
            }.count
        }
        state.files += files
        let again: Message = state.pagesRenderedAgain.map { " (\($0) content page(s) rendered again, the rest reused)" } ?? ""
        let pages = state.pagesPerLanguage.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        return "\(pages) pages\(again)"
    }

    /// `--relative`: every HTML file's internal addresses relative to it (SPEC §5).
    func makeLinksRelative() throws -> Message {
        guard let site = state.site else { return "" }
        state.files = RelativeLinks.rewrite(state.files, basePath: site.config.basePath)
        return "\(state.files.filter { $0.path.hasSuffix(".html") }.count) pages"
    }

    func writeOutput() throws -> Message {
        try (state.staging ?? StagingFolder(output: options.outputDir, siteRoot: options.siteRoot)).finish(state.files)
        if let site = state.site { TranslationSources.saveUpToDate(site) }
        return "\(state.files.count) files"
    }
}
