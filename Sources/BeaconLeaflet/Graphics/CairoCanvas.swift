import CPangoCairo

/// Owns a `cairo_t` drawing on a PDF or image surface; frees it in `deinit`.
final class CairoCanvas {
    let cr: OpaquePointer

    init(surface: OpaquePointer) {
        cr = cairo_create(surface)
    }

    /// Freeing the context may free the last reference to a scaled font (`CairoFontLock`).
    deinit { CairoFontLock.run { cairo_destroy(cr) } }

    func save() { cairo_save(cr) }
    func restore() { cairo_restore(cr) }
    func translate(_ x: Double, _ y: Double) { cairo_translate(cr, x, y) }
    func scale(_ s: Double) { cairo_scale(cr, s, s) }

    func setColour(_ c: Colour) { cairo_set_source_rgb(cr, c.r, c.g, c.b) }

    func fill(_ r: Rect, _ c: Colour) {
        setColour(c)
        cairo_rectangle(cr, r.x, r.y, r.width, r.height)
        cairo_fill(cr)
    }

    /// Fills many rectangles as one path, so abutting squares (a QR code) render without seams.
    func fill(_ rects: [Rect], _ c: Colour) {
        setColour(c)
        for r in rects { cairo_rectangle(cr, r.x, r.y, r.width, r.height) }
        cairo_fill(cr)
    }

    func line(from a: (Double, Double), to b: (Double, Double), width: Double, colour: Colour, dash: [Double] = []) {
        setColour(colour)
        cairo_set_line_width(cr, width)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        cairo_move_to(cr, a.0, a.1)
        cairo_line_to(cr, b.0, b.1)
        cairo_stroke(cr)
        cairo_set_dash(cr, nil, 0, 0)
    }

    func strokeRoundedRect(_ r: Rect, radius: Double, width: Double, colour: Colour) {
        roundedPath(r, radius: radius)
        setColour(colour)
        cairo_set_line_width(cr, width)
        cairo_stroke(cr)
    }

    func fillRoundedRect(_ r: Rect, radius: Double, colour: Colour) {
        roundedPath(r, radius: radius)
        setColour(colour)
        cairo_fill(cr)
    }

    private func roundedPath(_ r: Rect, radius: Double) {
        let k = min(radius, r.width / 2, r.height / 2)
        cairo_new_sub_path(cr)
        cairo_arc(cr, r.maxX - k, r.y + k, k, -.pi / 2, 0)
        cairo_arc(cr, r.maxX - k, r.maxY - k, k, 0, .pi / 2)
        cairo_arc(cr, r.x + k, r.maxY - k, k, .pi / 2, .pi)
        cairo_arc(cr, r.x + k, r.y + k, k, .pi, 1.5 * .pi)
        cairo_close_path(cr)
    }
}
