import BeaconCore
import Foundation

/// Everything read from a site folder, checked and ready for the renderers.
///
/// A site is shared, not copied: its fields live in one object (`Storage`), so a `Site` is a
/// single reference wherever it is kept. The website keeps it in several of its parts and
/// each page's rendering job holds them all: with the fields inline, some four kilobytes a
/// page of 11,000 were copies of the same site.
public struct Site: Sendable, Hashable {
    public var root: URL { storage.fields.root }
    public var config: SiteConfig { storage.fields.config }
    /// Pages that will be published in this build (drafts and embargoed pages left out unless asked for).
    public var pages: [ContentPage] { storage.fields.pages }
    /// Pages left out of this build (drafts, embargoed), kept so links to them can be explained.
    public var withheld: [ContentPage] { storage.fields.withheld }
    public var slogans: [Slogan] { storage.fields.slogans }
    public var strings: ThemeStrings { storage.fields.strings }
    /// `config.languages` resolved with the theme's words and number style, default first: what
    /// the renderers write with (`SiteLanguage`), made once when the site is put together.
    public var languages: [SiteLanguage] { storage.fields.languages }
    /// The theme: the site's own `themes/<theme>/` over the default built into Beacon.
    public var themeLayers: ThemeLayers { storage.fields.themeLayers }
    /// `content/stats/*.yaml`, read by the statistics module.
    public var statsSources: [SourceText] { storage.fields.statsSources }
    /// `content/leaflets/*.yaml`, read by the leaflet module.
    public var leafletSources: [SourceText] { storage.fields.leafletSources }
    /// `content/banners/*.yaml`, read by the banner maker (SPEC §11).
    public var bannerSources: [SourceText] { storage.fields.bannerSources }
    public var options: LoadOptions { storage.fields.options }
    /// The site's own `static/` files (images, documents), published at the same path under
    /// the output folder: `static/images/a.png` → `/images/a.png`.
    public var staticFiles: [StaticFile] { storage.fields.staticFiles }

    /// One file of the site's `static/` folder: where it is, and its path under the output folder.
    public struct StaticFile: Sendable, Hashable {
        public let source: URL
        public let path: String
    }

    /// The site's values, compared and hashed as the site.
    private struct Fields: Sendable, Hashable {
        let root: URL
        let config: SiteConfig
        let pages: [ContentPage]
        let withheld: [ContentPage]
        let slogans: [Slogan]
        let strings: ThemeStrings
        let languages: [SiteLanguage]
        let themeLayers: ThemeLayers
        let statsSources: [SourceText]
        let leafletSources: [SourceText]
        let bannerSources: [SourceText]
        let options: LoadOptions
        let staticFiles: [StaticFile]
        let byKey: [String: [String: Int]]
    }

    /// The one copy of a site's fields, never changed after it is made.
    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private let storage: Storage

    public static func == (a: Site, b: Site) -> Bool { a.storage === b.storage || a.storage.fields == b.storage.fields }
    public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }

    public init(root: URL, config: SiteConfig, pages: [ContentPage], withheld: [ContentPage], slogans: [Slogan],
                strings: ThemeStrings, themeLayers: ThemeLayers, statsSources: [SourceText], leafletSources: [SourceText],
                options: LoadOptions, staticFiles: [(source: URL, path: String)] = [], bannerSources: [SourceText] = []) {
        storage = Storage(Fields(root: root, config: config, pages: pages, withheld: withheld, slogans: slogans, strings: strings,
                                 languages: config.languages.map { SiteLanguage($0, strings: strings) }, themeLayers: themeLayers,
                                 statsSources: statsSources, leafletSources: leafletSources, bannerSources: bannerSources,
                                 options: options, staticFiles: staticFiles.map { StaticFile(source: $0.source, path: $0.path) },
                                 byKey: Self.index(pages)))
    }

    private init(_ fields: Fields) { storage = Storage(fields) }

    /// Where each translation pair's pages are in `pages`: translation key → language code → index.
    private static func index(_ pages: [ContentPage]) -> [String: [String: Int]] {
        var index: [String: [String: Int]] = [:]
        for (i, p) in pages.enumerated() { index[p.translationKey, default: [:]][p.language.code] = i }
        return index
    }

    /// The same site with only `pages` and `withheld` as its content, and without the files
    /// passed as empty: what a build step is shown when it needs less than the whole site
    /// (its cache compares what it was shown). A nil keeps the site's own.
    public func with(pages: [ContentPage], withheld: [ContentPage], slogans: [Slogan]? = nil,
                     leafletSources: [SourceText]? = nil, bannerSources: [SourceText]? = nil,
                     staticFiles: [StaticFile]? = nil) -> Site {
        let own = storage.fields
        // The same pages in the same order (a step that drops their bodies, or shows them all)
        // keep the site's index of translation pairs: made anew for 11,000 pages, on one core
        // between steps, it was most of the time this took. The languages' words are the same too.
        let samePairs = pages.count == own.pages.count
            && zip(pages, own.pages).allSatisfy { $0.translationKey == $1.translationKey && $0.language == $1.language }
        return Site(Fields(root: own.root, config: own.config, pages: pages, withheld: withheld, slogans: slogans ?? own.slogans,
                           strings: own.strings, languages: own.languages, themeLayers: own.themeLayers, statsSources: own.statsSources,
                           leafletSources: leafletSources ?? own.leafletSources, bannerSources: bannerSources ?? own.bannerSources,
                           options: own.options, staticFiles: staticFiles ?? own.staticFiles,
                           byKey: samePairs ? own.byKey : Self.index(pages)))
    }

    /// The page of translation pair `key` (`cases/task-rebate`) in `language`.
    public func page(key: String, language: Language) -> ContentPage? {
        storage.fields.byKey[key]?[language.code].map { pages[$0] }
    }

    /// The page of `kind` published at `slug` (in any language), in `language`. A `slug:` in
    /// front matter may differ from the file name that pairs translations, so the pair is
    /// found through the slug, the default language's file first.
    public func page(_ kind: ContentKind, slug: String, language: Language) -> ContentPage? {
        let order = config.languages
        let owner = pages.filter { $0.kind == kind && $0.slug == slug }
            .min { (order.firstIndex(of: $0.language) ?? order.count) < (order.firstIndex(of: $1.language) ?? order.count) }
        return owner.flatMap { page(key: $0.translationKey, language: language) }
    }

    /// The same page in every other language it exists in.
    public func translations(of page: ContentPage) -> [ContentPage] {
        (storage.fields.byKey[page.translationKey] ?? [:]).filter { $0.key != page.language.code }.sorted { $0.key < $1.key }.map { pages[$0.value] }
    }

    /// Published pages of `kind` in `language`, newest first (by date, then slug for stable order).
    public func pages(_ kind: ContentKind, language: Language) -> [ContentPage] {
        ContentPage.newestFirst(pages.filter { $0.kind == kind && $0.language == language })
    }
}

extension ContentPage {
    /// `pages` sorted by `newestFirst`, moving indices rather than the large page values
    /// while sorting (the same stable order).
    public static func newestFirst(_ pages: [ContentPage]) -> [ContentPage] {
        pages.indices.sorted { newestFirst(pages[$0], pages[$1]) }.map { pages[$0] }
    }

    /// Newest first; undated after dated; ties broken by slug so builds are reproducible.
    public static func newestFirst(_ a: ContentPage, _ b: ContentPage) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.slug < b.slug
        }
    }
}

/// What `--drafts`, `--future` and `--base-url` change about loading.
public struct LoadOptions: Sendable, Hashable {
    public var drafts: Bool
    public var future: Bool
    public var baseURL: String?
    /// `beacon serve`'s own address: the pages link to it, while share messages and QR codes
    /// keep the published `base_url`.
    public var previewBaseURL: String?
    public var today: Day
    /// The default theme built into Beacon, the base layer under the site's own theme files;
    /// nil makes the site's `themes/<theme>/` the whole theme.
    public var builtinTheme: URL? = ThemeLayers.builtin

    public init(drafts: Bool = false, future: Bool = false, baseURL: String? = nil, today: Day = .today()) {
        self.drafts = drafts
        self.future = future
        self.baseURL = baseURL
        self.today = today
    }
}
