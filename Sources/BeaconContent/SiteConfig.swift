import BeaconCore

/// `site.yaml`: the settings every part of the build reads.
public struct SiteConfig: Sendable, Hashable {
    public var title: Localized
    public var description: Localized?
    /// The issuing office, shown in the footer and on leaflets: `{zh: 清江浦公安分局, en: …}`.
    public var office: Localized?
    /// Absolute URL with a trailing slash, possibly with a sub-path: `https://example.gov.cn/fanzha/`.
    public var baseURL: String {
        didSet { parts = BaseURLParts(baseURL) }
    }
    /// `base_url` split once: every link of every page needs it.
    private var parts = BaseURLParts("/")
    /// The address the site is published at (`base_url`, or `--base-url`). It differs from
    /// `baseURL` only under `beacon serve`, whose pages link to the preview's own address while
    /// what leaves the computer — share messages, poster and leaflet QR codes — must lead to
    /// the public page.
    public var publishedBaseURL: String {
        didSet { publishedParts = BaseURLParts(publishedBaseURL) }
    }
    private var publishedParts = BaseURLParts("/")
    public var languages: [Language]
    public var fraudTypes: [FraudType]
    public var unsafeHTML: Bool
    public var theme: String
    /// `theme_options:`: colours, emblem and hotlines.
    public var themeOptions = ThemeOptions()
    /// Items per list page.
    public var paginate: Int
    /// Raw `led_boards:`; the LED module reads and checks it.
    public var ledBoards: YAMLValue?
    /// Raw `leaflets:` settings, if any; the leaflet module reads them.
    public var leaflets: YAMLValue?
    /// The file's YAML root, for modules that read further keys of their own.
    public var root: YAMLValue?

    public init(title: Localized, description: Localized?, office: Localized?, baseURL: String, languages: [Language],
                fraudTypes: [FraudType], unsafeHTML: Bool, theme: String, paginate: Int,
                ledBoards: YAMLValue?, leaflets: YAMLValue?, root: YAMLValue?) {
        self.title = title
        self.description = description
        self.office = office
        self.baseURL = baseURL
        self.parts = BaseURLParts(baseURL)
        self.publishedBaseURL = baseURL
        self.publishedParts = parts
        self.languages = languages
        self.fraudTypes = fraudTypes
        self.unsafeHTML = unsafeHTML
        self.theme = theme
        self.paginate = paginate
        self.ledBoards = ledBoards
        self.leaflets = leaflets
        self.root = root
    }

    public static let knownKeys = ["title", "description", "office", "base_url", "languages", "fraud_types",
                                   "led_boards", "leaflets", "unsafe_html", "theme", "theme_options", "paginate", "share"]

    /// The languages of a site whose `site.yaml` has no `languages:`: Chinese, the default, then English.
    public static let defaultLanguages = [Language(code: "zh", isDefault: true), Language(code: "en", isDefault: false)]

    public var defaultLanguage: Language { languages[0] }
    public var languageCodes: [String] { languages.map(\.code) }

    public func fraudType(_ key: String) -> FraudType? { fraudTypes.first { $0.key == key } }
    public func language(_ code: String) -> Language? { languages.first { $0.code == code } }

    /// `base_url` without its trailing slash, prefixed to every root-relative path: `/fanzha`.
    public var basePath: String { parts.path }

    /// Absolute URL of a root-relative site path (`/cases/x/`).
    public func absoluteURL(_ path: String) -> String {
        parts.origin + parts.path + path
    }

    /// The public address of a root-relative site path, for what is printed or shared (QR
    /// codes, share messages): the same as `absoluteURL` except under `beacon serve`.
    public func publishedURL(_ path: String) -> String {
        publishedParts.origin + publishedParts.path + path
    }

    /// Root-relative URL honouring the sub-path of `base_url`: `/fanzha/cases/x/`.
    public func url(_ path: String) -> String { basePath + path }
}

/// `https://example.gov.cn/fanzha/` split into the origin (`https://example.gov.cn`) and the
/// path without its trailing slash (`/fanzha`).
struct BaseURLParts: Sendable, Hashable {
    let origin: String
    let path: String

    init(_ baseURL: String) {
        var s = baseURL
        while s.hasSuffix("/") { s.removeLast() }
        if let scheme = s.range(of: "://") {
            let slash = s[scheme.upperBound...].firstIndex(of: "/") ?? s.endIndex
            origin = String(s[..<slash])
            path = String(s[slash...])
        } else {
            origin = ""
            path = s
        }
    }
}
