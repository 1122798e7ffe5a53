@testable import BeaconLED
import BeaconCore
import Foundation
import Testing

/// Chinese on the boards as a clerk writes it: effect names from the controller's Chinese
/// menu, common two-hanzi words kept on one line, and no last line of one or two characters.
@Suite struct LEDChineseWordsTests {
    /// A narrow GBK board: 128 LEDs at 16 px, 8 hanzi a line, two lines a screen.
    static let boards = """
    led_boards:
      - name: narrow
        width: 128
        height: 32
        font: 16
        charset: gbk
        mode: static
        effect: 飘雪
    """

    /// 平台 falls on the 8th and 9th character; 是套 would be left as a last line of two.
    static let slogans = """
    - {zh: 陌生来电自称某平台客服要退款, en: A caller from a platform offers a refund}
    - {zh: 陌生来电要求转账是套, en: A stranger asking for a transfer is a trap}
    """

    /// The board's program.txt, decoded from GBK, one entry per CRLF line.
    func programLines() throws -> (LEDBuildResult, [String]) {
        let site = try LEDFixture.site(boards: Self.boards, slogans: Self.slogans)
        let result = try LEDBuilder.build(site: site, figures: nil)
        let data = try #require(LEDFixture.file(result, "led/narrow/program.txt"))
        let text = try #require(LEDDecoder.decode([UInt8](data), charset: .gbk))
        return (result, text.components(separatedBy: "\r\n").filter { !$0.isEmpty })
    }

    @Test func chineseEffectNamesAreAccepted() throws {
        let (result, _) = try programLines()
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let program = try #require(result.programs.first)
        #expect(program.board.playback.effect == .snow)
        for (name, effect) in [("飘雪", LEDPlayback.Effect.snow), ("连续左移", .left), ("立即显示", .none), ("闪烁", .blink), ("SNOW", .snow)] {
            #expect(LEDPlayback.Effect(named: name) == effect, "\(name)")
        }
        #expect(LEDPlayback.Effect(named: "飘") == nil)
    }

    @Test func commonWordsAreNotSplitAndNoLastLineIsTwoCharacters() throws {
        let (_, lines) = try programLines()
        #expect(lines.joined() == "陌生来电自称某平台客服要退款陌生来电要求转账是套", "\(lines)")
        // 平台 stays together: the line breaks a character earlier.
        #expect(!lines.contains { $0.hasSuffix("平") }, "\(lines)")
        #expect(!lines.contains { $0.hasPrefix("台") }, "\(lines)")
        #expect(lines.contains("平台客服要退款"), "\(lines)")
        // Every line is within the board, and no message ends on a line of two characters.
        #expect(lines.allSatisfy { $0.count <= 8 }, "\(lines)")
        #expect(lines.allSatisfy { $0.count > 2 }, "\(lines)")
        #expect(lines.last?.hasSuffix("是套") == true)
    }

    /// A clerk's village board (120 LEDs, 24 px: five hanzi a line) split words the dictionaries
    /// do not know (`公|检法`, `双倍理|赔`) and left single hanzi at line ends (`最|常见`): a line
    /// now breaks up to one hanzi earlier where that reads better.
    @Test func breaksMoveBackOutOfUnknownWords() throws {
        let site = try LEDFixture.site(boards: """
        led_boards:
          - {name: hall, width: 120, height: 48, font: 24, charset: gbk, mode: static}
        """, slogans: """
        - {zh: 凡是自称公检法要求你把钱转到安全账户的都是诈骗, en: a}
        - {zh: 接到自称快递客服说包裹丢失要给你双倍理赔的电话要当心, en: b}
        - {zh: 刷单返利和虚假投资理财仍是最常见的诈骗类型, en: c}
        """)
        let result = try LEDBuilder.build(site: site, figures: nil)
        let data = try #require(LEDFixture.file(result, "led/hall/program.txt"))
        let lines = try #require(LEDDecoder.decode([UInt8](data), charset: .gbk)).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.allSatisfy { $0.count <= 5 }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("公检法") }, "\(lines)")
        #expect(!lines.contains { $0.hasSuffix("理") || $0.hasSuffix("最") || $0.hasSuffix("公") }, "\(lines)")
        #expect(lines.joined().count == 23 + 26 + 21, "nothing lost: \(lines)")
    }

    @Test func wordsJoinOnlyWholeHanziPairs() {
        let units = LEDTextUnits.units("（平台）投资96110").map(\.text)
        #expect(units == ["（平台）", "投资", "96110"])
        #expect(LEDTextUnits.units("平安").map(\.text) == ["平安"])
        #expect(LEDTextUnits.units("平，安").map(\.text) == ["平，", "安"])
    }

    /// The words a clerk saw split on a board (`诈骗团 / 伙`, `小心低 / 价陷阱`): ICU's dictionary
    /// keeps 低价 and 老百姓 whole, the short list adds 团伙 and 接听 that the dictionary splits.
    @Test func dictionaryWordsStayWhole() {
        #expect(LEDTextUnits.units("警方打掉诈骗团伙，小心低价陷阱！").map(\.text)
            == ["警方", "打掉", "诈骗", "团伙，", "小心", "低价", "陷阱！"])
        #expect(LEDTextUnits.units("守好老百姓的“钱袋”").map(\.text) == ["守好", "老百姓", "的", "“钱袋”"])
        #expect(LEDTextUnits.units("请务必接听96110").map(\.text) == ["请", "务必", "接听", "96110"])
    }
}
