extension LEDProgram {
    /// The board's screens as boxes a terminal shows at the board's proportions: one terminal
    /// column per half-width character.
    func terminalText(measure: (Character) -> Int) -> String {
        let columns = board.width / board.halfWidth
        var out = "\(board.name)  \(board.sizeLabel) LEDs · \(board.font) px · \(board.charset.label) · \(board.mode.rawValue) · \(totalBytes) bytes"
        if let max = board.maxBytes { out += " of \(max)" }
        let p = board.playback
        out += "\n  " + (board.mode == .static ? "stay \(p.stay) s · " : "") + "speed \(p.speed) · effect \(p.effect.rawValue)"
            + (board.mode == .static ? " · align \(p.align.rawValue)" : "") + "\n"
        for (i, item) in items.enumerated() {
            let src = item.message.source
            out += "  [\(i + 1)] \(src.kind.rawValue) \(src.file)\(src.line.map { ":\($0)" } ?? "") · \(item.bytes) bytes\n"
            for screen in item.screens {
                let rows = board.mode == .static ? screen.lines + Array(repeating: "", count: board.rows - screen.lines.count) : screen.lines
                let inner = board.mode == .static ? columns : max(columns, cells(rows.first ?? "", measure))
                out += "      ┌" + String(repeating: "─", count: inner) + "┐\n"
                for line in rows {
                    // As the board shows it: a short line of a centred static board in the middle.
                    let room = max(0, inner - cells(line, measure))
                    let left = board.mode == .static && board.playback.align == .center ? room / 2 : 0
                    out += "      │" + String(repeating: " ", count: left) + line + String(repeating: " ", count: room - left) + "│\n"
                }
                out += "      └" + String(repeating: "─", count: inner) + "┘\n"
            }
        }
        return out
    }

    private func cells(_ s: String, _ measure: (Character) -> Int) -> Int {
        s.reduce(0) { $0 + measure($1) / board.halfWidth }
    }
}
