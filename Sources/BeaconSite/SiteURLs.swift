import BeaconContent
import BeaconCore

/// Every address the website has, in one place. Paths are root-relative inside the site
/// (`/en/cases/x/`); `href` adds the `base_url` sub-path, `absolute` the scheme and host.
public struct SiteURLs: Sendable {
    public let config: SiteConfig

    public init(config: SiteConfig) { self.config = config }

    public func home(_ lang: Language) -> String { lang.pathPrefix + "/" }

    public func section(_ kind: ContentKind, _ lang: Language, page: Int = 1) -> String {
        let base = kind == .page ? lang.pathPrefix + "/" : "\(lang.pathPrefix)/\(kind.folder)/"
        return page <= 1 ? base : "\(base)page/\(page)/"
    }

    public func page(_ p: ContentPage) -> String {
        let lang = language(p.language)
        return p.kind == .page ? "\(lang.pathPrefix)/\(p.slug)/" : "\(lang.pathPrefix)/\(p.kind.folder)/\(p.slug)/"
    }

    public func types(_ lang: Language) -> String { "\(lang.pathPrefix)/types/" }

    public func type(_ key: String, _ lang: Language, page: Int = 1) -> String {
        let base = "\(lang.pathPrefix)/types/\(key)/"
        return page <= 1 ? base : "\(base)page/\(page)/"
    }

    public func search(_ lang: Language) -> String { "\(lang.pathPrefix)/search/" }
    public func feed(_ lang: Language) -> String { "\(lang.pathPrefix)/feed.xml" }
    public func stats(_ lang: Language) -> String { "\(lang.pathPrefix)/stats/" }

    /// Prefixes the language prefix to a language-neutral path such as `/led/`.
    public func localized(_ path: String, _ lang: Language) -> String { lang.pathPrefix + path }

    /// The link to write into HTML: root-relative with the `base_url` sub-path.
    public func href(_ path: String) -> String { config.url(path) }

    public func absolute(_ path: String) -> String { config.absoluteURL(path) }

    /// The output file for a path: `/en/cases/x/` → `en/cases/x/index.html`.
    public static func file(for path: String) -> String {
        var p = path.hasPrefix("/") ? String(path.dropFirst()) : path
        if p.isEmpty || p.hasSuffix("/") { p += "index.html" }
        return p
    }

    public func language(_ code: String) -> Language {
        config.language(code) ?? config.defaultLanguage
    }
}
