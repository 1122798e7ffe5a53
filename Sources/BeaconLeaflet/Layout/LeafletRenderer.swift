import BeaconCairo
import Foundation

/// Turns a laid-out leaflet into its PDF (with page boxes and metadata) and PNG previews.
struct LeafletRenderer {
    struct Metadata {
        var title: String
        var author: String
        var subject: String
        var languageTag: String
        var date: String
    }

    let painter: PagePainter

    /// The print PDF: media = trim + 12 mm all round; TrimBox and BleedBox set by qpdf afterwards.
    func pdf(_ meta: Metadata) throws -> Data {
        let margin = PagePainter.margin
        let width = painter.trimWidth + 2 * margin, height = painter.trimHeight + 2 * margin
        let data: Data
        do {
            let surface = PDFSurface(width: width, height: height)
            surface.setMetadata(title: meta.title, author: meta.author, subject: meta.subject, creator: "Beacon", date: meta.date)
            let canvas = CairoCanvas(surface: surface.surface)
            for page in 0..<painter.design.pageCount {
                canvas.save()
                canvas.translate(margin, margin)
                painter.paint(page: page, on: canvas, marks: true)
                canvas.restore()
                if page == painter.design.pageCount - 1 { CFFSubroutineKeeper.draw(on: canvas) }
                surface.showPage(canvas)
            }
            data = try surface.finish()
        }
        let bleed = mm(LeafletFormat.bleed)
        let trim = Rect(x: margin, y: margin, width: painter.trimWidth, height: painter.trimHeight)
        return try PDFPageBoxes.apply(to: data, boxes: .init(trim: trim, bleed: trim.inset(-bleed)), languageTag: meta.languageTag,
                                      colours: CMYKConversion(palette: Palette.all))
    }

    /// One PNG per page, of the trimmed page as a reader holds it, `dpi` dots per inch.
    func previews(dpi: Double = 100) throws -> [Data] {
        let s = dpi / 72
        return try (0..<painter.design.pageCount).map { page in
            let (w, h) = (Int((painter.trimWidth * s).rounded()), Int((painter.trimHeight * s).rounded()))
            let image = try CairoImage.picture(width: w, height: h)
            let canvas = CairoCanvas(surface: image.surface)
            canvas.fill(Rect(x: 0, y: 0, width: Double(w), height: Double(h)), .white)
            canvas.scale(s)
            painter.paint(page: page, on: canvas, marks: false)
            return try image.pngData()
        }
    }
}
