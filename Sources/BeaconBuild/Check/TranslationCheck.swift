import BeaconContent
import BeaconCore

/// Pages that exist in only some of the site's languages, and translations whose source text
/// changed after they were made (their `translation_of:` hash no longer matches).
enum TranslationCheck {
    static func run(_ site: Site) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let languages = site.config.languageCodes
        let defaultCode = site.config.defaultLanguage.code
        var unrecorded: [ContentPage] = []
        let groups = Dictionary(grouping: site.pages, by: \.translationKey)
        for (key, group) in groups.sorted(by: { $0.key < $1.key }) {
            let byLanguage = Dictionary(group.map { ($0.language.code, $0) }, uniquingKeysWith: { a, _ in a })
            let missing = languages.filter { byLanguage[$0] == nil }
            let present = languages.compactMap { byLanguage[$0] }
            if !missing.isEmpty, let first = present.first {
                let files = missing.map { "content/\(key).\($0).md" }.joined(separator: ", ")
                // The hash to record is known now: the source is this page when it is in the default language.
                let record: Message = first.language.isDefault ? " with `translation_of: \(TranslationHash.of(body: first.body))` in its front matter" : ""
                out.append(.warning(first.sourcePath, "This page has no \(missing.joined(separator: ", ")) version; readers of that language are sent to this one.",
                                    hint: "Copy this file to \(files) and translate it\(record); or leave it if one language is enough."))
            }
            guard let source = byLanguage[defaultCode] else { continue }
            let current = TranslationHash.of(body: source.body)
            for lang in languages where lang != defaultCode {
                guard let page = byLanguage[lang] else { continue }
                guard let recorded = page.translationOf else { unrecorded.append(page); continue }
                let line = page.keyLines["translation_of"]
                if !TranslationHash.isWellFormed(recorded) {
                    out.append(.warning(page.sourcePath, line: line,
                                        "`translation_of: \(recorded)` is not a source hash, so Beacon cannot tell whether this translation is up to date.",
                                        hint: "If the translation matches \(source.sourcePath) as it is now, write `translation_of: \(current)` (`beacon check --hash \(source.sourcePath)` prints it)."))
                }
                // A stale one is the build's warning (`StaleTranslation`); `SiteCheck` adds what changed.
            }
        }
        if let report = unrecordedReport(unrecorded, site: site) { out.append(report) }
        return out
    }

    /// Translations without `translation_of:`: Beacon cannot tell when their source changes,
    /// so they can never be reported stale. One warning for all of them (a site of thousands of
    /// bulletins may have none recorded), on the first, naming a few and how many more.
    static func unrecordedReport(_ pages: [ContentPage], site: Site) -> Diagnostic? {
        let sorted = pages.sorted { $0.sourcePath < $1.sourcePath }
        guard let first = sorted.first,
              let source = site.page(key: first.translationKey, language: site.config.defaultLanguage) else { return nil }
        let shown = sorted.prefix(3).map(\.sourcePath).joined(separator: ", ")
        let more: Message = sorted.count > 3 ? " and \(sorted.count - 3) more" : ""
        let these: Message = sorted.count == 1 ? "This translation records" : "\(sorted.count) translations record"
        return .warning(first.sourcePath,
                        "\(these) no `translation_of:` (\(shown)\(more)), so Beacon cannot tell when the text they were translated from changes.",
                        hint: "When a translation matches its source as it is now, add `translation_of:` with the hash `beacon check --hash` prints for the source (for this file: `translation_of: \(TranslationHash.of(body: source.body))`).")
    }
}
