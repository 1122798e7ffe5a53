import BeaconContent
import BeaconCore
import Foundation

/// Renders the whole website: every page in every language, lists, feeds, the search index,
/// the sitemap, robots.txt, 404.html and the theme's static files. Pages render in parallel.
public struct WebsiteRenderer: Sendable {
    let input: WebsiteInput
    let theme: Theme
    let urls: SiteURLs
    let layout: LayoutContext
    let items: PageItems
    /// The lists of `listed(_:language:)`, by kind and language.
    let listedPages = SharedMemo<String, [ContentPage]>()

    var site: Site { input.site }

    public init(input: WebsiteInput, theme: Theme) {
        self.input = input
        self.theme = theme
        urls = SiteURLs(config: input.site.config)
        layout = LayoutContext(site: input.site, urls: urls, extraPaths: Set(input.extraPages.map(\.path)),
                               shared: theme.shared, ogImages: input.ogImages, ogCards: input.ogCards)
        let layout = layout
        items = PageItems(input: input, urls: urls, dates: DateWriter(site: input.site),
                          entry: { layout.listEntry($0, fields: $1, lang: $2) })
    }

    /// Every output file of the website.
    ///
    /// - Parameter only: when given, an edit changed just these pages' own content (by
    ///   `ContentPage.id`) and nothing any other page shows: render those pages, the home pages,
    ///   the extra pages, feeds and search indexes, and leave lists, the sitemap and the static
    ///   files to the previous build.
    /// - Parameter reusing: content pages (by id) whose files the previous build made and
    ///   nothing they show changed (`beacon serve`): they are not rendered, only listed in the sitemap.
    public func render(only: Set<String>? = nil, reusing: Set<String> = []) throws -> [OutputFile] {
        if only == nil { prepareListed() }
        var jobs: [() throws -> RenderedPage] = []
        var reused = Set<Int>()
        for lang in site.config.languages {
            for p in site.pages where p.language == lang && (only?.contains(p.id) ?? true) {
                if reusing.contains(p.id) {
                    reused.insert(jobs.count)
                    jobs.append { self.contentEntry(p) }
                } else {
                    jobs.append { try self.contentPage(p) }
                }
            }
            if only == nil {
                jobs += listJobs(lang)
                jobs += tagJobs(lang)
                jobs.append { try self.searchPage(lang) }
            }
            jobs.append { try self.home(lang) }
        }
        for extra in input.extraPages { jobs.append { try self.extraPage(extra) } }
        let reusedJobs = reused
        // Each language's feed and search index run among the pages, first (they are the longest
        // jobs), so both cores finish together; each page becomes its output file on its core.
        let languages = site.config.languages
        let results = ParallelMap.map(Array(0..<(languages.count + jobs.count))) { i -> Result<([OutputFile], RenderedPage?), Error> in
            if i < languages.count { return .success((feedAndSearch(languages[i]), nil)) }
            return Result {
                let page = try jobs[i - languages.count]()
                if reusedJobs.contains(i - languages.count) { return ([], page) }
                let file = OutputFile(path: SiteURLs.file(for: page.path), text: page.html)
                return ([input.stream?(file) ?? file], page.withoutHTML)
            }
        }
        var files: [OutputFile] = []
        files.reserveCapacity(jobs.count + 2 * languages.count)
        var pages: [RenderedPage] = []
        pages.reserveCapacity(jobs.count)
        let problems = DiagnosticCollector()
        for r in results.dropFirst(languages.count) {
            switch r {
            case .success(let (f, page)): files += f; if let page { pages.append(page) }
            case .failure(let e): problems.capture { throw e }
            }
        }
        try problems.throwIfErrors()
        if only == nil { try checkUniquePaths(pages) }
        for case .success(let (f, _)) in results.prefix(languages.count) { files += f }
        guard only == nil else { return files }
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.render(pages, urls: urls)))
        files.append(OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n\nSitemap: \(urls.absolute("/sitemap.xml"))\n"))
        files.append(try notFound())
        for file in theme.staticFiles {
            files.append(OutputFile(path: "assets/" + file.path, data: try Data(contentsOf: file.source)))
        }
        let generated = Set(files.map(\.path))
        for file in site.staticFiles {
            if generated.contains(file.path) {
                throw Diagnostic.error("static/" + file.path, "This file would replace the page or file Beacon makes at /\(file.path).",
                                       hint: "Move it into a folder of its own under static/, e.g. static/files/.")
            }
            files.append(OutputFile(path: file.path, data: try Data(contentsOf: file.source)))
        }
        return files
    }

    /// The pages of these content pages alone (by `ContentPage.id`), nothing else: what
    /// `beacon serve` answers with first after a save, before the rest of the website.
    public func renderContentPages(_ ids: Set<String>) throws -> [OutputFile] {
        try site.pages.filter { ids.contains($0.id) }.map { p in
            let page = try contentPage(p)
            return OutputFile(path: SiteURLs.file(for: page.path), text: page.html)
        }
    }

    /// One language's Atom feed and search index.
    func feedAndSearch(_ lang: Language) -> [OutputFile] {
        let feed = OutputFile(path: SiteURLs.file(for: urls.feed(lang)), text: AtomFeed(items: items, urls: urls).render(lang, listed: listed(nil, language: lang)))
        let path = String(urls.search(lang).dropFirst()) + "index.js"
        let pages = site.pages.filter { $0.language == lang }
        let relativeTo = input.relativeLinks ? SiteURLs.file(for: urls.search(lang)) : nil
        // Written to its file as it is made, so tens of megabytes of index are never held.
        if let streamed = input.streamPieces?(path, { SearchIndex.write(pages: pages, items: items, relativeTo: relativeTo, to: $0) }) {
            return [input.stream?(feed) ?? feed, streamed]
        }
        let search = OutputFile(path: path, data: SearchIndex.build(pages: pages, items: items, relativeTo: relativeTo))
        return [input.stream?(feed) ?? feed, input.stream?(search) ?? search]
    }

    /// Two pages at one address would overwrite each other; say which.
    func checkUniquePaths(_ pages: [RenderedPage]) throws {
        var seen = Set<String>()
        for p in pages where !seen.insert(p.path).inserted {
            throw Diagnostic.error(nil, "Two pages would be written to \(p.path).",
                                   hint: "Rename one of the pages (a free page's slug may not repeat a section name).")
        }
    }

    /// Renders a template inside the layout.
    func page(_ template: String, lang: Language, path: String, title: String, description: String?, section: String,
              alternates: [String: String], fallback: (Language) -> String, ogType: String = "website",
              values: TemplateMap, lastModified: Day? = nil, inSitemap: Bool = true) throws -> RenderedPage {
        try page(template, lang: lang, path: path, title: title, description: description, section: section,
                 alternates: alternates, fallback: fallback, ogType: ogType, body: MustacheNode(values),
                 lastModified: lastModified, inSitemap: inSitemap)
    }

    /// Renders a template inside the layout, with the page's values already made for the templates.
    func page(_ template: String, lang: Language, path: String, title: String, description: String?, section: String,
              alternates: [String: String], fallback: (Language) -> String, ogType: String = "website",
              body: MustacheNode, lastModified: Day? = nil, inSitemap: Bool = true) throws -> RenderedPage {
        // The page's values are both `body` and part of `page`.
        var ctx = layout.make(lang: lang, path: path, title: title, description: description, section: section,
                              alternates: alternates, fallback: fallback, ogType: ogType, page: body.values)
        ctx["body"] = .node(body)
        return RenderedPage(path: path, html: try theme.render(template, ctx), alternates: alternates,
                            lastModified: lastModified, inSitemap: inSitemap)
    }

    /// The same path in every language, for pages that exist in all of them.
    func everyLanguage(_ make: (Language) -> String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: site.config.languages.map { ($0.code, make($0)) })
    }
}
