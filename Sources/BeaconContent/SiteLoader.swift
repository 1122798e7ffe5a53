import BeaconCore
import Foundation

/// Reads a whole site folder: `site.yaml`, the theme's strings, every content file (in
/// parallel), slogans, and the raw statistics and leaflet files. Problems from all files are
/// collected and thrown together.
public enum SiteLoader {
    /// Page slugs that would collide with the site's own sections.
    public static let reservedSlugs: Set<String> = ["bulletins", "cases", "types", "stats", "search", "led", "leaflets", "banners",
                                                    "tags", "page", "assets", "feed", "sitemap", "404", "robots"]

    /// - Parameter cache: parsed files from an earlier build in this process, reused when a
    ///   file's bytes are the same (`beacon serve`).
    public static func load(root: URL, options: LoadOptions = LoadOptions(), cache: ContentCache? = nil) throws -> Site {
        let loaded = try loadGoingOn(root: root, options: options, cache: cache)
        if loaded.problems.contains(where: { $0.severity == .error }) { throw BuildFailure(loaded.problems) }
        return loaded.site
    }

    /// Like `load`, but when the only errors are in content files that could still be read (an
    /// unknown key, a bad date, a fraud type not in site.yaml), returns the site as far as it
    /// loaded with those problems, so the build can go on checking the rest (statistics,
    /// personal data, links) and a clerk sees every problem in one round. Throws when the
    /// site itself is wrong (site.yaml, the theme, slogans, static files) or a content file
    /// could not be read at all (its links would otherwise be reported as dead).
    public static func loadGoingOn(root: URL, options: LoadOptions = LoadOptions(), cache: ContentCache? = nil) throws
        -> (site: Site, problems: [Diagnostic]) {
        let root = root.standardizedFileURL
        let problems = DiagnosticCollector()
        let configURL = root.appendingPathComponent("site.yaml")
        guard FileManager.default.fileExists(atPath: configURL.path) else {
            throw BuildFailure([.error("site.yaml", "There is no site.yaml in \(root.path), so this folder is not a Beacon site.",
                                      hint: "Run Beacon in the site's folder, pass `--site DIR`, or create a site with `beacon new site DIR`.")])
        }
        let configSource = try SourceText.read(configURL, path: "site.yaml")
        cache?.use(config: configSource.text + "\n#base_url=\(options.baseURL ?? "")#preview=\(options.previewBaseURL ?? "")")
        let config = try SiteConfig.load(configSource, baseURLOverride: options.baseURL, previewBaseURL: options.previewBaseURL)
        let codes = config.languageCodes

        // The site's own theme folder over the default built into Beacon. A theme other than
        // `default` must have its folder (a misspelt name would otherwise go unnoticed); it
        // holds only the files that differ from the default.
        let themeLayers = ThemeLayers(name: config.theme, siteRoot: root, base: options.builtinTheme)
        var strings = ThemeStrings(byLanguage: [:])
        if themeLayers.folders.isEmpty || (config.theme != "default" && !themeLayers.hasOwn) {
            problems.add(.error("site.yaml", line: config.root?["theme"]?.line, "The theme `\(config.theme)` does not exist: there is no folder themes/\(config.theme)/.",
                                hint: "Set `theme: default` (or remove `theme:`) to use the theme built into Beacon, or create themes/\(config.theme)/ with the files you change (`beacon theme override FILE`)."))
        } else if let s = problems.capture({ try ThemeStrings.load(themeLayers, languages: config.languages, area: AreaWording(config: config)) }) {
            strings = s
        }

        let content = root.appendingPathComponent("content")
        var jobs: [(URL, String, ContentKind)] = []
        for kind in ContentKind.allCases {
            for (url, rel) in SiteFiles.list(content.appendingPathComponent(kind.folder), root: root, ext: "md", problems: problems) {
                jobs.append((url, rel, kind))
            }
        }
        let readPages = ParallelMap.map(jobs) { (url, rel, kind) -> ContentPage? in
            let (page, found) = loadPage(url, path: rel, kind: kind, config: config, cache: cache)
            problems.add(contentsOf: found)
            return page
        }
        let parsed = readPages.compactMap { $0 }
        // The problems so far that are not in a content file that was read: they stop the build here.
        let contentPaths = Set(parsed.map(\.sourcePath))

        // Two pages at one address: nothing can go on from there (kept apart to tell).
        let clashes = DiagnosticCollector()
        checkDuplicates(parsed, languages: codes, problems: clashes)
        problems.add(contentsOf: clashes.all)
        var published: [ContentPage] = []
        var withheld: [ContentPage] = []
        for page in parsed {
            let embargoed = page.embargo(today: options.today) != nil
            if (page.draft && !options.drafts) || (embargoed && !options.future) { withheld.append(page) } else { published.append(page) }
        }
        // A translation follows its original: when the default-language file of a pair is held
        // back, its translations are too, or the story would go out in English alone.
        let heldOriginals = Set(withheld.filter { $0.language == config.defaultLanguage }.map(\.translationKey))
        if !heldOriginals.isEmpty {
            withheld += published.filter { heldOriginals.contains($0.translationKey) }
            published.removeAll { heldOriginals.contains($0.translationKey) }
        }
        published.sort { ($0.kind.folder, $0.slug, $0.language.code) < ($1.kind.folder, $1.slug, $1.language.code) }

        var slogans: [Slogan] = []
        let sloganURL = content.appendingPathComponent("slogans.yaml")
        if FileManager.default.fileExists(atPath: sloganURL.path) {
            slogans = problems.capture { try Slogan.load(try SourceText.read(sloganURL, path: Slogan.path), languages: codes) } ?? []
        }
        func yamlSources(_ folder: String) -> [SourceText] {
            SiteFiles.list(content.appendingPathComponent(folder), root: root, ext: "yaml", problems: problems)
                .compactMap { (url, rel) in problems.capture { try SourceText.read(url, path: rel) } }
        }
        let stats = yamlSources("stats")
        let leaflets = yamlSources("leaflets")
        let banners = yamlSources("banners")
        let staticDir = root.appendingPathComponent("static")
        let staticFiles = SiteFiles.list(staticDir, root: root, ext: nil, problems: problems)
            .map { (source: $0.0, path: relative($0.0, to: staticDir)) }
        if let emblem = config.themeOptions.emblem, !staticFiles.contains(where: { $0.path == emblem }) {
            var hint: Message = "Put the image at static/\(emblem), or correct the path (it is relative to static/)."
            if let near = NearestName.suggest(emblem, among: staticFiles.map(\.path)) { hint = "Did you mean `\(near)`?" }
            problems.add(config.themeOptions.emblemValue?.error("The emblem static/\(emblem) does not exist.", hint: hint)
                         ?? .error("site.yaml", "The emblem static/\(emblem) does not exist.", hint: hint))
        }
        let found = problems.all
        let errors = found.filter { $0.severity == .error }
        if parsed.count < jobs.count || clashes.hasErrors || errors.contains(where: { !contentPaths.contains($0.file ?? "") }) {
            try problems.throwIfErrors()
        }
        let site = Site(root: root, config: config, pages: published, withheld: withheld, slogans: slogans, strings: strings,
                    themeLayers: themeLayers, statsSources: stats, leafletSources: leaflets, options: options,
                    staticFiles: staticFiles, bannerSources: banners)
        return (site, found)
    }

    /// One content file of `kind` at `url` (`path` relative to the site), parsed against
    /// `config`, with the problems found in it; from `cache` when the file did not change.
    public static func loadPage(_ url: URL, path rel: String, kind: ContentKind, config: SiteConfig,
                                cache: ContentCache?) -> (ContentPage?, [Diagnostic]) {
        let local = DiagnosticCollector()
        guard let (base, lang) = splitName(url.lastPathComponent, languages: config.languages, path: rel, problems: local) else {
            return (nil, local.all)
        }
        let stamp = cache == nil ? nil : FileStamp(url.path)
        let (hit, data) = cache?.lookup(rel, url: url) ?? (nil, nil)
        if let hit { return (hit.page, hit.problems) }
        var page: ContentPage?
        if let source = local.capture({ try SourceText.read(url, path: rel) }) {
            page = ContentPage.parse(source, kind: kind, baseName: base, language: lang, config: config, problems: local)
        }
        if let data { cache?.store(rel, .init(data: data, page: page, problems: local.all, stamp: stamp)) }
        return (page, local.all)
    }

    /// `task-rebate.en.md` → (`task-rebate`, `en`); no suffix → the default language.
    static func splitName(_ name: String, languages siteLanguages: [Language], path: String, problems: DiagnosticCollector) -> (String, Language)? {
        let languages = siteLanguages.map(\.code)
        var base = String(name.dropLast(3))
        var lang = siteLanguages[0]
        if let dot = base.lastIndex(of: ".") {
            let suffix = String(base[base.index(after: dot)...])
            if let named = siteLanguages.first(where: { $0.code == suffix }) {
                lang = named
                base = String(base[..<dot])
            } else if let primary = languageTag(suffix) {
                // `zh-CN`, `en-us` (Hugo's habit) or an unknown code: name the site's own code.
                let stem = String(base[..<dot])
                let hint: Message = languages.contains(primary)
                    ? "Rename it to `\(stem).\(primary).md`."
                    : "Rename it to `\(stem).\(NearestName.suggest(primary, among: languages) ?? languages[0]).md`, or add `\(suffix)` to `languages:` in site.yaml."
                problems.add(.error(path, "The file name says its language is `\(suffix)`, which is not one of the site's languages (\(languages.joined(separator: ", "))).",
                                    hint: hint))
                return nil
            }
        }
        return (base, lang)
    }

    /// The primary language of a file-name suffix that looks like a language: `fr`, `zh-CN`,
    /// `en_us`, `zh-Hans` → `fr`, `zh`, `en`, `zh`; nil for anything else (`v2`, `2024`).
    static func languageTag(_ suffix: String) -> String? {
        let parts = suffix.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        if parts.count == 1 { return first == first.lowercased() ? first : nil }
        guard parts.dropFirst().allSatisfy({ (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }) else { return nil }
        return first.lowercased()
    }

    static func checkDuplicates(_ pages: [ContentPage], languages: [String], problems: DiagnosticCollector) {
        var seen: [String: ContentPage] = Dictionary(minimumCapacity: pages.count)
        var versions: [String: ContentPage] = Dictionary(minimumCapacity: pages.count)
        for page in pages.sorted(by: { $0.sourcePath < $1.sourcePath }) {
            let section = page.kind == .page ? "" : page.kind.folder + "/"
            let key = "\(page.language):\(section)\(page.slug)"
            let version = "\(page.language):\(page.translationKey)"
            let suffixed = { (p: ContentPage) in p.sourcePath.hasSuffix(".\(p.language).md") }
            if let first = versions[version], suffixed(first) != suffixed(page) {
                // `privacy.md` and `privacy.zh.md`: a file without a suffix is in the default language.
                let other = languages.first { $0 != page.language.code } ?? page.language.code
                problems.add(.error(page.sourcePath,
                                    "This file and \(first.sourcePath) are both the `\(page.language)` version of the same page (a file without a language suffix is in the default language, `\(languages[0])`).",
                                    hint: "Keep one of them; if one is the translation, name it `\(page.translationKey.split(separator: "/").last ?? "").\(other).md`."))
            } else if let first = seen[key] {
                // Point at the file whose `slug:` made the clash, where only one of them has one.
                let (at, by) = first.keyLines["slug"] != nil && page.keyLines["slug"] == nil ? (first, page) : (page, first)
                problems.add(.error(at.sourcePath, line: at.keyLines["slug"],
                                    "The slug `\(page.slug)` is already used by \(by.sourcePath); both would be published at the same address.",
                                    hint: "Give one of them another file name or a different `slug:`."))
            }
            seen[key] = seen[key] ?? page
            versions[version] = versions[version] ?? page
            // The default language is served at `/`, the others at `/<code>/`: a free page there would replace a language's home.
            let taken = reservedSlugs.contains(page.slug) || (page.language.isDefault && languages.dropFirst().contains(page.slug))
            if page.kind == .page, taken {
                let what: Message = languages.contains(page.slug)
                    ? "The page slug `\(page.slug)` is the address of the `\(page.slug)` language's home page."
                    : "The page slug `\(page.slug)` is the name of one of the site's own sections."
                problems.add(.error(page.sourcePath, line: page.keyLines["slug"], what, hint: "Choose another slug, e.g. `\(page.slug)-info`."))
            }
        }
    }
}
