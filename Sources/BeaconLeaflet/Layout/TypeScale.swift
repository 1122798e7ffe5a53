/// Type sizes per format, in points. Body text is at least 10.5 pt (五号), 12 pt and more on
/// the A5 letter for older readers; nothing is under 8 pt.
struct TypeScale: Sendable {
    var body: Double
    var small: Double
    var heading: Double
    var caseTitle: Double
    var title: Double
    var figure: Double
    var hotline: Double

    static func of(_ format: LeafletFormat) -> TypeScale {
        switch format {
        case .a4Trifold: return TypeScale(body: 10.5, small: 9, heading: 12, caseTitle: 13, title: 28, figure: 19, hotline: 24)
        case .a4: return TypeScale(body: 11, small: 9, heading: 13, caseTitle: 14, title: 30, figure: 22, hotline: 26)
        case .a5: return TypeScale(body: 12.5, small: 10.5, heading: 14, caseTitle: 15, title: 22, figure: 19, hotline: 24)
        }
    }

    /// Every size multiplied by `factor` (copy-fitting).
    func scaled(by factor: Double) -> TypeScale {
        TypeScale(body: body * factor, small: small * factor, heading: heading * factor, caseTitle: caseTitle * factor,
                  title: title * factor, figure: figure * factor, hotline: hotline * factor)
    }

    /// The factors copy-fitting may use for a format: down to where the smallest type is 8 pt
    /// and body text the format's minimum, up to the largest body size that still reads as a
    /// leaflet (a big-type A5 letter for older readers, a tri-fold panel of 14 pt).
    static func factors(_ format: LeafletFormat) -> ClosedRange<Double> {
        let s = of(format)
        let largest: Double = switch format {
        case .a4Trifold: 14
        case .a4: 16
        case .a5: 18
        }
        return max(8 / s.small, format.minimumBodySize / s.body)...(largest / s.body)
    }

    /// Every size in use, for the minimum-size check.
    var all: [Double] { [body, small, heading, caseTitle, title, figure, hotline] }

    var bodyStyle: TextStyle { TextStyle(size: body, leading: 1.6, justify: true) }
    var smallStyle: TextStyle { TextStyle(size: small, colour: Palette.muted, leading: 1.4) }
}
