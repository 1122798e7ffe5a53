import BeaconCore

/// A banner's size in centimetres, height × width as clerks and print shops write it (`70x600`),
/// and the scale its PDF is drawn at.
struct BannerSize: Sendable, Equatable {
    var height: Int
    var width: Int

    /// The widest roll common large-format printers take (3.2 m): the short side must fit it.
    static let maxShortSide = 320
    /// Banner cloth comes on 50 m rolls; a longer banner is several banners.
    static let maxLongSide = 5000
    static let minSide = 20
    /// PDF pages are at most 200 inches (5.08 m) a side; longer banners are drawn at 1:10.
    static let maxTrueSize = 500
    /// Legibility: at most this many hanzi (two Latin letters count as one) per metre of width.
    static let hanziPerMetre = 12.0

    /// 1 at true size, 10 when the long side is over 5 m.
    var scale: Int { max(height, width) > Self.maxTrueSize ? 10 : 1 }
    /// `70×600`.
    var label: String { "\(height)×\(width)" }

    /// Reads `70x600` (also `70×600`, `70 X 600`); throws a diagnostic at `v` when it is not a
    /// size or not one a banner printer can take.
    static func read(_ v: YAMLValue) throws -> BannerSize {
        let raw = try v.nonEmptyString("size")
        let parts = raw.lowercased().replacingOccurrences(of: "×", with: "x").replacingOccurrences(of: "*", with: "x")
            .split(separator: "x").map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "cm", with: "") }
        guard parts.count == 2, let h = Int(parts[0]), let w = Int(parts[1]) else {
            throw v.error("`size` must be height × width in centimetres, such as `70x600`, found `\(raw)`.",
                          hint: "Write the height first, then the width, in whole centimetres: `size: 70x600` is 70 cm high and 6 m long.")
        }
        let size = BannerSize(height: h, width: w)
        if h < minSide || w < minSide {
            throw v.error("A banner of \(size.label) cm is too small to print: each side must be at least \(minSide) cm.",
                          hint: "Check the units: `size` is in centimetres, e.g. `70x600`.")
        }
        if h > w {
            throw v.error("The banner is \(h) cm high but only \(w) cm wide; Beacon sets banners as one line across, so the height must be the short side.",
                          hint: "Write height × width, e.g. `size: 70x600`; a vertical banner (竖幅) is not made by Beacon.")
        }
        if h > maxShortSide {
            throw v.error("A banner \(h) cm high is taller than the widest banner printers print (\(maxShortSide) cm rolls).",
                          hint: "Use a height of \(maxShortSide) cm or less; 70 to 100 cm is usual for street banners.")
        }
        if w > maxLongSide {
            throw v.error("A banner \(w) cm long is longer than a roll of banner cloth (\(maxLongSide / 100) m).",
                          hint: "Split the text over two banners, each at most \(maxLongSide) cm long.")
        }
        return size
    }
}
