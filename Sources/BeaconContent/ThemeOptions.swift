import BeaconCore

/// `theme_options:` in site.yaml: what an office changes most, without editing CSS or
/// templates — its colours, its emblem and its hotline numbers.
///
/// ```yaml
/// theme_options:
///   colours: {brand: "#0b3a78", accent: "#b3141d"}
///   emblem: images/emblem.png          # a file under static/
///   hotlines:
///     - {label: {zh: 报警电话, en: Police}, number: "110"}
///     - {label: {zh: 区反诈中心, en: District anti-fraud centre}, number: "0517-83600110"}
/// ```
public struct ThemeOptions: Sendable, Hashable {
    /// One telephone number shown in the hotline bar, the footer and the home page's card.
    public struct Hotline: Sendable, Hashable {
        public let label: Localized
        public let number: String

        public init(label: Localized, number: String) {
            self.label = label
            self.number = number
        }

        /// The number as a `tel:` URL takes it: digits and a leading `+`.
        public var tel: String { number.filter { $0.isASCII && ($0.isNumber || $0 == "+") } }
    }

    /// `#rrggbb`, the header, links and buttons; nil keeps the theme's.
    public var brand: String?
    /// `#rrggbb`, the hotline bar and warnings; nil keeps the theme's.
    public var accent: String?
    /// Path under the site's `static/` of the image shown instead of the shield; nil keeps the shield.
    public var emblem: String?
    /// The value `emblem:` was read from, to point at its line.
    public var emblemValue: YAMLValue?
    /// nil: the theme's own two (110 and 96110, labelled in its string files).
    public var hotlines: [Hotline]?

    public init() {}

    /// The colours as CSS custom properties over the theme's (`:root{--blue:…}`), or nil.
    /// The theme's stylesheet names its brand colour `--blue` (with `--blue-dark` for hover
    /// and borders) and its accent `--red` (`--red-dark` for hover).
    public var cssVariables: String? {
        var vars: [String] = []
        if let brand, let rgb = RGB(hex: brand) { vars += ["--blue:\(brand)", "--blue-dark:\(rgb.scaled(0.72).hex)"] }
        if let accent, let rgb = RGB(hex: accent) { vars += ["--red:\(accent)", "--red-dark:\(rgb.scaled(0.8).hex)"] }
        return vars.isEmpty ? nil : ":root{" + vars.joined(separator: ";") + "}"
    }

    public static let knownKeys = ["colours", "emblem", "hotlines"]
    public static let colourKeys = ["brand", "accent"]
    public static let hotlineKeys = ["label", "number"]
}
