import BeaconCore

extension LEDProgram {
    /// The board's screens as boxes a terminal shows at the board's proportions: one terminal
    /// column per half-width character.
    func terminalText(measure: (Character) -> Int) -> String {
        let columns = board.width / board.halfWidth
        let mode: Message = board.mode == .static ? "static" : "scroll"
        var head: Message = "\(board.name)  \(board.sizeLabel) LEDs · \(board.font) px · \(board.charset.label) · \(mode) · \(totalBytes) bytes"
        if let max = board.maxBytes { head = head + " of \(max)" }
        var out = head.description
        let p = board.playback
        let stay: Message = board.mode == .static ? "stay \(p.stay) s · " : Message(verbatim: "")
        let align: Message = board.mode == .static ? " · align \(p.align.rawValue)" : Message(verbatim: "")
        let speed: Message = "speed \(p.speed) · effect \(p.effect.rawValue)"
        out += "\n  " + stay.description + speed.description + align.description + "\n"
        for (i, item) in items.enumerated() {
            let src = item.message.source
            let bytes: Message = "\(item.bytes) bytes"
            out += "  [\(i + 1)] \(Self.said(src.kind)) \(src.file)\(src.line.map { ":\($0)" } ?? "") · \(bytes)\n"
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

    /// What a message is, in the user's language.
    static func said(_ kind: LEDMessageSource.Kind) -> String {
        let m: Message = switch kind {
        case .slogan: "slogan"
        case .headline: "headline"
        case .bulletin: "bulletin"
        case .case: "case"
        }
        return m.description
    }

    private func cells(_ s: String, _ measure: (Character) -> Int) -> Int {
        s.reduce(0) { $0 + measure($1) / board.halfWidth }
    }
}
