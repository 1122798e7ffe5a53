extension LEDProgram {
    /// The board's screens as boxes a terminal shows at the board's proportions: one terminal
    /// column per half-width character.
    func terminalText(measure: (Character) -> Int) -> String {
        let columns = board.width / board.halfWidth
        var out = "\(board.name)  \(board.sizeLabel) LEDs · \(board.font) px · \(board.charset.label) · \(board.mode.rawValue) · \(totalBytes) bytes"
        if let max = board.maxBytes { out += " of \(max)" }
        out += "\n"
        for (i, item) in items.enumerated() {
            let src = item.message.source
            out += "  [\(i + 1)] \(src.kind.rawValue) \(src.file)\(src.line.map { ":\($0)" } ?? "") · \(item.bytes) bytes\n"
            for screen in item.screens {
                let rows = board.mode == .static ? screen.lines + Array(repeating: "", count: board.rows - screen.lines.count) : screen.lines
                let inner = board.mode == .static ? columns : max(columns, cells(rows.first ?? "", measure))
                out += "      ┌" + String(repeating: "─", count: inner) + "┐\n"
                for line in rows {
                    out += "      │" + line + String(repeating: " ", count: max(0, inner - cells(line, measure))) + "│\n"
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
