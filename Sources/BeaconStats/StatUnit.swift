import BeaconCore
import BeaconContent

/// What a figure counts. Built-in units (`case`, `person`, `yuan`, …) have their words in the
/// theme's `stats.yaml` under `stats.units.<key>.one|other`; a metric of the site's own can give
/// words per language instead.
public enum StatUnit: Sendable, Hashable {
    case known(String)
    /// Words per language code; `one` is used for exactly 1, `other` for everything else.
    case custom([String: PluralWords])

    /// The built-in unit keys, whose words every theme provides.
    public static let knownKeys = ["case", "report", "suspect", "person", "person_time", "warning", "account", "yuan"]

    /// The unit word for `value` in `language`: `case` or `cases`, `起`.
    public func word(for value: StatNumber, approx: Bool, scaled: Bool, language: SiteLanguage) -> String {
        let words: PluralWords
        switch self {
        case .known(let key):
            let table = language.words
            let other = table["stats.units.\(key).other"] ?? table["stats.units.\(key)"] ?? key
            words = PluralWords(one: table["stats.units.\(key).one"] ?? other, other: other)
        case .custom(let byLanguage):
            words = byLanguage[language.code] ?? byLanguage.sorted { $0.key < $1.key }.first?.value ?? PluralWords(one: "", other: "")
        }
        let isOne = !approx && !scaled && value == StatNumber(1)
        return isOne ? words.one : words.other
    }
}

/// A unit's word in one language, singular and plural (the same in Chinese).
public struct PluralWords: Sendable, Hashable {
    public var one: String
    public var other: String
    public init(one: String, other: String) { self.one = one; self.other = other }
}
