import BeaconContent
import BeaconCore
import BeaconPrivacy

extension Site {
    /// Every text this build publishes, with where it starts in its file, for the personal-data
    /// guard: Markdown bodies, the front-matter values readers see, the page slugs (they become
    /// web addresses), slogans, the site's titles, and the raw statistics and leaflet files.
    /// Drafts and embargoed pages left out of this build are not published, so not included.
    public func publishedTexts() -> [PublishedText] {
        var out: [PublishedText] = []
        // Each field's name made once, not once a value: a `Message` is built from its literal
        // when made, and making two a page was most of this list (on one core, before the check).
        var fields: [String: Message] = [:]
        let slugField: Message = "page's web address (its slug)"
        for page in pages {
            let file = page.sourcePath
            out.append(PublishedText(file: file, text: page.body, line: page.bodyLine, column: 1, allowed: page.piiOK))
            for (key, text) in page.publishedFields {
                let field = fields[key] ?? "front-matter value `\(key)`"
                fields[key] = field
                out.append(PublishedText(file: file, text: text, line: page.keyLines[key] ?? 1, column: nil, allowed: page.piiOK,
                                         isNameField: key == "victim", field: field))
            }
            out.append(PublishedText(file: file, text: page.slug, line: page.keyLines["slug"] ?? 1, column: nil, allowed: page.piiOK,
                                     field: slugField))
        }
        for slogan in slogans {
            for (code, text) in slogan.text.values.sorted(by: { $0.key < $1.key }) {
                out.append(PublishedText(file: Slogan.path, text: text, line: slogan.line ?? 1, column: nil, field: "slogan (\(code))"))
            }
        }
        let root = config.root
        for (key, value) in [("title", config.title), ("description", config.description), ("office", config.office)] {
            guard let value else { continue }
            for (code, text) in value.values.sorted(by: { $0.key < $1.key }) {
                out.append(PublishedText(file: "site.yaml", text: text, line: root?[key]?.line ?? 1, column: nil, field: "setting `\(key)` (\(code))"))
            }
        }
        for source in statsSources + leafletSources + bannerSources {
            out.append(PublishedText(file: source.path, text: source.text, line: 1, column: 1, allowed: Self.allowList(in: source)))
        }
        return out
    }

    /// A top-level `pii_ok:` list of a YAML file, as front matter has one.
    static func allowList(in source: SourceText) -> [String] {
        guard source.text.contains("pii_ok"),
              let root = try? YAMLDocument.parse(source.text, file: source.path),
              let list = root["pii_ok"] else { return [] }
        return (try? list.stringList("pii_ok")) ?? []
    }
}
