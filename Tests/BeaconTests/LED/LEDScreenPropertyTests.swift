@testable import BeaconLED
import BeaconCore
import Foundation
import PropertyBased
import Testing

/// For random messages, on boards of many sizes: no line is wider than the board, no number
/// is split across lines, no line starts with closing punctuation or ends with an opening bracket.
@Suite struct LEDScreenPropertyTests {
    static let pieces = ["反", "诈", "骗", "局", "不", "转", "账", "公", "安", "冒", "充", "客", "服", "刷", "单",
                         "，", "。", "！", "、", "：", "（", "）", "“", "”", "《", "》", "…",
                         "96110", "53.29%", "838", "4400万", "1,794", "2021年", "12", "0.5", "100余万元",
                         "APP", "QQ", " ", "-", "A"]
    static let message = Gen.element(of: pieces).map { $0! }.array(of: 1...40).map { $0.joined() }
    static let board = Gen.element(of: [(96, 16), (128, 16), (192, 16), (256, 16), (256, 32), (384, 32), (192, 24)]).map { $0! }

    static let closing = LEDTextUnits.closing
    static let opening = LEDTextUnits.opening

    func lines(_ text: String, width: Int, font: Int) -> (lines: [String], measure: (Character) -> Int, failed: Bool) {
        let b = LEDBoard(name: "p", width: width, height: font, font: font, charset: .gbk, mode: .static, language: .zh,
                         maxBytes: nil, recent: 3, color: .red, line: nil)
        let maker = LEDProgramMaker(board: b, font: nil)
        let problems = DiagnosticCollector()
        let program = maker.make([LEDMessage(original: text, source: LEDMessageSource(kind: .slogan, file: "x"))], problems: problems)
        return (program.lines, maker.width, problems.hasErrors)
    }

    @Test func noLineIsWiderThanTheBoard() async {
        await propertyCheck(count: 300, input: Self.message, Self.board) { text, size in
            let (out, measure, failed) = lines(text, width: size.0, font: size.1)
            // A run of punctuation wider than the board cannot be shown whole; that is a build error.
            guard !failed else { return }
            for line in out { #expect(line.reduce(0) { $0 + measure($1) } <= size.0, "\(line) on \(size.0) px") }
        }
    }

    @Test func noNumberIsSplit() async {
        func digit(_ c: Character?) -> Bool { c.map { LEDTextUnits.isDigit($0) } ?? false }
        await propertyCheck(count: 300, input: Self.message, Self.board) { text, size in
            let (out, _, failed) = lines(text, width: size.0, font: size.1)
            // Every line together still reads the whole message.
            #expect(out.joined().filter { $0 != " " } == text.filter { $0 != " " })
            // Find where each break falls in the message; a break with no space at it must not
            // have a digit (or a digit and its decimal point) before and a digit, `%` or 万 after.
            var chars: [Character] = []
            for c in text.trimmingCharacters(in: .whitespaces) where !(c == " " && chars.last == " ") {
                // As the breaker does: a space typed before full-width closing punctuation goes.
                if !c.isASCII, Self.closing.contains(c), chars.last == " " { chars.removeLast() }
                chars.append(c)
            }
            var i = 0
            var split = false
            for line in out.dropLast() {
                while i < chars.count, chars[i] == " " { i += 1 }
                i += line.count
                guard i < chars.count, i > 0, chars[i] != " ", chars[i - 1] != " " else { continue }
                let before = chars[i - 1], after = chars[i]
                let joins = digit(before) && (digit(after) || "%.,万余元".contains(after))
                let decimal = ".,".contains(before) && i >= 2 && digit(chars[i - 2]) && digit(after)
                if joins || decimal { split = true }
                #expect(failed || !(joins || decimal), "split at “\(String(chars[max(0, i - 5)..<i]))|\(String(chars[i..<min(chars.count, i + 5)]))”")
            }
            // A number wider than the whole board cannot be kept whole: that is an error, never a silent split.
            if split { #expect(failed) }
        }
    }

    @Test func pathologicalPunctuationRunsStillBreakCleanly() {
        // A space slipped in before full-width punctuation goes, so the run fits the line.
        #expect(lines("局、 ：》》”", width: 96, font: 16).lines == ["局、：》》”"])
        // A run that cannot fit any way is an error, never a line starting with `：`.
        let (out, _, failed) = lines("局、：》》”」", width: 96, font: 16)
        #expect(failed)
        #expect(out.allSatisfy { $0.reduce(0) { $0 + ($1.isASCII ? 8 : 16) } <= 96 })
    }

    @Test func noLineStartsWithClosingOrEndsWithOpeningPunctuation() async {
        // A message that itself starts with closing punctuation or ends with an opening bracket is left out.
        let sensible = Self.message.filter { text in
            let t = text.trimmingCharacters(in: .whitespaces)
            return !t.isEmpty && !Self.closing.contains(t.first!) && !Self.opening.contains(t.last!)
        }
        await propertyCheck(count: 300, input: sensible, Self.board) { text, size in
            // (A number with its punctuation wider than the board fails the build instead.)
            let (out, _, failed) = lines(text, width: size.0, font: size.1)
            for line in out where !failed {
                #expect(!Self.closing.contains(line.first!), "“\(line)” starts with closing punctuation")
                #expect(!Self.opening.contains(line.last!), "“\(line)” ends with an opening bracket")
            }
        }
    }
}
