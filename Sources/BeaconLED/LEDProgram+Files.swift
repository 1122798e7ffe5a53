import BeaconCore
import Foundation

extension LEDProgram {
    /// Folder of the board's files under the output folder.
    public var folder: String { "led/\(board.name)" }

    /// `program.txt`: the board's set, CRLF after every line, no BOM — the plain ANSI text
    /// Windows controller software (LedshowTW, LED Player, HDPlayer) imports.
    func programFile(encoder: LEDEncoder) -> OutputFile {
        var bytes: [UInt8] = []
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
}
