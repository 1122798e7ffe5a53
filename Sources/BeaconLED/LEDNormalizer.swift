import BeaconCore
import Foundation

/// Makes a message safe for one board: NFC, ordinary spaces, no invisible characters, safe
/// equivalents for characters the set lacks (with a warning); any other character the set
/// lacks is an error naming the message's file, the character and its code point.
struct LEDNormalizer {
    let board: LEDBoard
    let encoder: LEDEncoder
    /// GBK, to tell a clerk that a GB2312 board's missing name character exists on GBK boards.
    let gbk: LEDEncoder
    /// Source lines, to quote the line and point at the character; nil in unit tests.
    var sources: LEDSourceLines? = nil

    func normalize(_ message: LEDMessage, problems: DiagnosticCollector) -> LEDMessage? {
        var scalars = String.UnicodeScalarView()
        for s in message.original.precomposedStringWithCanonicalMapping.unicodeScalars {
            if LEDEquivalents.isInvisible(s) { continue }
            if s.value == 0x0A || s.value == 0x0D || LEDEquivalents.isOddSpace(s) { scalars.append(" "); continue }
            if s.properties.generalCategory == .control { continue }
            scalars.append(s)
        }
        // Collapse runs of spaces; trim.
        var collapsed = ""
        for ch in String(scalars) {
            if ch == " ", collapsed.last == " " || collapsed.isEmpty { continue }
            collapsed.append(ch)
        }
        while collapsed.last == " " { collapsed.removeLast() }
        let commas = LEDCommaFix.fix(collapsed)
        if commas.changed {
            collapsed = commas.text
            problems.add(pointing(at: ",", in: message, Diagnostic(.warning, file: message.source.file, line: message.source.line,
                                    message: "An English comma “,” in Chinese text shows on the LED board `\(board.name)` as a narrow mark; it shows “，” instead in: \(excerpt(message.original))",
                                    hint: "Type the Chinese comma “，” in the source to silence this warning.")))
        }

        var out = ""
        var failed = false
        var replaced: [(Character, String)] = []
        let chars = Array(collapsed)
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            i += 1
            if encoder.canEncode(ch) { out.append(ch); continue }
            if let candidates = LEDEquivalents.safe[ch], let good = candidates.first(where: encoder.canEncode) {
                // A Chinese dash typed as two em dashes becomes one pair, not two.
                if ch == "\u{2014}", i < chars.count, chars[i] == "\u{2014}" { i += 1 }
                out += good
                if !replaced.contains(where: { $0.0 == ch }) { replaced.append((ch, good)) }
                continue
            }
            failed = true
            problems.add(unencodable(ch, in: message))
        }
        for (ch, good) in replaced {
            problems.add(pointing(at: ch, in: message, Diagnostic(.warning, file: message.source.file, line: message.source.line,
                                    message: "The LED board `\(board.name)` (\(board.charset.label)) has no “\(ch)” (\(codePoint(ch))); it shows “\(good)” instead in: \(excerpt(message.original))",
                                    hint: "Type “\(good)” in the source to silence this warning.")))
        }
        if failed { return nil }
        if out.isEmpty { return nil }
        var result = message
        result.text = out
        return result
    }

    func unencodable(_ ch: Character, in message: LEDMessage) -> Diagnostic {
        var hint: Message
        if let s = LEDEquivalents.suggested[ch], encoder.canEncode(s) {
            hint = "Write “\(s)” instead."
        } else if board.charset == .gb2312, gbk.canEncode(ch), ch.unicodeScalars.first.map({ $0.properties.isIdeographic }) == true {
            hint = "“\(ch)” is in GBK but not in GB2312, the set this board's fonts hold. Write the sentence without it (names are anonymised anyway, e.g. 王某), or set `charset: gbk` if the controller really has a GBK font."
        } else if ch.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation || $0.properties.isEmoji && $0.value > 0xFF }) {
            hint = "LED boards cannot show emoji; remove it from the text."
        } else {
            hint = "Remove it or write it in words; the board's font has no such character."
        }
        if message.source.kind == .headline {
            let figures: Message = message.source.note.map { Message(verbatim: $0) } ?? "the statistics"
            hint = hint + " This headline is built from the template in \(message.source.file) and the figures in \(figures)."
        }
        return pointing(at: ch, in: message, Diagnostic(.error, file: message.source.file, line: message.source.line,
                           message: Self.cannotShow(boards: "`\(board.name)` (\(board.charset.label))", ch, codePoint(ch), excerpt(message.original)),
                           hint: hint))
    }

    /// "The LED board(s) … cannot show …": one sentence for one board, and for several boards
    /// when `LEDBuilder` merges the same character of the same message into one error.
    static func cannotShow(boards: String, _ ch: Character, _ codePoint: String, _ excerpt: String) -> Message {
        "The LED board(s) \(boards) cannot show “\(ch)” (\(codePoint)) in: \(excerpt)"
    }

    static let cannotShowTemplate = cannotShow(boards: "", " ", "", "").template

    /// Adds the source line and the character's column, when the line is known.
    func pointing(at ch: Character, in message: LEDMessage, _ diagnostic: Diagnostic) -> Diagnostic {
        var d = diagnostic
        if let line = message.source.line, let text = sources?.line(message.source.file, line), let i = text.firstIndex(of: ch) {
            d.excerpt = text
            d.column = text.distance(from: text.startIndex, to: i) + 1
        }
        return d
    }

    /// `U+1F600 GRINNING FACE`.
    func codePoint(_ ch: Character) -> String {
        ch.unicodeScalars.map { s in
            let hex = String(s.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return s.properties.name.map { "\(code) \($0)" } ?? code
        }.joined(separator: ", ")
    }

    func excerpt(_ s: String) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 40 ? String(flat.prefix(40)) + "…" : flat
    }
}
