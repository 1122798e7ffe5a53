import BeaconCairo
import CPangoCairo
import Foundation

/// Sets one banner in one language: the cloth in its colour, one line of bold type about 70%
/// of the height, centred and letter-spaced across the width; at 1:10 for banners longer than
/// 5 m, with the scale in a corner. Draws the same page into the print PDF and the preview PNG.
struct BannerRenderer {
    let text: String
    let size: BannerSize
    let colours: BannerColours
    /// The corner note of a scaled banner (`1:10 · print at 70×1200 cm`); nil at true size.
    let scaleNote: String?
    let engine: TextEngine

    /// The type's em as a share of the banner's height.
    static let typeHeight = 0.7
    /// Spacing stops growing here, in ems, so a short text on a long banner does not fall apart
    /// into single characters; Latin text, read as words, is spaced far less.
    static let maxSpacingCJK = 0.8
    static let maxSpacingLatin = 0.12

    /// Page size in points.
    var pageWidth: Double { Double(size.width) * 10 / Double(size.scale) * pointsPerMM }
    var pageHeight: Double { Double(size.height) * 10 / Double(size.scale) * pointsPerMM }

    /// Room for the text across: the banner less a margin at each end for the ropes and hem.
    var usableWidth: Double { pageWidth - 2 * max(0.15 * pageHeight, 0.03 * pageWidth) }

    /// The line as it will be set: at 70% of the height, shrunk if it is too wide, spaced out if short.
    func line() -> BannerLine {
        var fontSize = Self.typeHeight * pageHeight
        let natural = BannerLine(text, size: fontSize, spacing: 0, engine: engine)
        if natural.advance > usableWidth {
            fontSize *= usableWidth / natural.advance
            return BannerLine(text, size: fontSize, spacing: 0, engine: engine)
        }
        let gaps = max(0, text.count - 1)
        guard gaps > 0 else { return natural }
        let cjk = BannerDefinition.units(text) * 2 > Double(text.count) * 1.5
        let cap = (cjk ? Self.maxSpacingCJK : Self.maxSpacingLatin) * fontSize
        let spacing = min(cap, (usableWidth - natural.advance) / Double(gaps))
        return BannerLine(text, size: fontSize, spacing: spacing, engine: engine)
    }

    /// Paints the banner on `canvas`, whose units are the PDF's points.
    func paint(on canvas: CairoCanvas) {
        canvas.fill(Rect(x: 0, y: 0, width: pageWidth, height: pageHeight), colours.background)
        line().draw(on: canvas, centreX: pageWidth / 2, centreY: pageHeight / 2, colour: colours.text)
        if let scaleNote {
            // Small, in a corner, in the letters' colour: for the print shop, not the street.
            let note = TextLayout(scaleNote, style: TextStyle(size: max(8, pageHeight * 0.04), colour: colours.text),
                                  width: pageWidth / 2, engine: engine)
            let pad = pageHeight * 0.04
            note.draw(0..<note.lines.count, on: canvas, x: pad, y: pageHeight - pad - note.height)
        }
    }

    /// The print PDF: one page, the banner's trim, process colours, fonts embedded.
    func pdf(title: String, author: String, subject: String, languageTag: String, date: String) throws -> Data {
        let data: Data
        do {
            let surface = PDFSurface(width: pageWidth, height: pageHeight)
            surface.setMetadata(title: title, author: author, subject: subject, creator: "Beacon", date: date)
            let canvas = CairoCanvas(surface: surface.surface)
            paint(on: canvas)
            surface.showPage(canvas)
            data = try surface.finish()
        }
        let page = Rect(x: 0, y: 0, width: pageWidth, height: pageHeight)
        return try PDFPageBoxes.apply(to: data, boxes: .init(trim: page, bleed: page), languageTag: languageTag,
                                      colours: CMYKConversion(palette: BannerColours.palette))
    }

    /// A preview `pixels` wide for the web page.
    func preview(pixels: Int = 960) throws -> Data {
        let s = Double(pixels) / pageWidth
        let image = try CairoImage.picture(width: pixels, height: max(1, Int((pageHeight * s).rounded())))
        let canvas = CairoCanvas(surface: image.surface)
        canvas.scale(s)
        paint(on: canvas)
        return try image.pngData()
    }
}
