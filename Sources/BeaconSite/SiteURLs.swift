import BeaconContent
import BeaconCore
import Foundation

/// Every address the website has, in one place. Paths are root-relative inside the site
/// (`/en/cases/x/`); `href` adds the `base_url` sub-path, `absolute` the scheme and host.
public struct SiteURLs: Sendable {
    public let config: SiteConfig
    /// `config.absoluteURL("")`: the scheme, host and sub-path every absolute address starts with.
    private let absolutePrefix: String

    public init(config: SiteConfig) {
        self.config = config
        absolutePrefix = config.absoluteURL("")
    }

    public func home(_ lang: Language) -> String { lang.pathPrefix + "/" }

    public func section(_ kind: ContentKind, _ lang: Language, page: Int = 1) -> String {
        let base = kind == .page ? lang.pathPrefix + "/" : "\(lang.pathPrefix)/\(kind.folder)/"
        return page <= 1 ? base : "\(base)page/\(page)/"
    }

    public func page(_ p: ContentPage) -> String {
        let lang = p.language
        return p.kind == .page ? "\(lang.pathPrefix)/\(p.slug)/" : "\(lang.pathPrefix)/\(p.kind.folder)/\(p.slug)/"
    }

    public func types(_ lang: Language) -> String { "\(lang.pathPrefix)/types/" }

    public func type(_ key: String, _ lang: Language, page: Int = 1) -> String {
        let base = "\(lang.pathPrefix)/types/\(key)/"
        return page <= 1 ? base : "\(base)page/\(page)/"
    }

    public func tags(_ lang: Language) -> String { "\(lang.pathPrefix)/tags/" }

    /// A tag's page: the tag as typed (`老年人`), percent-encoded in the address; its output
    /// file keeps the tag as typed (`file(for:)` decodes it).
    public func tag(_ tag: String, _ lang: Language, page: Int = 1) -> String {
        let base = "\(lang.pathPrefix)/tags/\(Self.encodeSegment(tag))/"
        return page <= 1 ? base : "\(base)page/\(page)/"
    }

    /// One path segment with everything but unreserved ASCII (`A–Z a–z 0–9 - . _ ~`)
    /// percent-encoded, byte by byte of its UTF-8 with upper-case hex: what
    /// `addingPercentEncoding` gives with that set. Done by bytes because building the
    /// `CharacterSet` and encoding through Foundation cost about 50,000 instructions a tag,
    /// and every tag link of every page is encoded.
    static func encodeSegment(_ s: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count * 3)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(b)
            default:
                out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    public func search(_ lang: Language) -> String { "\(lang.pathPrefix)/search/" }
    public func feed(_ lang: Language) -> String { "\(lang.pathPrefix)/feed.xml" }
    public func stats(_ lang: Language) -> String { "\(lang.pathPrefix)/stats/" }

    /// Prefixes the language prefix to a language-neutral path such as `/led/`.
    public func localized(_ path: String, _ lang: Language) -> String { lang.pathPrefix + path }

    /// The link to write into HTML: root-relative with the `base_url` sub-path.
    public func href(_ path: String) -> String { config.url(path) }

    public func absolute(_ path: String) -> String { absolutePrefix + path }

    /// The output file for a path: `/en/cases/x/` → `en/cases/x/index.html`.
    public static func file(for path: String) -> String {
        var p = path.hasPrefix("/") ? String(path.dropFirst()) : path
        // Only tag pages have percent-encoded addresses; their files are named as typed.
        if p.contains("%") { p = p.removingPercentEncoding ?? p }
        if p.isEmpty || p.hasSuffix("/") { p += "index.html" }
        return p
    }

    public func language(_ code: String) -> Language {
        config.language(code) ?? config.defaultLanguage
    }
}
