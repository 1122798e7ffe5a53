import BeaconCore
import CPangoCairo
import Foundation

/// Works around a bug in Cairo 1.16's CFF subsetter (Debian's libcairo2 1.16.0): to keep only
/// the subroutines a font subset uses, it reads each glyph's charstring, but it counts the
/// operands of drawing operators towards the hints declared before a glyph's first
/// `hintmask`. A glyph whose first `hintmask` follows drawing operators is then misread past
/// its mask, and a subroutine it calls is dropped from the PDF: in Noto Sans CJK SC Regular
/// the common 如 (and 瘃) print as blank, though `pdftotext` still finds them and Beacon's own
/// PNG previews, drawn without subsetting, show them.
///
/// Cairo keeps every subroutine of a font when one glyph of its subset cannot be read that
/// way; in that font, `Ã` is such a glyph (an accented letter made from two others). So each
/// leaflet sets one `Ã` in that face outside its pages, where it is neither printed nor
/// extracted, and the face's subset is written with all its subroutines: every glyph
/// prints, at the cost of a larger file (some 800 KB). Noto Sans CJK SC Bold and the serif
/// faces lose no common character this way, so they keep the smaller subsets.
enum CFFSubroutineKeeper {
    /// The face and the glyph that makes Cairo keep its subroutines.
    static let face = TextStyle.Face.sans
    static let keeper = "Ã"

    /// The keeper's colour: no design colour, so its one text block is found again in the
    /// page content by it (`strip`).
    static let colour = (r: 0.01, g: 0.02, b: 0.03)

    /// Sets the keeper glyph, tiny, in the corner of the sheet outside the bleed, as the last
    /// thing on the page `canvas` is drawing. (Cairo leaves out what is drawn off the sheet,
    /// so it is drawn on it and `strip` takes it out of the finished page.)
    static func draw(on canvas: CairoCanvas) {
        let cr = canvas.cr
        CairoFontLock.enter()
        defer { CairoFontLock.leave() }
        guard let layout = pango_cairo_create_layout(cr) else { return }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let font = FontDescription(face: face, size: 1, bold: false)
        pango_layout_set_font_description(layout, font.pointer)
        pango_layout_set_text(layout, keeper, -1)
        cairo_save(cr)
        cairo_identity_matrix(cr)
        cairo_set_source_rgb(cr, colour.r, colour.g, colour.b)
        cairo_move_to(cr, 1, 1)
        pango_cairo_show_layout(cr, layout)
        cairo_restore(cr)
    }

    private static let block = NSRegularExpression.literal(#"0\.01 0\.02 0\.03 rg\s*BT\b.*?\bET\b\s?"#, options: [.dotMatchesLineSeparators])

    /// A page's content stream (as Cairo wrote it, in RGB) without the keeper's text block:
    /// the glyph stays in the font, nothing of it stays on the page.
    static func strip(_ content: String) -> String {
        let ns = content as NSString
        guard let last = block.matches(in: content, range: NSRange(location: 0, length: ns.length)).last else { return content }
        return ns.replacingCharacters(in: last.range, with: "")
    }
}
