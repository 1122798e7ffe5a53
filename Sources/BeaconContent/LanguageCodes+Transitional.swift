import BeaconCore

/// Transitional: the website (`BeaconSite`) still names languages by code while its template
/// values are rewritten (issue #11). Everything else passes a `Language`; this file goes
/// when the website does too.
extension ThemeStrings {
    public func string(_ key: String, _ code: String) -> String {
        byLanguage[code]?[key] ?? key
    }

    public func format(_ key: String, _ code: String, _ values: [String: String]) -> String {
        var s = string(key, code)
        for (k, v) in values { s = s.replacingOccurrences(of: "{\(k)}", with: v) }
        return s
    }

    public func count(_ key: String, _ code: String, _ n: Int) -> String {
        Self.count(key, n, table: strings(code))
    }

    public func strings(_ code: String) -> [String: String] { byLanguage[code] ?? [:] }

    public func nested(_ code: String) -> TemplateMap { Self.nested(strings(code)) }
}

/// Transitional, as above: lookups by language code for the website.
extension Site {
    public func page(key: String, language code: String) -> ContentPage? { page(key: key, code: code) }
    public func pages(_ kind: ContentKind, language code: String) -> [ContentPage] { pages(kind, code: code) }
    public func listed(_ kind: ContentKind?, language code: String) -> [ContentPage] { listed(kind, code: code) }
}
