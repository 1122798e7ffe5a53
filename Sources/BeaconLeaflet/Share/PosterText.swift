import Foundation

/// Text set for a poster or card: the largest size in a range at which it takes at most a
/// number of lines; at the smallest size, what still does not fit ends in `…`.
enum PosterText {
    static func fit(_ text: String, style: TextStyle, sizes: StrideThrough<Double>, width: Double, maxLines: Int,
                    engine: TextEngine) -> TextLayout {
        var last: TextLayout?
        var chosen = style
        for size in sizes {
            chosen.size = size
            let layout = TextLayout(text, style: chosen, width: width, engine: engine)
            if layout.lines.count <= maxLines { return layout }
            last = layout
        }
        guard let last, last.lines.count > maxLines else { return TextLayout(text, style: chosen, width: width, engine: engine) }
        // Keep the lines that fit, then take characters off the last until it holds the ellipsis.
        var kept = String(text.dropLast(last.remainder(after: maxLines).count))
        while !kept.isEmpty {
            kept.removeLast()
            let trimmed = kept.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) + "…"
            let layout = TextLayout(trimmed, style: chosen, width: width, engine: engine)
            if layout.lines.count <= maxLines { return layout }
        }
        return TextLayout("…", style: chosen, width: width, engine: engine)
    }

    /// The first of `steps` (size, most lines) the text fits; else the last, cut with `…`.
    static func fit(_ text: String, style: TextStyle, steps: [(size: Double, lines: Int)], width: Double, engine: TextEngine) -> TextLayout {
        var chosen = style
        var fallback: TextLayout?
        for step in steps.dropLast() {
            chosen.size = step.size
            let layout = TextLayout(text, style: chosen, width: width, engine: engine)
            guard layout.lines.count <= step.lines else { continue }
            // A paragraph does not end in a line of one or two characters (`报。`) if a smaller size avoids it.
            if layout.lines.count > 1, (layout.lines.last?.text.trimmingCharacters(in: .whitespaces).count ?? 3) <= 2 {
                fallback = fallback ?? layout
                continue
            }
            return layout
        }
        if let fallback { return fallback }
        let last = steps.last ?? (style.size, 1)
        return fit(text, style: style, sizes: stride(from: last.size, through: last.size, by: -1), width: width, maxLines: last.lines, engine: engine)
    }

    /// Draws every line of `layout` with its top at (`x`, `y`); returns its height.
    @discardableResult
    static func draw(_ layout: TextLayout, on canvas: CairoCanvas, x: Double, y: Double) -> Double {
        layout.draw(0..<layout.lines.count, on: canvas, x: x, y: y)
        return layout.height
    }
}
