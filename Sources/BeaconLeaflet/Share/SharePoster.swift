import Foundation

/// The 1080×1440 poster a grid worker saves and posts in a WeChat group: the office in the
/// theme's header colour, what the item is and its date, the title, the key figures (or a
/// sentence or two), a slogan band, and a QR code to the page with the hotlines beside it.
/// Sizes are pixels; the smallest text (28 px) still reads at about 10 pt on a phone.
public enum SharePoster {
    public static let width = 1080
    public static let height = 1440

    static let margin = 72.0
    static let headerHeight = 176.0
    static let footerHeight = 300.0
    static let sloganHeight = 148.0

    /// The poster as PNG bytes; the same content gives the same bytes.
    public static func png(_ c: PosterContent) throws -> Data {
        let surface = ImageSurface(width: width, height: height)
        let canvas = CairoCanvas(surface: surface.surface)
        let engine = TextEngine(languageTag: c.languageTag)
        draw(c, on: canvas, engine: engine)
        return try PNGEncoder.png(surface, width: width, height: height)
    }

    static func draw(_ c: PosterContent, on canvas: CairoCanvas, engine: TextEngine) {
        let (w, h) = (Double(width), Double(height))
        let brand = Colour(hex: c.colours.brand), accent = Colour(hex: c.colours.accent)
        let ink = Colour(hex: c.colours.ink), tint = Colour(hex: c.colours.tint)
        let muted = Colour(hex: 0x4A5260)
        let inner = w - 2 * margin
        canvas.fill(Rect(x: 0, y: 0, width: w, height: h), .white)

        // The office, white on the header band, with a red rule under it.
        canvas.fill(Rect(x: 0, y: 0, width: w, height: headerHeight), brand)
        canvas.fill(Rect(x: 0, y: headerHeight, width: w, height: 12), accent)
        let office = PosterText.fit(c.office, style: TextStyle(size: 44, bold: true, colour: .white, leading: 1.25),
                                    sizes: stride(from: 44, through: 32, by: -4), width: inner, maxLines: 2, engine: engine)
        PosterText.draw(office, on: canvas, x: margin, y: (headerHeight - office.height) / 2)

        // What it is and when, then the title.
        var y = headerHeight + 12 + 64
        let kicker = TextLayout(c.kicker, style: TextStyle(size: 34, bold: true, colour: .white, leading: 1.3), width: inner, engine: engine)
        let pill = Rect(x: margin, y: y, width: kicker.inkWidth + 44, height: kicker.height + 16)
        canvas.fillRoundedRect(pill, radius: 10, colour: accent)
        PosterText.draw(kicker, on: canvas, x: margin + 22, y: y + 8)
        if let date = c.date {
            let d = TextLayout(date, style: TextStyle(size: 32, colour: muted, leading: 1.3), width: inner - pill.width - 32, engine: engine)
            PosterText.draw(d, on: canvas, x: pill.maxX + 28, y: y + (pill.height - d.height) / 2)
        }
        let top = pill.maxY + 40
        let bottom = h - footerHeight - sloganHeight - 48
        let title = title(c.title, colour: ink, engine: engine)
        // Laid out first and drawn after: what is short is grown (the figure cards) and then
        // centred between the kicker and the slogan band, so a short poster has no white band.
        let below = top + title.height + 48
        var blockHeight = title.height
        var body: TextLayout?
        var cards: (rows: Int, height: Double)?
        if !c.figures.isEmpty {
            let shown = min(4, c.figures.count), columns = shown == 1 ? 1 : 2
            let rows = (shown + columns - 1) / columns
            let height = min(maxCardHeight, (bottom - below - figureGap * Double(rows - 1)) / Double(rows))
            cards = (rows, height)
            blockHeight += 48 + Double(rows) * height + Double(rows - 1) * figureGap
        } else if let text = c.text, !text.isEmpty, Int((bottom - below) / (34 * 1.6)) >= 2 {
            // The sentence or two, in the room left, as large as it fits there (from 48 px down
            // to 34); a bar in the header colour down its side.
            let steps = stride(from: 48.0, through: 34, by: -2).map { ($0, Int((bottom - below) / ($0 * 1.6))) }.filter { $0.1 >= 1 }
            let layout = PosterText.fit(text, style: TextStyle(size: 38, colour: ink, leading: 1.6), steps: steps, width: inner - 36, engine: engine)
            body = layout
            blockHeight += 48 + layout.height
        }
        y = top + max(0, (bottom - top - blockHeight) / 2)
        y += PosterText.draw(title, on: canvas, x: margin, y: y) + 48
        if let cards {
            drawFigures(c.figures, top: y, cardHeight: cards.height, width: inner, on: canvas, engine: engine, colours: (accent, ink, muted, tint))
        } else if let body {
            canvas.fill(Rect(x: margin, y: y, width: 8, height: body.height), brand)
            PosterText.draw(body, on: canvas, x: margin + 36, y: y)
        }

        // The slogan on a red band across the poster.
        let bandTop = h - footerHeight - sloganHeight
        canvas.fill(Rect(x: 0, y: bandTop, width: w, height: sloganHeight), accent)
        if let slogan = c.slogan {
            // One line if it fits at a readable size, else two.
            let s = PosterText.fit(slogan, style: TextStyle(size: 48, bold: true, colour: .white, leading: 1.25, alignment: .centre),
                                   steps: [(48, 1), (44, 1), (40, 1), (36, 1), (46, 2), (40, 2), (34, 2)], width: inner, engine: engine)
            PosterText.draw(s, on: canvas, x: margin, y: bandTop + (sloganHeight - s.height) / 2)
        }
        drawFooter(c, top: h - footerHeight, on: canvas, engine: engine, colours: (brand, ink, muted))
    }

    /// Up to four figures in cards, two to a row: the value large in red, its label under it.
    /// Returns the bottom of the last row.
    /// The title as a headline: broken between words (ICU's dictionary segments Chinese), its
    /// lines balanced, as large as four lines allow.
    static func title(_ text: String, colour: Colour, engine: TextEngine) -> TextLayout {
        PosterText.fit(text, style: TextStyle(size: 68, bold: true, colour: colour, leading: 1.32, headline: true),
                       sizes: stride(from: 68, through: 52, by: -4), width: Double(width) - 2 * margin, maxLines: 4, engine: engine)
    }

    /// Cards grow to fill a short poster, up to this height (px).
    static let maxCardHeight = 300.0
    static let figureGap = 24.0

    @discardableResult
    static func drawFigures(_ figures: [PosterContent.Figure], top: Double, cardHeight: Double, width: Double, on canvas: CairoCanvas,
                            engine: TextEngine, colours: (accent: Colour, ink: Colour, muted: Colour, tint: Colour)) -> Double {
        let shown = Array(figures.prefix(4))
        let columns = shown.count == 1 ? 1 : 2
        let rows = (shown.count + columns - 1) / columns
        let gap = figureGap
        let cardWidth = (width - gap * Double(columns - 1)) / Double(columns)
        let pad = 28.0
        for (i, f) in shown.enumerated() {
            let x = margin + Double(i % columns) * (cardWidth + gap)
            let y = top + Double(i / columns) * (cardHeight + gap)
            canvas.fillRoundedRect(Rect(x: x, y: y, width: cardWidth, height: cardHeight), radius: 14, colour: colours.tint)
            canvas.fill(Rect(x: x, y: y, width: 10, height: cardHeight), colours.accent)
            let value = PosterText.fit(f.value, style: TextStyle(size: 60, bold: true, colour: colours.accent, leading: 1.2),
                                       steps: [(60, 1), (52, 1), (44, 1), (44, 2), (38, 2), (34, 2)], width: cardWidth - 2 * pad, engine: engine)
            let label = PosterText.fit(f.label, style: TextStyle(size: 32, colour: colours.ink, leading: 1.3),
                                       sizes: stride(from: 32, through: 28, by: -2), width: cardWidth - 2 * pad, maxLines: 2, engine: engine)
            let note = f.note.map {
                PosterText.fit($0, style: TextStyle(size: 28, colour: colours.muted, leading: 1.3),
                               sizes: stride(from: 28, through: 28, by: -2), width: cardWidth - 2 * pad, maxLines: 1, engine: engine)
            }
            let total = value.height + 8 + label.height + (note.map { 6 + $0.height } ?? 0)
            var ty = y + max(pad / 2, (cardHeight - total) / 2)
            ty += PosterText.draw(value, on: canvas, x: x + pad, y: ty) + 8
            ty += PosterText.draw(label, on: canvas, x: x + pad, y: ty) + 6
            if let note { PosterText.draw(note, on: canvas, x: x + pad, y: ty) }
        }
        return top + Double(rows) * cardHeight + Double(rows - 1) * gap
    }

    /// The QR code to the page on the right; on the left, what to do with it, the hotlines
    /// and the page's address for those who type it.
    static func drawFooter(_ c: PosterContent, top: Double, on canvas: CairoCanvas, engine: TextEngine,
                           colours: (brand: Colour, ink: Colour, muted: Colour)) {
        let side = 240.0
        let qrX = Double(width) - margin - side, qrY = top + (footerHeight - side) / 2
        if let qr = QRMatrix(c.url) {
            // Whole pixels per module, so the code stays sharp and scans from a phone screen.
            let modules = Double(qr.size + 2 * QRMatrix.quietZone)
            let module = max(1, (side / modules).rounded(.down))
            let drawn = module * modules
            QRBadge.draw(qr, side: drawn, x: (qrX + (side - drawn) / 2).rounded(), y: (qrY + (side - drawn) / 2).rounded(), on: canvas)
        }
        let textWidth = qrX - margin - 32
        var y = top + 40
        let hint = PosterText.fit(c.scanHint, style: TextStyle(size: 40, bold: true, colour: colours.brand, leading: 1.3),
                                  sizes: stride(from: 40, through: 32, by: -2), width: textWidth, maxLines: 2, engine: engine)
        y += PosterText.draw(hint, on: canvas, x: margin, y: y) + 18
        if let hotlines = c.hotlines {
            let l = PosterText.fit(hotlines, style: TextStyle(size: 32, bold: true, colour: colours.ink, leading: 1.35),
                                   sizes: stride(from: 32, through: 28, by: -2), width: textWidth, maxLines: 2, engine: engine)
            y += PosterText.draw(l, on: canvas, x: margin, y: y) + 14
        }
        let address = PosterText.fit(c.url, style: TextStyle(size: 28, colour: colours.muted, leading: 1.3),
                                     sizes: stride(from: 28, through: 28, by: -2), width: textWidth, maxLines: 2, engine: engine)
        if y + address.height <= top + footerHeight - 20 { PosterText.draw(address, on: canvas, x: margin, y: y) }
    }
}
