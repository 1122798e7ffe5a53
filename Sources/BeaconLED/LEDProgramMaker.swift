import BeaconCore

/// Turns a board's messages into its program: checks every character, splits static
/// messages into screens, counts bytes and holds them against `max_bytes`.
struct LEDProgramMaker {
    let board: LEDBoard
    let font: Unifont?
    let encoder: LEDEncoder
    let gbk: LEDEncoder
    let sources: LEDSourceLines?

    init(board: LEDBoard, font: Unifont?, sources: LEDSourceLines? = nil) {
        self.board = board
        self.font = font
        self.sources = sources
        encoder = LEDEncoder(board.charset)
        gbk = LEDEncoder(.gbk)
    }

    /// The pixel width of a character on this board: `font` for a full-width character, half for
    /// the rest. On GB2312/GBK boards a two-byte character is full width (the controller's DBCS
    /// font); on UTF-8 boards a character GBK has as two bytes is full width, else Unifont decides.
    func width(_ ch: Character) -> Int {
        if ch.isASCII { return board.halfWidth }
        if let b = (board.charset.isDoubleByte ? encoder : gbk).bytes(ch) { return b.count >= 2 ? board.font : board.halfWidth }
        if let g = font?.glyph(ch) { return g.width >= 16 ? board.font : board.halfWidth }
        return ch.displayWidth == 2 ? board.font : board.halfWidth
    }

    func make(_ messages: [LEDMessage], problems: DiagnosticCollector) -> LEDProgram {
        let normalizer = LEDNormalizer(board: board, encoder: encoder, gbk: gbk, sources: sources)
        let breaker = LEDLineBreaker(width: board.width, measure: width)
        var items: [LEDProgram.Item] = []
        for raw in messages {
            guard let message = normalizer.normalize(raw, problems: problems) else { continue }
            // A slogan repeated as a case's `led:` line would play twice in a row of the loop.
            if let first = items.first(where: { $0.message.text == message.text }) {
                let at: Message = first.message.source.line.map { "\(first.message.source.file) line \($0)" } ?? "\(first.message.source.file)"
                problems.add(Diagnostic(.warning, file: message.source.file, line: message.source.line,
                                        message: "The LED board `\(board.name)` already shows this message, so it is shown once: \(normalizer.excerpt(message.text))",
                                        hint: "It first comes from \(at). Remove one of the two, or word them differently if both should play."))
                continue
            }
            var screens: [LEDProgram.Screen] = []
            switch board.mode {
            case .static:
                let result = breaker.lines(message.text)
                // A headline Beacon writes from the statistics cannot be shortened by the clerk:
                // one too wide for this board is left off it (the other boards still show it).
                if let number = result.tooWide.first, message.source.kind == .headline {
                    problems.add(.warning("site.yaml", line: board.line,
                                          "The headline “\(message.text)” is left off the LED board `\(board.name)`: “\(number)” is \(breaker.width(of: number)) LEDs wide, wider than the board (\(board.width)).",
                                          hint: "Nothing to do if that is fine: the board shows the other messages. To show it, use `mode: scroll` on this board, or change the headline sentences in a theme override of i18n/\(board.language.code)/led.yaml."))
                    continue
                }
                for number in result.tooWide {
                    problems.add(Diagnostic(.error, file: message.source.file, line: message.source.line,
                                            message: "“\(number)” is \(breaker.width(of: number)) LEDs wide, wider than the board `\(board.name)` (\(board.width)); it would have to be split.",
                                            hint: LEDTextUnits.units(number).contains(where: \.isNumber)
                                                ? "Shorten it (e.g. write 4400万 instead of 44000000), or show this board's messages with `mode: scroll`."
                                                : "Shorten the run of punctuation, or show this board's messages with `mode: scroll`."))
                }
                var rest = result.lines[...]
                while !rest.isEmpty {
                    let lines = Array(rest.prefix(board.rows))
                    rest = rest.dropFirst(lines.count)
                    screens.append(screen(lines))
                }
            case .scroll:
                screens = [screen([message.text])]
            }
            let padded = board.mode == .static ? screens.count * board.rows : screens.count
            let bytes = screens.reduce(0) { $0 + $1.bytes } + 2 * padded
            items.append(LEDProgram.Item(message: message, screens: screens, bytes: bytes))
        }
        let program = LEDProgram(board: board, items: items)
        checkSize(program, problems: problems)
        return program
    }

    func screen(_ lines: [String]) -> LEDProgram.Screen {
        LEDProgram.Screen(lines: lines, width: lines.map { $0.reduce(0) { $0 + width($1) } }.max() ?? 0,
                          bytes: lines.reduce(0) { $0 + (encoder.bytes($1)?.count ?? 0) })
    }

    func checkSize(_ program: LEDProgram, problems: DiagnosticCollector) {
        guard let max = board.maxBytes else { return }
        let total = program.totalBytes
        let where_ = "site.yaml"
        if total > max {
            problems.add(.error(where_, line: board.line,
                                "The program for the LED board `\(board.name)` is \(total) bytes, more than its `max_bytes` of \(max); the controller would cut it off.",
                                hint: "Lower `recent` for this board, shorten or remove slogans, or raise `max_bytes` if the controller's manual allows more."))
        } else if total * 10 >= max * 9 {
            problems.add(.warning(where_, line: board.line,
                                  "The program for the LED board `\(board.name)` is \(total) bytes, close to its `max_bytes` of \(max).",
                                  hint: "One more message may not fit; consider lowering `recent` for this board."))
        }
    }
}
