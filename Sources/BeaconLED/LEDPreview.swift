import BeaconCairo
import CPangoCairo
import Foundation

/// Draws a board's program as lit round LEDs on a dark panel, one panel per screen (static)
/// or per message (scroll, as wide as the message), on the board's true LED grid, with glyphs
/// from GNU Unifont. Unifont is 16 px; for 24- and 32-px fonts its glyphs are enlarged
/// (nearest neighbour), which the LED page says.
struct LEDPreview {
    let program: LEDProgram
    let font: Unifont
    let measure: (Character) -> Int

    /// Where each panel sits in the image, in image pixels.
    struct Panel: Sendable {
        var x: Int
        var y: Int
        var width: Int
        var height: Int
    }

    struct Layout {
        var pitch: Int
        var margin: Int
        var gap: Int
        var panels: [Panel]
        var width: Int
        var height: Int
    }

    var board: LEDBoard { program.board }

    /// LEDs each panel is wide: the board's width, or a scrolling message's full width.
    func panelColumns() -> [Int] {
        program.screens.map { board.mode == .scroll ? max(board.width, $0.width) : board.width }
    }

    func layout() -> Layout {
        let columns = panelColumns()
        var pitch = max(3, min(6, 1152 / max(1, board.width)))
        while true {
            let margin = 2 * pitch, gap = 3 * pitch
            var y = margin
            var panels: [Panel] = []
            for c in columns {
                panels.append(Panel(x: margin, y: y, width: c * pitch, height: board.height * pitch))
                y += board.height * pitch + gap
            }
            let width = (columns.max() ?? board.width) * pitch + 2 * margin
            let height = max(y - gap + margin, board.height * pitch + 2 * margin)
            if (width <= 30_000 && height <= 30_000) || pitch == 1 {
                return Layout(pitch: pitch, margin: margin, gap: gap, panels: panels, width: width, height: height)
            }
            pitch -= 1
        }
    }

    /// Which LEDs of a panel are lit.
    func bitmap(_ screen: LEDProgram.Screen, columns: Int) -> [Bool] {
        var lit = [Bool](repeating: false, count: columns * board.height)
        let f = board.font
        for (row, line) in screen.lines.enumerated() {
            let top = board.mode == .scroll ? (board.height - f) / 2 : row * f
            // `align: center` (the default): a short line of a static screen sits in the middle,
            // as the controller shows it, instead of leaving the right half of the board dark.
            var x = 0
            if board.mode == .static, board.playback.align == .center {
                x = max(0, (columns - line.reduce(0) { $0 + measure($1) }) / 2)
            }
            for ch in line {
                let cell = measure(ch)
                defer { x += cell }
                guard ch != " " else { continue }
                guard let g = font.glyph(ch) else {
                    // No glyph: draw an empty box, as fonts do, so the gap is visible.
                    for yy in 1..<(f - 1) { for xx in 1..<(cell - 1) where yy == 1 || yy == f - 2 || xx == 1 || xx == cell - 2 {
                        set(&lit, x + xx, top + yy, columns)
                    } }
                    continue
                }
                let scaled = g.width * f / 16
                let ox = max(0, (cell - scaled) / 2)
                for yy in 0..<f {
                    for xx in 0..<min(cell, scaled) where g.isLit(x: xx * 16 / f, y: yy * 16 / f) {
                        set(&lit, x + ox + xx, top + yy, columns)
                    }
                }
            }
        }
        return lit
    }

    private func set(_ lit: inout [Bool], _ x: Int, _ y: Int, _ columns: Int) {
        guard x >= 0, x < columns, y >= 0, y < board.height else { return }
        lit[y * columns + x] = true
    }

    /// The PNG, or nil when Cairo could not make the image.
    ///
    /// Drawing hundreds of thousands of circles one by one is slow, so each panel takes two
    /// Cairo operations: a repeating tile of one unlit LED fills the panel, then a repeating
    /// tile of one lit LED is painted through a mask that holds one pixel per LED, enlarged
    /// without smoothing to the LED pitch.
    func png() -> (data: Data, layout: Layout)? {
        let l = layout()
        guard let image = CairoImage(width: l.width, height: l.height),
              let litTile = dotTile(l.pitch, board.color.rgb.lit), let dimTile = dotTile(l.pitch, board.color.rgb.dim) else { return nil }
        let cr = image.context
        cairo_set_source_rgb(cr, 0.07, 0.07, 0.08)
        cairo_paint(cr)
        for (screen, panel) in zip(program.screens, l.panels) {
            let columns = panel.width / l.pitch
            let ox = Double(panel.x), oy = Double(panel.y)
            cairo_set_source_rgb(cr, 0.0, 0.0, 0.0)
            cairo_rectangle(cr, ox - Double(l.pitch / 2), oy - Double(l.pitch / 2), Double(panel.width + l.pitch), Double(panel.height + l.pitch))
            cairo_fill(cr)
            // Unlit LEDs everywhere on the panel.
            var m = cairo_matrix_t()
            cairo_matrix_init_translate(&m, -ox, -oy)
            cairo_pattern_set_matrix(dimTile.pattern, &m)
            cairo_pattern_set_matrix(litTile.pattern, &m)
            cairo_set_source(cr, dimTile.pattern)
            cairo_rectangle(cr, ox, oy, Double(panel.width), Double(panel.height))
            cairo_fill(cr)
            // Lit LEDs through the mask.
            guard let mask = LEDMask(bits: bitmap(screen, columns: columns), columns: columns, rows: board.height) else { return nil }
            cairo_matrix_init_scale(&m, 1.0 / Double(l.pitch), 1.0 / Double(l.pitch))
            cairo_matrix_translate(&m, -ox, -oy)
            cairo_pattern_set_matrix(mask.pattern, &m)
            cairo_set_source(cr, litTile.pattern)
            cairo_mask(cr, mask.pattern)
        }
        guard let data = try? image.png().get() else { return nil }
        return (data, l)
    }

    /// One LED: a round dot of `color` on black, `pitch` pixels square, repeating.
    func dotTile(_ pitch: Int, _ color: (Double, Double, Double)) -> CairoPattern? {
        guard let tile = CairoImage(width: pitch, height: pitch) else { return nil }
        cairo_set_source_rgb(tile.context, 0, 0, 0)
        cairo_paint(tile.context)
        cairo_set_source_rgb(tile.context, color.0, color.1, color.2)
        cairo_arc(tile.context, Double(pitch) / 2, Double(pitch) / 2, Double(pitch) * 0.42, 0, 2 * Double.pi)
        cairo_fill(tile.context)
        return CairoPattern(image: tile, extend: CAIRO_EXTEND_REPEAT)
    }
}
