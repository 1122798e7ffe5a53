import Foundation
import Yams

/// Translations of Beacon's messages, by language: English template → translated template.
///
/// The catalogue files live in `Sources/BeaconStarter/Messages/<language>.yaml` and are
/// embedded in the executable; the command line installs them (`MessageCatalog.install`)
/// with the language the user reads, chosen by `MessageCatalog.language(environment:)`.
/// Library code never needs to know: a `Message` is rendered when it is shown.
public final class MessageCatalog: Sendable {
    /// The language messages are shown in by default: English (`base`), or one of the translations.
    public let language: Language
    /// Translated templates by language code: the catalogue files are named by code.
    private let translations: [String: [String: String]]

    public init(language: Language, translations: [String: [String: String]]) {
        self.language = language
        self.translations = translations
    }

    /// English only: what a library sees until the command line installs a catalogue.
    public static let english = MessageCatalog(language: base, translations: [:])

    /// English, the language every message is written in: the catalogue's default, which needs
    /// no translation.
    public static let base = Language(code: "en", isDefault: true)

    private static let current = Locked(MessageCatalog.english)

    /// The catalogue messages are rendered with.
    public static var shared: MessageCatalog { current.get() }

    /// Makes `catalog` the one messages are rendered with (once, at start-up).
    public static func install(_ catalog: MessageCatalog) { current.update { $0 = catalog } }

    /// The translation of `template` into `language`, if the catalogue has one.
    public func translation(of template: String, in language: Language) -> String? {
        translations[language.code]?[template]
    }

    /// Reads a catalogue file: a YAML map of English template to translation.
    public static func parse(_ yaml: String) throws -> [String: String] {
        guard let map = try Yams.load(yaml: yaml) as? [String: String] else { return [:] }
        return map
    }

    /// The language a user reads, from `BEACON_LANG`, then the locale variables in POSIX
    /// order (`LC_ALL`, `LC_MESSAGES`, `LANG`): `zh_CN.UTF-8` → `zh`. English when none says,
    /// or when it names a language the catalogue has no file for (`available` codes).
    public static func language(environment: [String: String], available: [String]) -> Language {
        for key in ["BEACON_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            let code = String(value.lowercased().prefix { $0.isLetter })
            if value == "C" || value == "POSIX" || code.isEmpty || code == base.code || !available.contains(code) { return base }
            return Language(code: code, isDefault: false)
        }
        return base
    }
}
