@testable import BeaconLED
import BeaconCore
import Foundation
import Testing

@Suite struct LEDCharacterCheckTests {
    func failure(_ body: () throws -> Void) throws -> BuildFailure {
        do { try body() } catch let f as BuildFailure { return f }
        Issue.record("expected the build to fail")
        return BuildFailure([])
    }

    @Test func anEmojiOnAGB2312BoardFailsNamingFileLineCharacterAndCodePoint() throws {
        let (path, text) = LEDFixture.bulletin("emoji", date: "2021-09-01", led: "小心刷单😀骗局")
        let site = try LEDFixture.site(files: [path: text])
        let f = try failure { _ = try LEDBuilder.build(site: site, figures: nil) }
        let errors = f.errors.filter { $0.file == path }
        // The GB2312 and GBK boards both lack it (the UTF-8 board can carry it): one mistake in
        // one place, so one error naming both boards.
        #expect(errors.count == 1)
        let e = try #require(errors.first)
        #expect(e.what.english.hasPrefix("The LED board(s) `shop-strip` (GB2312), `station` (GBK) cannot show “😀” (U+1F600 GRINNING FACE) in: 小心刷单😀骗局"))
        #expect(e.line == 4)
        #expect(e.excerpt == "led: 小心刷单😀骗局")
        #expect(e.column == 10)
        #expect(e.message.contains("😀"))
        #expect(e.message.contains("U+1F600"))
        #expect(e.hint?.contains("emoji") == true)
    }

    @Test func yenBecomesFullWidthYenWithAWarning() throws {
        let site = try LEDFixture.site(slogans: "- {zh: 刷单返利骗走¥5000元, en: Rebate scams took 5000 yuan}\n")
        let result = try LEDBuilder.build(site: site, figures: nil)
        let strip = try #require(result.programs.first { $0.board.name == "shop-strip" })
        #expect(strip.items.first?.message.text == "刷单返利骗走￥5000元")
        let data = try #require(LEDFixture.file(result, "led/shop-strip/program.txt"))
        #expect(LEDDecoder.decode([UInt8](data), charset: .gb2312)?.contains("￥5000元") == true)
        let w = try #require(result.warnings.first { $0.message.contains("shop-strip") && $0.message.contains("¥") })
        #expect(w.file == "content/slogans.yaml")
        #expect(w.line == 1)
        #expect(w.message.contains("￥"))
        // The UTF-8 board shows ¥ as written, with no warning.
        let village = try #require(result.programs.first { $0.board.name == "village" })
        #expect(village.items.first?.message.text.contains("¥") == true)
    }

    @Test(arguments: [
        ("买买提·吐尔逊", "买买提・吐尔逊"),
        ("反诈—从我做起", "反诈――从我做起"),
        ("反诈——从我做起", "反诈――从我做起"),
    ])
    func safeEquivalentsOnGB2312(_ written: String, _ shown: String) throws {
        let board = LEDBoard(name: "b", width: 192, height: 16, font: 16, charset: .gb2312, mode: .scroll, language: .zh,
                             maxBytes: nil, recent: 3, color: .red, line: nil)
        let problems = DiagnosticCollector()
        let maker = LEDProgramMaker(board: board, font: nil)
        let msg = LEDMessage(original: written, source: LEDMessageSource(kind: .slogan, file: "content/slogans.yaml", line: 1))
        let program = maker.make([msg], problems: problems)
        #expect(program.lines == [shown])
        #expect(problems.warnings.count == 1)
        #expect(!problems.hasErrors)
    }

    @Test func gbkNameCharacterOnGB2312BoardSaysGBKHasIt() throws {
        let site = try LEDFixture.site(slogans: "- {zh: 王堃提醒您：不转账, en: Do not transfer}\n")
        let f = try failure { _ = try LEDBuilder.build(site: site, figures: nil) }
        let e = try #require(f.errors.first)
        #expect(f.errors.count == 1)
        #expect(e.message.contains("shop-strip") && e.message.contains("U+5803"))
        #expect(e.hint?.contains("GBK") == true)
    }

    @Test func invisibleAndNoBreakSpacesAreCleanedSilently() throws {
        let site = try LEDFixture.site(slogans: "- {zh: \"不点击\u{200B}未知\u{00A0}\u{00A0}链接\u{FEFF}\", en: x}\n")
        let result = try LEDBuilder.build(site: site, figures: nil)
        #expect(result.programs[0].items[0].message.text == "不点击未知 链接")
        #expect(result.warnings.isEmpty)
    }

    @Test func headlineProblemNamesTheTemplateAndTheStatistics() throws {
        var figures = FakeFigures()
        figures.values["funds_frozen"] = "4400万€"
        let site = try LEDFixture.site()
        let f = try failure { _ = try LEDBuilder.build(site: site, figures: figures.period) }
        let e = try #require(f.errors.first { $0.message.contains("shop-strip") })
        #expect(e.file == "themes/default/i18n/zh/led.yaml")
        #expect(e.hint?.contains("content/stats/2021-10.yaml") == true)
        #expect(e.hint?.contains("欧元") == true)
    }
}
