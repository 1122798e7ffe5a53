import CPangoCairo

extension TextLayout {
    /// How far a list item's wrapped lines hang in from its first line (the marker's width,
    /// `1. `, `• `), in points; 0 for text that does not start with its marker.
    var hang: Double {
        guard markerLength > 0 else { return 0 }
        return max(0, -Double(pango_layout_get_indent(layout)) / Double(PANGO_SCALE))
    }
}
