import BeaconCore
import Foundation

extension LEDProgram {
    /// `program.json`: the board and every screen it plays (a static board's screens, or a
    /// scroll board's messages) with text, stay, speed, effect and alignment, for fleet tools
    /// and controller software that import a playlist. Keys sorted, so the bytes are stable.
    struct Playlist: Codable, Equatable {
        struct Board: Codable, Equatable {
            var name: String
            var title: String
            var width: Int
            var height: Int
            var font: Int
            var charset: String
            var mode: String
            /// The board language's code, as in site.yaml (`zh`). A bare code on purpose: this is
            /// the file's data, read by fleet tools that know nothing of `Language`; it is
            /// written from `board.language.code` and never read back into Beacon.
            var language: String
        }

        struct Screen: Codable, Equatable {
            /// The screen's lines joined by a line feed (one line on a scroll board).
            var text: String
            var lines: [String]
            /// Seconds the screen stays once in place.
            var stay: Int
            /// 1 (slowest) … 10 (fastest).
            var speed: Int
            var effect: String
            var align: String
            /// 1-based number of the message the screen belongs to.
            var message: Int
        }

        var board: Board
        var screens: [Screen]
    }

    func playlist() -> Playlist {
        let p = board.playback
        var screens: [Playlist.Screen] = []
        for (n, item) in items.enumerated() {
            for screen in item.screens {
                screens.append(Playlist.Screen(text: screen.lines.joined(separator: "\n"), lines: screen.lines, stay: p.stay, speed: p.speed,
                                               effect: p.effect.rawValue, align: p.align.rawValue, message: n + 1))
            }
        }
        let b = Playlist.Board(name: board.name, title: board.displayName(board.language), width: board.width, height: board.height,
                               font: board.font, charset: board.charset.label, mode: board.mode.rawValue, language: board.language.code)
        return Playlist(board: b, screens: screens)
    }

    func jsonFile() -> OutputFile {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(playlist())) ?? Data("{}".utf8)
        return OutputFile(path: "\(folder)/program.json", data: data + Data("\n".utf8))
    }
}
