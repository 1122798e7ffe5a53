/// What one board will show: its messages in order, each split into screens (static boards)
/// or kept as one line (scroll boards), with the bytes each takes in the board's set.
public struct LEDProgram: Sendable {
    /// One screen of a static board, or one scrolling line.
    public struct Screen: Sendable, Hashable {
        /// At most `board.rows` lines on a static board; one line on a scroll board.
        public var lines: [String]
        /// Widest line in LEDs.
        public var width: Int
        /// Bytes of the lines in the board's set, without line ends.
        public var bytes: Int
    }

    public struct Item: Sendable {
        public var message: LEDMessage
        public var screens: [Screen]
        /// Bytes the message takes in program.txt, line ends included.
        public var bytes: Int
    }

    public var board: LEDBoard
    public var items: [Item]

    /// The lines of program.txt, in order: on a static board every screen's lines, a short
    /// last screen padded with empty lines so each message starts on a fresh screen; on a
    /// scroll board one line per message.
    public var lines: [String] {
        items.flatMap { item in
            item.screens.flatMap { screen in
                board.mode == .static ? screen.lines + Array(repeating: "", count: board.rows - screen.lines.count) : screen.lines
            }
        }
    }

    /// Every screen in order (for the preview).
    public var screens: [Screen] { items.flatMap(\.screens) }

    /// Size of program.txt in bytes.
    public var totalBytes: Int { items.reduce(0) { $0 + $1.bytes } }
}
