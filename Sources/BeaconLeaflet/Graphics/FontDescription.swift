import CPangoCairo

/// Owns a `PangoFontDescription`.
final class FontDescription {
    let pointer: OpaquePointer

    init(face: TextStyle.Face, size: Double, bold: Bool) {
        pointer = pango_font_description_new()
        pango_font_description_set_family(pointer, face.rawValue)
        pango_font_description_set_size(pointer, Int32((size * Double(PANGO_SCALE)).rounded()))
        pango_font_description_set_weight(pointer, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    }

    deinit { pango_font_description_free(pointer) }
}
