/// The leaflet's colours (sRGB; see the report on what a print shop converts).
enum Palette {
    static let brand = Colour(hex: 0x0B4A8B)
    static let brandDark = Colour(hex: 0x08386A)
    static let accent = Colour(hex: 0xC8102E)
    static let tint = Colour(hex: 0xE6EEF7)
    static let text = Colour(hex: 0x1A1A1A)
    static let muted = Colour(hex: 0x4D4D4D)
    static let marks = Colour.black
}
