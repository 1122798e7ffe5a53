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

    /// Every size in use, for the minimum-size check.
    var all: [Double] { [body, small, heading, caseTitle, title, figure, hotline] }

    var bodyStyle: TextStyle { TextStyle(size: body, leading: 1.6) }
    var smallStyle: TextStyle { TextStyle(size: small, colour: Palette.muted, leading: 1.4) }
}
