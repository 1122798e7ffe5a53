import Foundation

/// Everything a share poster shows, already in words: the build decides what goes on it,
/// this module only draws it. Hashable, so an unchanged poster need not be drawn again.
public struct PosterContent: Sendable, Hashable {
    /// A key figure: `12.8万元` over `被骗金额`, with an optional note (`同比下降53.29%`) —
    /// the same figure a leaflet prints.
    public typealias Figure = LeafletFigure

    /// BCP 47 tag of the text (`zh-CN`, `en`), so Pango picks the right glyph forms.
    public var languageTag: String
    /// What the item is: `警情通报`, `Typical case`.
    public var kicker: String
    public var date: String?
    public var title: String
    public var figures: [Figure]
    /// One or two sentences, shown when there are no figures.
    public var text: String?
    public var slogan: String?
    /// The issuing office (`office:` in site.yaml, else the site title).
    public var office: String
    /// Where the QR code leads: the page's full address.
    public var url: String
    /// Under the QR code's side: `扫码阅读全文`.
    public var scanHint: String
    /// The hotlines line: `报警 110 · 反诈专线 96110`.
    public var hotlines: String?
    public var colours: ShareColours

    public init(languageTag: String, kicker: String, date: String?, title: String, figures: [Figure], text: String?,
                slogan: String?, office: String, url: String, scanHint: String, hotlines: String?, colours: ShareColours) {
        self.languageTag = languageTag
        self.kicker = kicker
        self.date = date
        self.title = title
        self.figures = figures
        self.text = text
        self.slogan = slogan
        self.office = office
        self.url = url
        self.scanHint = scanHint
        self.hotlines = hotlines
        self.colours = colours
    }
}

/// The theme's colours as posters and the site card use them (sRGB, `0xRRGGBB`).
public struct ShareColours: Sendable, Hashable {
    /// Header band and headings: the site header's blue.
    public var brand: UInt32
    /// Figures and the slogan band: the hotline bar's red.
    public var accent: UInt32
    /// Body text.
    public var ink: UInt32
    /// Behind the figure cards.
    public var tint: UInt32

    /// The default theme's colours (`--blue`, `--red`, `--ink`, `--tint` in site.css).
    public static let theme = ShareColours(brand: 0x0B3A78, accent: 0xB3141D, ink: 0x1B1F24, tint: 0xF3F6FA)

    public init(brand: UInt32, accent: UInt32, ink: UInt32, tint: UInt32) {
        self.brand = brand
        self.accent = accent
        self.ink = ink
        self.tint = tint
    }
}

/// The site card: the link-preview image of every page without a poster of its own.
public struct SiteCardContent: Sendable, Hashable {
    public var languageTag: String
    public var title: String
    public var subtitle: String?
    public var slogan: String?
    public var colours: ShareColours

    public init(languageTag: String, title: String, subtitle: String?, slogan: String?, colours: ShareColours) {
        self.languageTag = languageTag
        self.title = title
        self.subtitle = subtitle
        self.slogan = slogan
        self.colours = colours
    }
}
