/// The leaflet's colours: sRGB for the screen and the previews, with the CMYK the PDF prints.
/// Text and the QR code print in black ink only (K 100), as print shops ask.
enum Palette {
    static let brand = Colour(hex: 0x0B4A8B, cmyk: CMYK(c: 1, m: 0.7, y: 0.1, k: 0.1))
    static let accent = Colour(hex: 0xC8102E, cmyk: CMYK(c: 0, m: 1, y: 0.8, k: 0.05))
    static let tint = Colour(hex: 0xE6EEF7, cmyk: CMYK(c: 0.1, m: 0.04, y: 0, k: 0))
    static let text = Colour(hex: 0x1A1A1A, cmyk: CMYK(c: 0, m: 0, y: 0, k: 1))
    static let muted = Colour(hex: 0x4D4D4D, cmyk: CMYK(c: 0, m: 0, y: 0, k: 0.75))
    static let marks = Colour.black

    /// Every colour the leaflets use, for the CMYK rewrite of the PDF.
    static let all: [Colour] = [brand, accent, tint, text, muted, .black, .white]
}
