import CPangoCairo

/// One line of bold type set by Pango, with the same extra space between every pair of
/// characters (Pango's letter spacing), measured by its ink so it can be centred by eye.
final class BannerLine {
    let layout: OpaquePointer
    /// The ink rectangle relative to the layout's origin, in points.
    private(set) var ink = Rect(x: 0, y: 0, width: 0, height: 0)
    /// The advance width of the line (letter spacing included), in points.
    private(set) var advance = 0.0

    init(_ text: String, size: Double, spacing: Double, engine: TextEngine) {
        CairoFontLock.enter()
        defer { CairoFontLock.leave() }
        layout = pango_layout_new(engine.context)
        let font = FontDescription(face: .sans, size: size, bold: true)
        pango_layout_set_font_description(layout, font.pointer)
        pango_layout_set_width(layout, -1)
        pango_layout_set_single_paragraph_mode(layout, 1)
        pango_layout_set_text(layout, text, -1)
        let attrs = pango_attr_list_new()
        pango_attr_list_insert(attrs, pango_attr_language_new(engine.language))
        if spacing > 0 {
            pango_attr_list_insert(attrs, pango_attr_letter_spacing_new(Int32((spacing * Double(PANGO_SCALE)).rounded())))
        }
        pango_layout_set_attributes(layout, attrs)
        pango_attr_list_unref(attrs)
        var inkRect = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &inkRect, &logical)
        let s = Double(PANGO_SCALE)
        ink = Rect(x: Double(inkRect.x) / s, y: Double(inkRect.y) / s, width: Double(inkRect.width) / s, height: Double(inkRect.height) / s)
        advance = Double(logical.width) / s
    }

    deinit { CairoFontLock.run { g_object_unref(UnsafeMutableRawPointer(layout)) } }

    /// Draws the line so its ink's centre lands on (`cx`, `cy`).
    func draw(on canvas: CairoCanvas, centreX cx: Double, centreY cy: Double, colour: Colour) {
        canvas.setColour(colour)
        cairo_move_to(canvas.cr, cx - ink.x - ink.width / 2, cy - ink.y - ink.height / 2)
        CairoFontLock.run { pango_cairo_show_layout(canvas.cr, layout) }
    }
}
