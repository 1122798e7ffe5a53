import BeaconCore

extension FraudType {
    /// How to fix an unknown fraud-type key: the nearest key if one is close, then every key
    /// with its label in the site's first language (`task-rebate` (刷单返利)), so a clerk
    /// recognises the type by its name rather than guessing the key.
    public static func unknownKeyHint(_ key: String, among types: [FraudType], language: Language) -> Message {
        let listed = types.map { t in "`\(t.key)` (\(t.label.text(language)))" }.joined(separator: ", ")
        let all: Message = "The site's fraud types: \(listed). They are listed under `fraud_types:` in site.yaml."
        guard let near = NearestName.suggest(key, among: types.map(\.key)) else { return all }
        return "Did you mean `\(near)`? " + all
    }
}
