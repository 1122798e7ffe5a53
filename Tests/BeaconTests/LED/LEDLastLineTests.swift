@testable import BeaconLED
import BeaconCore
import Testing

/// A message's last line is not left with a character or two alone on its screen.
@Suite struct LEDLastLineTests {
    func lines(_ text: String, width: Int) -> [String] {
        let board = LEDBoard(name: "p", width: width, height: 16, font: 16, charset: .gbk, mode: .static, language: .zh,
                             maxBytes: nil, recent: 3, color: .red, line: nil)
        let maker = LEDProgramMaker(board: board, font: nil)
        return maker.make([LEDMessage(original: text, source: LEDMessageSource(kind: .slogan, file: "x"))],
                          problems: DiagnosticCollector()).lines
    }

    @Test func aStrayLastCharacterTakesWordsFromTheLineBefore() {
        // 13 hanzi on a board of 12: greedy breaking would leave 套 alone on the second screen.
        let out = lines("陌生来电要求转账汇款就是圈套", width: 192)
        #expect(out.joined() == "陌生来电要求转账汇款就是圈套")
        #expect(out.count == 2)
        #expect(out.allSatisfy { $0.count >= 6 }, "\(out)")
    }

    @Test func aClauseEndStaysWhereTheReaderPauses() {
        // The break after the comma is kept even though the last line is short.
        let out = lines("不听不信不转账，保护好钱袋子，反诈", width: 192)
        #expect(out.first?.hasSuffix("，") == true, "\(out)")
        #expect(out.joined() == "不听不信不转账，保护好钱袋子，反诈")
    }

    @Test func englishWordsKeepTheirSpacesWhenMoved() {
        let text = "Never move money into a so-called safe account"
        let out = lines(text, width: 192)
        #expect(out.joined(separator: " ") == text, "\(out)")
        #expect(out.count >= 2)
        #expect(out.last!.count >= 6, "\(out)")
    }
}
