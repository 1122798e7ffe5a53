import BeaconContent
import BeaconCore
import BeaconSite

/// Resolves `@/cases/task-rebate.md` links to the page in the linking page's language, falling
/// back (with a warning) to another language's version.
struct LinkResolution: Sendable {
    let site: Site
    let urls: SiteURLs
    private let withheldKeys: Set<String>

    init(site: Site) {
        self.site = site
        urls = SiteURLs(config: site.config)
        withheldKeys = Set(site.withheld.map(\.translationKey))
    }

    func resolve(_ target: String, _ fragment: String?, _ language: Language) throws -> (url: String, warning: Diagnostic?) {
        var key = target
        if key.hasSuffix(".md") { key.removeLast(3) }
        var wanted = language
        // `@/cases/x.en.md`: the file name's suffix names the language wanted.
        if let dot = key.lastIndex(of: "."), let named = site.config.language(String(key[key.index(after: dot)...])) {
            wanted = named
            key = String(key[..<dot])
        }
        if let p = site.page(key: key, language: wanted) { return (urls.href(urls.page(p)), nil) }
        for lang in site.config.languages {
            if let p = site.page(key: key, language: lang) {
                let warning = Diagnostic.warning(nil, "The link `@/\(target)` has no \(wanted) version; it leads to the \(lang.code) page instead.",
                                                 hint: "Translate content/\(key).md into \(wanted), or link to another page.")
                return (urls.href(urls.page(p)), warning)
            }
        }
        if withheldKeys.contains(key) {
            throw Diagnostic.error(nil, "The link `@/\(target)` leads to a draft or an embargoed page, which this build leaves out.",
                                   hint: "Publish that page first (remove `draft: true` or wait for its `publish_at`), or remove the link.")
        }
        // Linking by the address (a `slug:` in front matter) instead of the file is an easy slip.
        if let p = site.pages.first(where: { "\($0.kind.folder)/\($0.slug)" == key }) {
            throw Diagnostic.error(nil, "The link `@/\(target)` names the address `\(p.slug)`, but `@/` links name the file: that page is \(p.sourcePath).",
                                   hint: "Write `@/\(p.translationKey).md`.")
        }
        let suggestion: Message = NearestPage.suggest(key, among: Set(site.pages.map(\.translationKey))).map { "Did you mean `@/\($0).md`? " } ?? ""
        throw Diagnostic.error(nil, "The link `@/\(target)` leads to content/\(target), which does not exist.",
                               hint: "\(suggestion)Links name a file under content/, e.g. `@/cases/task-rebate.md`.")
    }
}
