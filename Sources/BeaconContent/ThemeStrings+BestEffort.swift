import BeaconCore
import BeaconTheme
import Foundation

extension ThemeStrings {
    /// The site's languages (default first) and its theme's words, read as far as they go, for
    /// what must speak before any build succeeds (the preview's error overlay): a site.yaml that
    /// does not load gives `zh` and `en` and the default theme; theme words that do not load
    /// give the built-in theme's alone; nil when even those do not.
    public static func bestEffort(siteRoot: URL) -> (languages: [Language], strings: ThemeStrings?) {
        var languages = SiteConfig.defaultLanguages
        var theme = "default"
        if let source = try? SourceText.read(siteRoot.appendingPathComponent("site.yaml"), path: "site.yaml"),
           let config = try? SiteConfig.load(source) {
            languages = config.languages
            theme = config.theme
        }
        let layers = ThemeLayers(name: theme, siteRoot: siteRoot, base: ThemeLayers.builtin)
        let bare = ThemeLayers(name: "default", siteRoot: URL(fileURLWithPath: "/nonexistent"), base: ThemeLayers.builtin)
        let strings = (try? load(layers, languages: languages)) ?? (try? load(bare, codes: BuiltinTheme.languages))
        return (languages, strings)
    }
}
