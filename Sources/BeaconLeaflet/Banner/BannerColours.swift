/// A banner's colour scheme (`colours:`): the cloth and the letters, in the process colours
/// print shops use for 横幅, solid red as M100 Y100.
enum BannerColours: String, Sendable, CaseIterable {
    case redWhite = "red-white"
    case redYellow = "red-yellow"
    case blueWhite = "blue-white"

    static let red = Colour(hex: 0xE60012, cmyk: CMYK(c: 0, m: 1, y: 1, k: 0))
    static let yellow = Colour(hex: 0xFFF100, cmyk: CMYK(c: 0, m: 0, y: 1, k: 0))
    static let blue = Colour(hex: 0x0068B7, cmyk: CMYK(c: 1, m: 0.6, y: 0, k: 0))

    var background: Colour {
        switch self {
        case .redWhite, .redYellow: Self.red
        case .blueWhite: Self.blue
        }
    }

    var text: Colour {
        switch self {
        case .redWhite, .blueWhite: .white
        case .redYellow: Self.yellow
        }
    }

    /// Every colour a banner uses, for the CMYK rewrite of the PDF.
    static let palette: [Colour] = [red, yellow, blue, .white, .black]
}
