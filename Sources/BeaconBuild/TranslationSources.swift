import BeaconContent
import BeaconCore
import Foundation

/// Copies of the source texts translations were made from, kept in the site folder under
/// `.beacon/translation-sources/<hash>.md`, so `beacon check` can show what changed in a source
/// since it was translated even for a site not kept in git (`translation_of:` holds only a
/// hash, which cannot be turned back into text). A build that writes its output saves the
/// source of every up-to-date translation; `beacon check --hash FILE` saves FILE's body.
public enum TranslationSources {
    public static let folder = ".beacon/translation-sources"

    /// Saves `body` under its hash, once; a failure to save is not the build's problem.
    public static func save(body: String, root: URL) {
        let hash = TranslationHash.of(body: body)
        let url = root.appendingPathComponent(folder).appendingPathComponent("\(hash).md")
        guard !FileManager.default.fileExists(atPath: url.path) else { return }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(body.utf8).write(to: url, options: .atomic)
    }

    /// The saved body whose hash is `hash`, if any.
    static func body(withHash hash: String, root: URL) -> String? {
        guard TranslationHash.isWellFormed(hash),
              let data = FileManager.default.contents(atPath: root.appendingPathComponent(folder).appendingPathComponent("\(hash).md").path)
        else { return nil }
        let body = String(decoding: data, as: UTF8.self)
        return TranslationHash.of(body: body) == hash ? body : nil
    }

    /// Saves the source of every translation in `site` that is up to date.
    static func saveUpToDate(_ site: Site) {
        let defaultLanguage = site.config.defaultLanguage
        var saved = Set<String>()
        for page in site.pages where !page.language.isDefault {
            guard let recorded = page.translationOf, let source = site.page(key: page.translationKey, language: defaultLanguage),
                  !saved.contains(source.id), TranslationHash.of(body: source.body) == recorded else { continue }
            saved.insert(source.id)
            save(body: source.body, root: site.root)
        }
    }
}
