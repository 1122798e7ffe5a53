import CPangoCairo

/// Owns a Pango font map and context set up for print: 72 dpi (so sizes are points), glyph
/// positions not rounded to whole points, no hinting, and the text's language set so Noto
/// CJK picks the mainland forms of punctuation.
final class TextEngine {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    let language: OpaquePointer?
    let languageTag: String
    /// The language's phrases to keep whole and month names (from the theme's leaflet strings).
    var breakWords = LineBreakRules.Words()
    /// Body text justified (两端对齐): the theme's `leaflet.justify` for the language.
    var justify = false

    /// `languageTag` is a BCP 47 tag (`zh-CN`, `en`).
    init(languageTag: String) {
        fontMap = pango_cairo_font_map_new()
        context = pango_font_map_create_context(fontMap)
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_round_glyph_positions(context, 0)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        self.languageTag = languageTag
        language = pango_language_from_string(languageTag.lowercased())
        pango_context_set_language(context, language)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// The family fontconfig actually gives for `face`, to catch a machine without fonts-noto-cjk
    /// (Pango would silently substitute another font).
    func resolvedFamily(_ face: TextStyle.Face) -> String {
        let desc = FontDescription(face: face, size: 10, bold: false)
        guard let font = pango_font_map_load_font(fontMap, context, desc.pointer) else { return "" }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        let described = pango_font_describe(font)
        defer { pango_font_description_free(described) }
        return pango_font_description_get_family(described).map { String(cString: $0) } ?? ""
    }
}
