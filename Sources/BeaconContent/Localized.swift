import BeaconCore

/// Text given per language in YAML, `{zh: 反诈, en: Anti-fraud}`, or once for all languages.
public struct Localized: Sendable, Hashable {
    public var values: [String: String]

    public init(_ values: [String: String]) { self.values = values }

    /// The text for `code`, else the default language's, else any.
    public func text(_ code: String, fallback: String? = nil) -> String {
        values[code] ?? fallback.flatMap { values[$0] } ?? values.sorted { $0.key < $1.key }.first?.value ?? ""
    }

    public subscript(code: String) -> String? { values[code] }

    /// The text in `language`, else in `fallback`, else any.
    public func text(_ language: Language, fallback: Language? = nil) -> String { text(language.code, fallback: fallback?.code) }

    public subscript(language: Language) -> String? { values[language.code] }

    /// Reads a plain string (the same in every language) or a mapping by language code.
    public static func read(_ v: YAMLValue, what: String, languages: [String]) throws -> Localized {
        if v.isMapping {
            var out: [String: String] = [:]
            var previous: String?
            for pair in try v.pairs() {
                defer { previous = pair.key }
                guard languages.contains(pair.key) else {
                    if pair.key.contains(" ") || pair.value.isNull {
                        throw pair.keyValue.error("`\(what)` is cut in two at a comma: `\(pair.key)` is read as a new key.",
                                                  hint: "Put text that contains a comma in quotes: `\(previous ?? languages.first ?? what): \"…, …\"`.")
                    }
                    throw pair.keyValue.error("`\(what)` has text for `\(pair.key)`, which is not one of the site's languages (\(languages.joined(separator: ", "))).",
                                              hint: NearestName.hint(for: pair.key, among: languages, noun: "languages"))
                }
                out[pair.key] = try pair.value.nonEmptyString("\(what).\(pair.key)")
            }
            return Localized(out)
        }
        let s = try v.nonEmptyString(what)
        return Localized(Dictionary(uniqueKeysWithValues: languages.map { ($0, s) }))
    }
}
