import BeaconCore

/// One of the site's languages resolved for writing: its `Language` (code, BCP 47 tag, path
/// prefix, whether it is the default) with the theme's words in it and the way it writes
/// figures. The site makes one per language once per build (`Site.languages`), from
/// `site.yaml`'s `languages:` and the theme's `i18n/<code>/`; the renderers ask it for words and
/// numbers instead of looking its code up in `ThemeStrings` again for every string.
///
/// `Language` stays the name (what pages, keys and links carry); `SiteLanguage` is what that
/// name means in this site. Both live below the renderers: the words here, writing a figure
/// with `numbers` in BeaconStats (`StatsWriter`).
public struct SiteLanguage: Sendable, Hashable, CustomStringConvertible {
    public let language: Language
    /// Every theme word of this language, flattened (`nav.cases`), the site's own over the default theme's.
    public let words: [String: String]
    /// How this language writes figures (`stats.number.*`): 4400万 or 44 million, `18,744` or `18744`.
    public let numbers: NumberStyle

    public init(_ language: Language, words: [String: String]) {
        self.language = language
        self.words = words
        numbers = NumberStyle(words: words)
    }

    /// `language` with its words from `strings` (a site's, or the built-in theme's when no site loads).
    public init(_ language: Language, strings: ThemeStrings) {
        self.init(language, words: strings.strings(language))
    }

    public var code: String { language.code }
    public var bcp47: String { language.bcp47 }
    public var isDefault: Bool { language.isDefault }
    public var pathPrefix: String { language.pathPrefix }
    public var description: String { language.code }

    /// The word for `key`, or the key itself so a missing word shows on the page instead of vanishing.
    public func string(_ key: String) -> String { words[key] ?? key }

    /// The word for `key`, else `fallback`'s, else the key itself.
    public func string(_ key: String, fallback: SiteLanguage?) -> String {
        words[key] ?? fallback?.words[key] ?? key
    }

    /// The word for `key` when the theme has one: for words a theme may leave out.
    public func word(_ key: String) -> String? { words[key] }

    /// `string` with `{name}` placeholders filled in.
    public func format(_ key: String, _ values: [String: String]) -> String {
        string(key).fillingPlaceholders(values)
    }

    /// A count with its noun in this language's plural form: `0 cases`, `1 case`, `2 cases`,
    /// `案例1个`. The theme gives `key.one` (exactly 1) and `key.other` (every other number; the
    /// only form in Chinese), or `key` itself when the language has one form; `{n}` is the number,
    /// grouped as the language groups figures (`stats.number.group_separator`).
    public func count(_ key: String, _ n: Int) -> String {
        let pattern = (n == 1 ? words["\(key).one"] : nil) ?? words["\(key).other"] ?? words[key] ?? key
        let digits = numbers.grouped(String(n.magnitude))
        return pattern.fillingPlaceholders(["n": n < 0 ? "-" + digits : digits])
    }

    /// A date as this language writes it, from the theme's `date.format`
    /// (`{year}年{month}月{day}日`, `{day} {month_name} {year}`) and `date.months.N`.
    public func date(_ day: Day) -> String {
        format("date.format", ["year": String(day.year), "month": String(day.month), "day": String(day.day),
                               "month_name": string("date.months.\(day.month - 1)")])
    }

    /// The words nested again (`nav.cases` → `["nav": ["cases": …]]`), the shape Mustache
    /// templates read as `{{t.nav.cases}}`.
    public func nested() -> TemplateMap { ThemeStrings.nested(words) }
}

extension Site {
    /// `language` resolved in this site: one of `languages`, or (for a language the site does
    /// not have) the same name with the theme's words for its code, if any.
    public func language(_ language: Language) -> SiteLanguage {
        languages.first { $0.language == language } ?? SiteLanguage(language, strings: strings)
    }

    /// The default language resolved: the first of `site.yaml`'s `languages:`.
    public var defaultLanguage: SiteLanguage { language(config.defaultLanguage) }
}

extension Localized {
    /// The text in `language`, else in `fallback`, else any.
    public func text(_ language: SiteLanguage, fallback: Language? = nil) -> String { text(language.language, fallback: fallback) }

    public subscript(language: SiteLanguage) -> String? { self[language.language] }
}
