import BeaconContent
import BeaconCore

/// Translations whose source changed after they were made: the `translation_of:` hash they
/// record is no longer the source body's (SPEC §2, §10). They are still built, with a notice
/// at the top of the page and a warning in the build.
struct StaleTranslation: Sendable {
    let page: ContentPage
    let source: ContentPage
    let recorded: String
    let current: String

    /// Every stale translation of `site`, in file order.
    static func find(_ site: Site) -> [StaleTranslation] {
        let defaultLanguage = site.config.defaultLanguage
        var hashes: [String: String] = [:]
        var out: [StaleTranslation] = []
        for page in site.pages where !page.language.isDefault {
            guard let recorded = page.translationOf, TranslationHash.isWellFormed(recorded),
                  let source = site.page(key: page.translationKey, language: defaultLanguage) else { continue }
            let current = hashes[source.id] ?? TranslationHash.of(body: source.body)
            hashes[source.id] = current
            if recorded != current { out.append(StaleTranslation(page: page, source: source, recorded: recorded, current: current)) }
        }
        return out.sorted { $0.page.sourcePath < $1.page.sourcePath }
    }

    /// The build's warning; `beacon check` adds what changed to its fix.
    func warning(changes: Message? = nil) -> Diagnostic {
        let update: Message = "Bring the translation up to date with \(source.sourcePath), then write `translation_of: \(current)`; until then its page carries a notice that it may be out of date."
        return .warning(page.sourcePath, line: page.keyLines["translation_of"],
                        "This translation may be out of date: \(source.sourcePath) has changed since it was translated.",
                        hint: changes.map { "\($0)\n\(update)" } ?? update)
    }
}
