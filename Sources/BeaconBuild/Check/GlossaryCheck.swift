import BeaconContent
import BeaconCore
import Foundation

/// Fraud-type labels in `site.yaml` that stray from the theme's glossary
/// (`i18n/<lang>/glossary.yaml`, `glossary.fraud_types`: the label in that language by the
/// type's name in the default language), so one scam keeps one name on every page.
enum GlossaryCheck {
    static func run(_ site: Site) -> [Diagnostic] {
        let defaultLanguage = site.config.defaultLanguage
        let lines = (try? String(contentsOf: site.root.appendingPathComponent("site.yaml"), encoding: .utf8))?
            .components(separatedBy: "\n") ?? []
        var out: [Diagnostic] = []
        for lang in site.config.languages where lang != defaultLanguage {
            let prefix = "glossary.fraud_types."
            var glossary: [String: String] = [:]
            for (key, value) in site.language(lang).words where key.hasPrefix(prefix) {
                glossary[normalized(String(key.dropFirst(prefix.count)))] = value
            }
            guard !glossary.isEmpty else { continue }
            for type in site.config.fraudTypes {
                guard let name = type.label[defaultLanguage], let label = type.label[lang],
                      let suggested = glossary[normalized(name)], label != suggested else { continue }
                out.append(.warning("site.yaml", line: line(of: type.key, in: lines),
                                    "The \(lang.code) label of the fraud type `\(type.key)` (\(name)) is “\(label)”; the glossary calls it “\(suggested)”.",
                                    hint: "Write `\(lang.code): \(suggested)` for `\(type.key)` in site.yaml, so every page names this scam the same way (or change the theme's i18n/\(lang.code)/glossary.yaml if your office has chosen another name)."))
            }
        }
        return out
    }

    /// The name without a final `类`, spaces and punctuation: `网络婚恋、交友类` → `网络婚恋交友`.
    static func normalized(_ name: String) -> String {
        var s = String(name.unicodeScalars.filter { !CharacterSet.punctuationCharacters.union(.whitespaces).contains($0) })
        if s.hasSuffix("类") { s.removeLast() }
        return s
    }

    /// The line of `key:` under `fraud_types:` in site.yaml, for the message.
    static func line(of key: String, in lines: [String]) -> Int? {
        guard let start = lines.firstIndex(where: { $0.hasPrefix("fraud_types:") }) else { return nil }
        for i in (start + 1)..<lines.count {
            let t = lines[i].trimmingSpaces()
            if t.hasPrefix("\(key):") || t.hasPrefix("\"\(key)\":") { return i + 1 }
            if !lines[i].hasPrefix(" "), !lines[i].hasPrefix("#"), !t.isEmpty { break }
        }
        return nil
    }
}
