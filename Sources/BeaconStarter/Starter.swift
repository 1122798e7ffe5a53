import BeaconContent
import BeaconCore
import Foundation

/// What `beacon new` writes: a small bilingual site (no theme files: the theme built into
/// Beacon serves it), and new bulletins and cases from the theme's `archetypes/`. The files are embedded into the
/// binary at build time (the EmbedStarter plugin), so the bare executable can make a site.
public enum Starter {
    /// Every file of the starter site, site-relative path → bytes, sorted by path.
    public static let files: [(path: String, data: Data)] = embedded.filter { !$0.path.hasPrefix(messagesPrefix) }
        .map { ($0.path, Data(base64Encoded: $0.base64) ?? Data()) }

    /// Embedded under this prefix: the message translations, `Sources/BeaconStarter/Messages/<language>.yaml`.
    static let messagesPrefix = "beacon-messages/"

    /// Writes a new site into `dir` (which must not exist, or be empty) and returns the files written.
    /// Each translation records the hash of its source, so the new site checks clean; with
    /// `names`, the district and office are written in first, so the hashes are of the filled text.
    @discardableResult
    public static func createSite(at dir: URL, names: StarterNames? = nil) throws -> [String] {
        try names?.check()
        let fm = FileManager.default
        if fm.fileExists(atPath: dir.path), !((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).filter({ !$0.hasPrefix(".") }).isEmpty {
            throw Diagnostic.error(nil, "The folder \(dir.path) is not empty; `beacon new site` only writes into a new or empty folder.",
                                   hint: "Choose a new folder name, e.g. `beacon new site my-site`.")
        }
        var written: [String] = []
        for (path, data) in files {
            var data = data
            if let names, !path.hasPrefix("themes/"), path.hasSuffix(".md") || path.hasSuffix(".yaml") {
                data = Data(names.fill(String(decoding: data, as: UTF8.self)).utf8)
            }
            try write(data, to: dir.appendingPathComponent(path))
            written.append(path)
        }
        try recordTranslationHashes(in: dir, paths: written)
        return written
    }

    /// Sets `translation_of:` in every content file of a language other than the site's default
    /// to the hash of its source, the default language's file of the pair (`site.yaml`'s first
    /// language: `x.en.md` → `x.zh.md`).
    static func recordTranslationHashes(in dir: URL, paths: [String]) throws {
        let config = try SiteConfig.load(try SourceText.read(dir.appendingPathComponent("site.yaml"), path: "site.yaml"))
        for path in paths where path.hasPrefix("content/") {
            guard let language = config.languages.first(where: { !$0.isDefault && path.hasSuffix(".\($0.code).md") }) else { continue }
            let base = String(path.dropLast(".\(language.code).md".count))
            let sourcePath = base + ".\(config.defaultLanguage.code).md"
            let source = dir.appendingPathComponent(sourcePath)
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            let hash = try TranslationHash.of(file: source, path: sourcePath)
            let url = dir.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "translation_of: 00000000", with: "translation_of: \(hash)").utf8).write(to: url)
        }
    }

    static func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .withoutOverwriting)
    }
}
