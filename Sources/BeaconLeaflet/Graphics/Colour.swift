/// A colour as the screen shows it (sRGB, for Cairo and the previews) and as the press prints
/// it (CMYK, written into the PDF in place of the RGB that Cairo writes).
struct Colour: Sendable, Hashable {
    var r: Double
    var g: Double
    var b: Double
    var cmyk: CMYK?

    init(hex: UInt32, cmyk: CMYK? = nil) {
        r = Double((hex >> 16) & 0xFF) / 255
        g = Double((hex >> 8) & 0xFF) / 255
        b = Double(hex & 0xFF) / 255
        self.cmyk = cmyk
    }

    static let black = Colour(hex: 0x000000, cmyk: CMYK(c: 0, m: 0, y: 0, k: 1))
    static let white = Colour(hex: 0xFFFFFF, cmyk: CMYK(c: 0, m: 0, y: 0, k: 0))
}
