import BeaconCore
import Foundation

extension LEDProgram {
    /// Folder of the board's files under the output folder.
    public var folder: String { "led/\(board.name)" }

    /// `program.txt`: the board's set, CRLF after every line, no BOM — the plain ANSI text
    /// Windows controller software (LedshowTW, LED Player, HDPlayer) imports.
    func programFile(encoder: LEDEncoder) -> OutputFile {
        // Windows controller software reads a text file without a BOM in the local code page
        // (GBK), so a UTF-8 board's program starts with one.
        var bytes: [UInt8] = board.charset == .utf8 ? [0xEF, 0xBB, 0xBF] : []
        for line in lines {
            bytes += encoder.bytes(line) ?? []
            bytes += [13, 10]
        }
        return OutputFile(path: "\(folder)/program.txt", data: Data(bytes))
    }

    /// `program.utf8.txt`: the same lines in UTF-8 with a BOM, for software that takes Unicode.
    func utf8File() -> OutputFile {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        for line in lines { bytes += Array(line.utf8) + [13, 10] }
        return OutputFile(path: "\(folder)/program.utf8.txt", data: Data(bytes))
    }

    /// The separator between messages on one scrolling line: a star between full-width
    /// spaces, which GB2312 has.
    public static let scrollSeparator = "\u{3000}★\u{3000}"

    /// `scroll.txt` (scroll boards): every message on one line joined by the separator, in the
    /// board's set with CRLF (and a BOM on UTF-8 boards), the form continuous-left-scroll areas take.
    func scrollFile(encoder: LEDEncoder) -> OutputFile? {
        guard board.mode == .scroll else { return nil }
        let line = items.map(\.message.text).joined(separator: Self.scrollSeparator)
        var bytes: [UInt8] = board.charset == .utf8 ? [0xEF, 0xBB, 0xBF] : []
        bytes += (encoder.bytes(line) ?? []) + [13, 10]
        return OutputFile(path: "\(folder)/scroll.txt", data: Data(bytes))
    }
}
