import BeaconCore

/// `site.yaml`: the settings every part of the build reads.
public struct SiteConfig: Sendable {
    public var title: Localized
    public var description: Localized?
    /// The issuing office, shown in the footer and on leaflets: `{zh: 清江浦公安分局, en: …}`.
    public var office: Localized?
    /// Absolute URL with a trailing slash, possibly with a sub-path: `https://example.gov.cn/fanzha/`.
    public var baseURL: String
    public var languages: [Language]
    public var fraudTypes: [FraudType]
    public var unsafeHTML: Bool
    public var theme: String
    /// Items per list page.
    public var paginate: Int
    /// Raw `led_boards:`; the LED module reads and checks it.
    public var ledBoards: YAMLValue?
    /// Raw `leaflets:` settings, if any; the leaflet module reads them.
    public var leaflets: YAMLValue?
    /// The file's YAML root, for modules that read further keys of their own.
    public var root: YAMLValue?

    public static let knownKeys = ["title", "description", "office", "base_url", "languages", "fraud_types",
                                   "led_boards", "leaflets", "unsafe_html", "theme", "paginate"]

    public var defaultLanguage: Language { languages[0] }
    public var languageCodes: [String] { languages.map(\.code) }

    private var fraudTypeIndex: [String: FraudType] { Dictionary(uniqueKeysWithValues: fraudTypes.map { ($0.key, $0) }) }

    public func fraudType(_ key: String) -> FraudType? { fraudTypes.first { $0.key == key } }
    public func language(_ code: String) -> Language? { languages.first { $0.code == code } }

    /// `base_url` without its trailing slash, prefixed to every root-relative path.
    public var basePath: String {
        var s = baseURL
        if let scheme = s.range(of: "://") {
            let afterHost = s[scheme.upperBound...].firstIndex(of: "/") ?? s.endIndex
            s = String(s[afterHost...])
        }
        while s.hasSuffix("/") { s.removeLast() }
        return s
    }

    /// Absolute URL of a root-relative site path (`/cases/x/`).
    public func absoluteURL(_ path: String) -> String {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        if let scheme = base.range(of: "://"), let slash = base[scheme.upperBound...].firstIndex(of: "/") {
            base = String(base[..<slash])
        }
        return base + basePath + path
    }

    /// Root-relative URL honouring the sub-path of `base_url`: `/fanzha/cases/x/`.
    public func url(_ path: String) -> String { basePath + path }
}
