import BeaconCairo
import Foundation

/// The 1200×630 link-preview card of pages without a poster of their own: the site's title
/// on the header blue, what it is under it, and a slogan on the red band.
public enum SiteCard {
    public static let width = 1200
    public static let height = 630

    public static func png(_ c: SiteCardContent) throws -> Data {
        let surface = try CairoImage.picture(width: width, height: height)
        let canvas = CairoCanvas(surface: surface.surface)
        let engine = TextEngine(languageTag: c.languageTag)
        let (w, h) = (Double(width), Double(height))
        let margin = 80.0, band = 150.0
        canvas.fill(Rect(x: 0, y: 0, width: w, height: h), Colour(hex: c.colours.brand))
        canvas.fill(Rect(x: 0, y: h - band, width: w, height: band), Colour(hex: c.colours.accent))
        let title = PosterText.fit(c.title, style: TextStyle(size: 84, bold: true, colour: .white, leading: 1.2, alignment: .centre),
                                   sizes: stride(from: 84, through: 56, by: -4), width: w - 2 * margin, maxLines: 2, engine: engine)
        let subtitle = c.subtitle.map {
            PosterText.fit($0, style: TextStyle(size: 36, colour: .white, leading: 1.35, alignment: .centre),
                           sizes: stride(from: 36, through: 30, by: -2), width: w - 2 * margin, maxLines: 2, engine: engine)
        }
        let total = title.height + (subtitle.map { 28 + $0.height } ?? 0)
        var y = (h - band - total) / 2
        y += PosterText.draw(title, on: canvas, x: margin, y: y) + 28
        if let subtitle { PosterText.draw(subtitle, on: canvas, x: margin, y: y) }
        if let slogan = c.slogan {
            let s = PosterText.fit(slogan, style: TextStyle(size: 48, bold: true, colour: .white, leading: 1.25, alignment: .centre),
                                   sizes: stride(from: 48, through: 34, by: -2), width: w - 2 * margin, maxLines: 2, engine: engine)
            PosterText.draw(s, on: canvas, x: margin, y: h - band + (band - s.height) / 2)
        }
        return try PNGEncoder.png(surface, width: width, height: height)
    }
}
