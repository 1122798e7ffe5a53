import BeaconContent
import BeaconLeaflet

extension ShareColours {
    /// The theme's colours, with `theme_options: {colours: {brand:, accent:}}` from site.yaml
    /// where a site sets them, so posters match the site's header and hotline bar.
    public static func of(_ config: SiteConfig) -> ShareColours {
        var c = ShareColours.theme
        if let v = config.themeOptions.brand.flatMap(hex) { c.brand = v }
        if let v = config.themeOptions.accent.flatMap(hex) { c.accent = v }
        return c
    }

    /// `#0b3a78` or `0b3a78` → 0x0B3A78; nil for anything else.
    static func hex(_ s: String) -> UInt32? {
        let digits = s.hasPrefix("#") ? String(s.dropFirst()) : s
        guard digits.count == 6 else { return nil }
        return UInt32(digits, radix: 16)
    }
}
