import BeaconCore
import Foundation

extension Starter {
    /// The message translations embedded in the executable, read once: language → English
    /// template → translation. A catalogue file that does not parse is skipped (messages
    /// then show in English) rather than stopping the program that reports problems.
    public static let messageTranslations: [String: [String: String]] = {
        var out: [String: [String: String]] = [:]
        for entry in embedded where entry.path.hasPrefix(messagesPrefix) && entry.path.hasSuffix(".yaml") {
            let language = String(entry.path.dropFirst(messagesPrefix.count).dropLast(".yaml".count))
            let text = String(decoding: Data(base64Encoded: entry.base64) ?? Data(), as: UTF8.self)
            if let table = try? MessageCatalog.parse(text) { out[language] = table }
        }
        return out
    }()

    /// The catalogue for a user whose environment is `environment` (`BEACON_LANG`, `LANG`…).
    public static func messageCatalog(environment: [String: String] = ProcessInfo.processInfo.environment) -> MessageCatalog {
        let translations = messageTranslations
        let language = MessageCatalog.language(environment: environment, available: [MessageCatalog.base.code] + translations.keys.sorted())
        return MessageCatalog(language: language, translations: translations)
    }
}
