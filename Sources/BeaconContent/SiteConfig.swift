import BeaconCore

/// `site.yaml`: the settings every part of the build reads.
///
/// Its fields live in one shared object (`Storage`), replaced when a field is set (only while
/// loading): the website keeps the settings in several of its parts, and each page's
/// rendering job held as many inline copies of them.
public struct SiteConfig: Sendable, Hashable {
    public var title: Localized {
        get { storage.fields.title }
        set { update { $0.title = newValue } }
    }
    public var description: Localized? {
        get { storage.fields.description }
        set { update { $0.description = newValue } }
    }
    /// The issuing office, shown in the footer and on leaflets: `{zh: 清江浦公安分局, en: …}`.
    public var office: Localized? {
        get { storage.fields.office }
        set { update { $0.office = newValue } }
    }
    /// Absolute URL with a trailing slash, possibly with a sub-path: `https://example.gov.cn/fanzha/`.
    public var baseURL: String {
        get { storage.fields.baseURL }
        set { update { $0.baseURL = newValue; $0.parts = BaseURLParts(newValue) } }
    }
    /// `base_url` split once: every link of every page needs it.
    private var parts: BaseURLParts { storage.fields.parts }
    /// The address the site is published at (`base_url`, or `--base-url`). It differs from
    /// `baseURL` only under `beacon serve`, whose pages link to the preview's own address while
    /// what leaves the computer — share messages, poster and leaflet QR codes — must lead to
    /// the public page.
    public var publishedBaseURL: String {
        get { storage.fields.publishedBaseURL }
        set { update { $0.publishedBaseURL = newValue; $0.publishedParts = BaseURLParts(newValue) } }
    }
    private var publishedParts: BaseURLParts { storage.fields.publishedParts }
    public var languages: [Language] {
        get { storage.fields.languages }
        set { update { $0.languages = newValue } }
    }
    public var fraudTypes: [FraudType] {
        get { storage.fields.fraudTypes }
        set { update { $0.fraudTypes = newValue } }
    }
    public var unsafeHTML: Bool {
        get { storage.fields.unsafeHTML }
        set { update { $0.unsafeHTML = newValue } }
    }
    public var theme: String {
        get { storage.fields.theme }
        set { update { $0.theme = newValue } }
    }
    /// `theme_options:`: colours, emblem and hotlines.
    public var themeOptions: ThemeOptions {
        get { storage.fields.themeOptions }
        set { update { $0.themeOptions = newValue } }
    }
    /// Items per list page.
    public var paginate: Int {
        get { storage.fields.paginate }
        set { update { $0.paginate = newValue } }
    }
    /// Raw `led_boards:`; the LED module reads and checks it.
    public var ledBoards: YAMLValue? {
        get { storage.fields.ledBoards }
        set { update { $0.ledBoards = newValue } }
    }
    /// Raw `leaflets:` settings, if any; the leaflet module reads them.
    public var leaflets: YAMLValue? {
        get { storage.fields.leaflets }
        set { update { $0.leaflets = newValue } }
    }
    /// The file's YAML root, for modules that read further keys of their own.
    public var root: YAMLValue? {
        get { storage.fields.root }
        set { update { $0.root = newValue } }
    }

    /// The settings' values, compared and hashed as the settings.
    private struct Fields: Sendable, Hashable {
        var title: Localized
        var description: Localized?
        var office: Localized?
        var baseURL: String
        var parts: BaseURLParts
        var publishedBaseURL: String
        var publishedParts: BaseURLParts
        var languages: [Language]
        var fraudTypes: [FraudType]
        var unsafeHTML: Bool
        var theme: String
        var themeOptions = ThemeOptions()
        var paginate: Int
        var ledBoards: YAMLValue?
        var leaflets: YAMLValue?
        var root: YAMLValue?
    }

    /// One version of the fields, never changed: setting a field makes a new one.
    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = storage.fields
        change(&fields)
        storage = Storage(fields)
    }

    public static func == (a: SiteConfig, b: SiteConfig) -> Bool { a.storage === b.storage || a.storage.fields == b.storage.fields }
    public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }

    public init(title: Localized, description: Localized?, office: Localized?, baseURL: String, languages: [Language],
                fraudTypes: [FraudType], unsafeHTML: Bool, theme: String, paginate: Int,
                ledBoards: YAMLValue?, leaflets: YAMLValue?, root: YAMLValue?) {
        let parts = BaseURLParts(baseURL)
        storage = Storage(Fields(title: title, description: description, office: office, baseURL: baseURL, parts: parts,
                                 publishedBaseURL: baseURL, publishedParts: parts, languages: languages, fraudTypes: fraudTypes,
                                 unsafeHTML: unsafeHTML, theme: theme, paginate: paginate, ledBoards: ledBoards,
                                 leaflets: leaflets, root: root))
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
