/// A language Beacon writes in, the one way to name a language: never a bare code.
///
/// A site's languages are resolved once from `site.yaml` (`SiteConfig.languages`): the first
/// is the default and is served at the root, every other one under `/<code>/`. Beacon's own
/// messages are shown in a language of `MessageCatalog`, whose default is English. A code
/// appears on its own only where data is keyed by it (`Localized`, the theme's `i18n/<code>/`).
public struct Language: Sendable, Hashable, CustomStringConvertible {
    /// The code as written in `site.yaml` and in file names: `zh`, `en`.
    public let code: String
    public let isDefault: Bool

    public init(code: String, isDefault: Bool) {
        self.code = code
        self.isDefault = isDefault
    }

    /// Path prefix of this language's pages: `""` for the default, `/en` for the others.
    public var pathPrefix: String { isDefault ? "" : "/\(code)" }

    /// BCP 47 tag for `<html lang>`, `hreflang`, `xml:lang` and the leaflets' PDF `/Lang`: `zh` is
    /// published as `zh-CN` (Chinese as written in mainland China, in simplified characters),
    /// every other code as it is written in `site.yaml`.
    public var bcp47: String {
        switch code {
        case "zh": return "zh-CN"
        default: return code
        }
    }

    public var description: String { code }
}
