import BeaconCore

/// The two languages of the test sites, as `site.yaml`'s `languages: [zh, en]` resolves them.
extension Language {
    static let zh = Language(code: "zh", isDefault: true)
    static let en = Language(code: "en", isDefault: false)
}
