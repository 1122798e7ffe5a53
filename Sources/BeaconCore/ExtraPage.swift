/// A page that a part of Beacon other than the website (statistics, LED, leaflets) adds to the
/// site. The website renderer wraps it in the theme's layout: header, language switcher,
/// hreflang links, footer.
public struct ExtraPage: Sendable {
    /// Root-relative path inside the language, ending in `/`: `/led/`, `/stats/2021-10/`.
    /// The renderer adds the language prefix and the `base_url` sub-path.
    public var path: String
    public var language: Language
    /// Name of the theme template that renders the page body: `led` for `templates/led.mustache`.
    public var template: String
    public var title: String
    public var description: String?
    /// Values for the template (`TemplateValue`).
    public var context: TemplateMap
    /// True when the same `path` exists in every language, so the switcher links to it.
    public var hasCounterparts: Bool
    /// A page for staff, not for search engines (`/share/`): `<meta name="robots" content="noindex">`, left out of the sitemap.
    public var noindex: Bool

    public init(path: String, language: Language, template: String, title: String, description: String? = nil,
                context: TemplateMap, hasCounterparts: Bool = true, noindex: Bool = false) {
        self.path = path
        self.language = language
        self.template = template
        self.title = title
        self.description = description
        self.context = context
        self.hasCounterparts = hasCounterparts
        self.noindex = noindex
    }
}
