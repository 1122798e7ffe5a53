@testable import BeaconLED
import BeaconCore
import Foundation
import Testing

@Suite struct LEDBoardConfigTests {
    func errors(_ boards: String) throws -> [Diagnostic] {
        let site = try LEDFixture.site(boards: boards)
        do { _ = try LEDBuilder.build(site: site, figures: nil) } catch let f as BuildFailure { return f.errors }
        return []
    }

    @Test func widthNotAMultipleOfTheHalfWidthPointsAtTheLine() throws {
        let e = try errors("led_boards:\n  - {name: a, width: 190, height: 16, font: 16, charset: gb2312, mode: static}")
        #expect(e.count == 1)
        #expect(e.first?.file == "site.yaml" && e.first?.line == 5)
        #expect(e.first?.message.contains("multiple of 8") == true)
        #expect(e.first?.hint?.contains("184 or 192") == true)
    }

    /// Four P10 modules (128 LEDs) with a 24-px font is a common village board: accepted, with
    /// 5 hanzi a line and the last 8 columns dark.
    @Test func aWholeNumberOfModulesIsAcceptedWhenCharactersDoNotFillIt() throws {
        let site = try LEDFixture.site(boards: "led_boards:\n  - {name: v, width: 128, height: 48, font: 24, charset: gbk, mode: static}",
                                       slogans: "- {zh: 警方打掉一个诈骗团伙，小心低价陷阱, en: x}")
        let result = try LEDBuilder.build(site: site, figures: nil)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let data = try #require(LEDFixture.file(result, "led/v/program.txt"))
        let lines = try #require(LEDDecoder.decode([UInt8](data), charset: .gbk)).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.joined() == "警方打掉一个诈骗团伙，小心低价陷阱", "\(lines)")
        #expect(lines.allSatisfy { $0.count <= 5 } && lines.contains { $0.count >= 4 }, "\(lines)")
    }

    /// A headline Beacon writes from the statistics that one narrow board cannot show is left off
    /// that board with a warning on its line; the build goes on, and a wider board still shows it.
    @Test func aHeadlineTooWideForOneBoardIsLeftOffItOnly() throws {
        let site = try LEDFixture.site(boards: """
        led_boards:
          - {name: tiny, width: 64, height: 16, font: 16, charset: gb2312, mode: static}
          - {name: wide, width: 192, height: 16, font: 16, charset: gb2312, mode: static}
        """, slogans: "- {zh: 防范电信诈骗, en: x}")
        let result = try LEDBuilder.build(site: site, figures: FakeFigures().period)
        let texts = { (name: String) in result.programs.first { $0.board.name == name }?.items.map(\.message.text) ?? [] }
        #expect(!texts("tiny").contains { $0.contains("4400余万元") }, "\(texts("tiny"))")
        #expect(texts("tiny").contains("防范电信诈骗"))
        #expect(texts("wide").contains { $0.contains("4400余万元") }, "\(texts("wide"))")
        let w = try #require(result.warnings.first { $0.message.contains("left off the LED board `tiny`") })
        #expect(w.file == "site.yaml" && w.line == 5)
        #expect(w.message.contains("“4400余万元” is 80 LEDs wide"), "\(w.message)")
    }

    @Test func heightSmallerThanTheFont() throws {
        let e = try errors("led_boards:\n  - {name: a, width: 192, height: 16, font: 32, charset: gb2312, mode: static}")
        #expect(e.count == 1)
        #expect(e.first?.message.contains("smaller than the 32-px font") == true)
    }

    @Test func unknownCharsetSuggestsTheNearest() throws {
        let e = try errors("led_boards:\n  - name: a\n    width: 192\n    height: 16\n    font: 16\n    charset: gb2313\n    mode: static")
        #expect(e.count == 1)
        #expect(e.first?.line == 9)
        #expect(e.first?.hint?.contains("`gb2312`") == true)
    }

    @Test func duplicateNamesAndUnknownKeys() throws {
        let e = try errors("""
        led_boards:
          - {name: a, width: 192, height: 16, font: 16, charset: gb2312, mode: static}
          - {name: a, width: 192, height: 16, font: 16, charset: gbk, mode: scroll}
          - {name: b, width: 192, height: 16, fnot: 16, charset: gbk, mode: scroll}
        """)
        #expect(e.contains { $0.message.contains("Two LED boards are called `a`") && $0.line == 6 })
        #expect(e.contains { $0.message.contains("Unknown LED board setting `fnot`") && $0.hint?.contains("`font`") == true })
    }

    @Test func missingSettingsAndBadValuesAreAllReportedTogether() throws {
        let e = try errors("led_boards:\n  - {name: Shop Strip, width: 192, font: 20, charset: gbk, mode: blink, language: fr}")
        // Bad name, no height, font 20, mode blink, language fr.
        #expect(e.count == 5)
        #expect(e.contains { $0.message.contains("no `height`") })
    }

    @Test func fontCharsetAndModeHaveDefaults() throws {
        let site = try LEDFixture.site(boards: "led_boards:\n  - {name: door, width: 128, height: 16}")
        let board = try #require(try LEDBuilder.build(site: site, figures: nil).programs.first?.board)
        #expect(board.font == 16 && board.charset == .gb2312 && board.mode == .static && board.language.code == "zh")
    }

    @Test func maxBytesIsEnforcedAndWarnedNear() throws {
        let tight = try errors("led_boards:\n  - {name: a, width: 192, height: 16, font: 16, charset: gb2312, mode: scroll, max_bytes: 40}")
        #expect(tight.first?.message.contains("more than its `max_bytes` of 40") == true)
        let site = try LEDFixture.site(boards: "led_boards:\n  - {name: a, width: 192, height: 16, font: 16, charset: gb2312, mode: scroll, max_bytes: 80}")
        let result = try LEDBuilder.build(site: site, figures: nil)
        #expect(result.programs[0].totalBytes == 75)
        #expect(result.warnings.contains { $0.message.contains("close to its `max_bytes`") })
    }

    @Test func onlyOneBoardAndUnknownBoardName() throws {
        let site = try LEDFixture.site()
        let one = try LEDBuilder.build(site: site, figures: nil, only: "station")
        #expect(one.programs.map(\.board.name) == ["station"])
        #expect(one.files.allSatisfy { $0.path.hasPrefix("led/station/") })
        #expect(throws: BuildFailure.self) { _ = try LEDBuilder.build(site: site, figures: nil, only: "statoin") }
    }
}

@Suite struct LEDBoardFormsTests {
    @Test func boardsMayBeAMappingFromNameToSettings() throws {
        let site = try LEDFixture.site(boards: """
        led_boards:
          door: {width: 128, height: 16, font: 16, charset: gb2312, mode: static}
          hall: {width: 256, height: 32, font: 32, charset: utf-8, mode: scroll}
        """)
        let result = try LEDBuilder.build(site: site, figures: nil)
        #expect(result.programs.map(\.board.name) == ["door", "hall"])
    }

    @Test func anEmojiOnAUTF8BoardIsKeptButThePreviewWarns() throws {
        let site = try LEDFixture.site(boards: "led_boards:\n  - {name: hall, width: 256, height: 32, font: 32, charset: utf-8, mode: scroll}",
                                       slogans: "- {zh: 反诈😀, en: x}\n")
        let result = try LEDBuilder.build(site: site, figures: nil)
        #expect(result.programs[0].lines == ["反诈😀"])
        #expect(result.warnings.contains { $0.message.contains("“😀”") && $0.message.contains("empty boxes") })
    }
}
