import BeaconContent
import BeaconCore
import BeaconTheme
import Foundation

extension Starter {
    /// Writes a new bulletin or case in every language of the site at `site`, from the theme's
    /// `archetypes/<kind>.<lang>.md` (the site's own theme first, else the embedded default),
    /// dated `today`; each translation's `translation_of:` holds the new source's hash.
    /// Returns the site-relative paths written.
    @discardableResult
    public static func newContent(_ kind: ContentKind, slug: String, site: URL, today: Day = .today()) throws -> [String] {
        guard Slug.isValid(slug) else {
            throw Diagnostic.error(nil, "The slug `\(slug)` \(Slug.problem(slug)).",
                                   hint: "A slug becomes the page's web address: use lower-case a–z, 0–9 and `-` only, e.g. `beacon new \(kind.rawValue) \(Slug.suggest(from: slug))`.")
        }
        let configURL = site.appendingPathComponent("site.yaml")
        guard FileManager.default.fileExists(atPath: configURL.path) else {
            throw Diagnostic.error("site.yaml", "There is no site.yaml in \(site.path), so this folder is not a Beacon site.",
                                   hint: "Run the command in the site's folder, pass `--site DIR`, or make a site first with `beacon new site DIR`.")
        }
        let config = try SiteConfig.load(try SourceText.read(configURL, path: "site.yaml"))
        let folder = "content/\(kind.folder)"
        let paths = config.languages.map { "\(folder)/\(slug).\($0.code).md" }
        if let taken = paths.first(where: { FileManager.default.fileExists(atPath: site.appendingPathComponent($0).path) }) {
            throw Diagnostic.error(taken, "This file already exists; `beacon new` never overwrites a file.",
                                   hint: "Choose another slug, or edit the existing file.")
        }
        // A file without a language suffix is the default language's version of the same page.
        let plain = "\(folder)/\(slug).md"
        if FileManager.default.fileExists(atPath: site.appendingPathComponent(plain).path) {
            throw Diagnostic.error(plain, "This file is already the `\(config.defaultLanguage.code)` version of `\(slug)` (a file without a language suffix is in the default language).",
                                   hint: "Choose another slug, or translate it by hand into \(folder)/\(slug).<language>.md.")
        }
        if let owner = slugOwner(slug, folder: folder, site: site) {
            throw Diagnostic.error(owner, "This file already has `slug: \(slug)` in its front matter, so the new page would share its address.",
                                   hint: "Choose another slug, or edit the existing file.")
        }
        var values = ["date": today.iso, "slug": slug, "fraud_type": config.fraudTypes.first?.key ?? "", "translation_of": ""]
        var written: [String] = []
        for (language, path) in zip(config.languages, paths) {
            var text = try archetype(kind, language: language, fallback: config.defaultLanguage, site: site, theme: config.theme)
            for (key, value) in values { text = text.replacingOccurrences(of: "{\(key)}", with: value) }
            if language.isDefault {
                values["translation_of"] = TranslationHash.of(body: try FrontMatter.split(SourceText(path: path, text: text)).body)
            }
            try write(Data(text.utf8), to: site.appendingPathComponent(path))
            written.append(path)
        }
        return written
    }

    /// The content file in `folder` whose front matter sets `slug:` to `slug`, if any.
    static func slugOwner(_ slug: String, folder: String, site: URL) -> String? {
        let files = SiteFiles.list(site.appendingPathComponent(folder), root: site, ext: "md", problems: DiagnosticCollector())
        for (url, rel) in files {
            guard let source = try? SourceText.read(url, path: rel), let fm = try? FrontMatter.split(source),
                  let root = try? YAMLDocument.parse(fm.yaml, file: rel), let value = root["slug"], !value.isNull else { continue }
            if (try? value.string()) == slug { return rel }
        }
        return nil
    }

    static func archetype(_ kind: ContentKind, language: Language, fallback: Language, site: URL, theme: String) throws -> String {
        for lang in [language, fallback] {
            let name = "archetypes/\(kind.rawValue).\(lang.code).md"
            let own = site.appendingPathComponent("themes/\(theme)/\(name)")
            if FileManager.default.fileExists(atPath: own.path) {
                return try SourceText.read(own, path: "themes/\(theme)/\(name)").text
            }
            if let data = BuiltinTheme.file(name) { return String(decoding: data, as: UTF8.self) }
        }
        throw Diagnostic.error("themes/\(theme)/archetypes", "There is no template for a new \(kind.rawValue) (archetypes/\(kind.rawValue).\(language).md).",
                               hint: "Write one at themes/\(theme)/archetypes/\(kind.rawValue).\(language).md; `beacon theme override archetypes/\(kind.rawValue).en.md` copies the built-in English one to start from.")
    }
}
