@testable import BeaconLED
import BeaconCore
import Foundation
import Testing

/// SPEC §6 playback: stay, speed, effect, align and title per board; program.json and
/// scroll.txt; a repeated message shown once; an ASCII comma in Chinese text.
@Suite struct LEDPlaybackTests {
    static let boards = """
    led_boards:
      - name: shop-strip
        title: {zh: 商铺门头屏, en: Shop-front strip}
        width: 192
        height: 16
        charset: gb2312
        stay: 4
        speed: 7
        effect: up
        align: left
      - name: station
        width: 256
        height: 32
        charset: gbk
        mode: scroll
      - name: village
        width: 256
        height: 32
        charset: utf-8
        mode: scroll
    """

    struct Playlist: Decodable {
        struct Board: Decodable { var name: String; var title: String; var mode: String; var charset: String }
        struct Screen: Decodable { var text: String; var stay: Int; var speed: Int; var effect: String; var align: String }
        var board: Board
        var screens: [Screen]
    }

    func playlist(_ result: LEDBuildResult, _ board: String) throws -> Playlist {
        let data = try #require(LEDFixture.file(result, "led/\(board)/program.json"))
        return try JSONDecoder().decode(Playlist.self, from: data)
    }

    /// Decodes with the system's iconv command, not Beacon's own converter.
    func iconv(_ data: Data, from charset: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-scroll-\(UUID().uuidString).txt")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try Tool.run("iconv", ["-f", charset, "-t", "UTF-8", url.path])
    }

    @Test func programJSONScreensCarryTextStaySpeedAndEffect() throws {
        let site = try LEDFixture.site(boards: Self.boards)
        let result = try LEDBuilder.build(site: site, figures: FakeFigures().period)
        let shop = try playlist(result, "shop-strip")
        let program = try #require(result.programs.first { $0.board.name == "shop-strip" })
        #expect(shop.board.title == "商铺门头屏")
        // Every static screen, in order, with the board's own settings.
        #expect(shop.screens.map(\.text) == program.screens.map { $0.lines.joined(separator: "\n") })
        #expect(shop.screens.count > 3)
        for s in shop.screens {
            #expect(s.stay == 4 && s.speed == 7 && s.effect == "up" && s.align == "left")
            #expect(!s.text.isEmpty)
        }
        // Defaults: 3 s, speed 5, a scroll board's messages run left, centred.
        let station = try playlist(result, "station")
        #expect(station.board.title == "station")
        #expect(station.screens.map(\.text) == ["冒充公安来查案，不怕不慌不转账", "不点击未知链接", "全民反诈，请拨打96110咨询",
                                                "2021年1月至10月，全区立案838起，同比下降53.29%", "破获案件152起，抓获犯罪嫌疑人89人", "冻结涉案资金4400余万元"])
        for s in station.screens { #expect(s.stay == 3 && s.speed == 5 && s.effect == "left" && s.align == "center") }
    }

    @Test func scrollTextIsOneLineInTheBoardsCharset() throws {
        let site = try LEDFixture.site(boards: Self.boards)
        let result = try LEDBuilder.build(site: site, figures: nil)
        #expect(LEDFixture.file(result, "led/shop-strip/scroll.txt") == nil, "static boards have no scroll.txt")
        let gbk = try #require(LEDFixture.file(result, "led/station/scroll.txt"))
        #expect(!gbk.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(data: gbk, encoding: .utf8) == nil, "GBK bytes are not UTF-8")
        let text = try iconv(gbk, from: "GBK")
        let expected = "冒充公安来查案，不怕不慌不转账　★　不点击未知链接　★　全民反诈，请拨打96110咨询"
        #expect(text == expected + "\r\n")
        #expect(text.split(whereSeparator: \.isNewline).count == 1)
        // A UTF-8 board's copy starts with a BOM, as Windows software needs.
        let utf8 = try #require(LEDFixture.file(result, "led/village/scroll.txt"))
        #expect(utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(try iconv(utf8.dropFirst(3), from: "UTF-8") == expected + "\r\n")
    }

    @Test func theSameMessageTwiceIsShownOnce() throws {
        let (path, text) = LEDFixture.bulletin("dup", date: "2021-09-05", led: "不点击未知链接")
        let site = try LEDFixture.site(boards: Self.boards, files: [path: text])
        let result = try LEDBuilder.build(site: site, figures: nil)
        let station = try #require(result.programs.first { $0.board.name == "station" })
        #expect(station.lines.filter { $0 == "不点击未知链接" }.count == 1)
        let warning = try #require(result.warnings.first { $0.file == path && $0.message.contains("station") })
        #expect(warning.hint?.contains("content/slogans.yaml line") == true)
        // The public page lists the warning without naming source files.
        let page = try #require(result.pages.first { $0.language.code == "zh" })
        let boards = try #require(page.context["boards"]?.mapsValue)
        let shown = boards.flatMap { ($0["warnings"]?.mapsValue ?? []).compactMap { $0["message"]?.textValue } }
        #expect(shown.contains { $0.contains("不点击未知链接") })
        #expect(!shown.contains { $0.contains("content/") })
    }

    @Test func anASCIICommaInChineseTextBecomesFullWidthWithAWarning() throws {
        let slogans = """
        - {zh: "冒充公安来查案,不怕不慌不转账", en: "Police never ask you to transfer money, ever"}
        - {zh: "涉案金额 3,000 元 , 已追回", en: x}
        """
        let site = try LEDFixture.site(boards: Self.boards, slogans: slogans)
        let result = try LEDBuilder.build(site: site, figures: nil)
        let station = try #require(result.programs.first { $0.board.name == "station" })
        #expect(station.lines == ["冒充公安来查案，不怕不慌不转账", "涉案金额 3,000 元，已追回"])
        let warnings = result.warnings.filter { $0.message.contains("“,”") }
        #expect(warnings.count == 6, "two slogans on each of three boards")
        #expect(warnings.allSatisfy { $0.file == "content/slogans.yaml" && $0.line != nil })
    }

    @Test func badPlaybackSettingsAreErrorsNamingTheirLine() throws {
        let site = try LEDFixture.site(boards: """
        led_boards:
          - name: a
            width: 192
            height: 16
            speed: 11
            stay: 0
            effect: snwo
            align: middle
        """)
        var errors: [Diagnostic] = []
        do { _ = try LEDBuilder.build(site: site, figures: nil) } catch let f as BuildFailure { errors = f.errors }
        #expect(errors.count == 4)
        #expect(errors.allSatisfy { $0.file == "site.yaml" && $0.line != nil })
        #expect(errors.contains { $0.message.contains("`speed`") && $0.line == 8 })
        #expect(errors.contains { $0.message.contains("snwo") && $0.hint?.contains("`snow`") == true })
    }

    @Test func theLEDPageNamesBoardsByTitleAndShowsTheirSettings() throws {
        let site = try LEDFixture.site(boards: Self.boards)
        let result = try LEDBuilder.build(site: site, figures: nil)
        let zh = try #require(result.pages.first { $0.language.code == "zh" })
        let en = try #require(result.pages.first { $0.language.code == "en" })
        let zhBoards = try #require(zh.context["boards"]?.mapsValue)
        let enBoards = try #require(en.context["boards"]?.mapsValue)
        #expect(zhBoards.first?["title"]?.textValue == "商铺门头屏")
        #expect(enBoards.first?["title"]?.textValue == "Shop-front strip")
        #expect(enBoards.first?["effect"]?.textValue == "Moves up")
        #expect(zhBoards.first?["stay"]?.textValue == "4 秒")
        #expect(zh.context["hasMotion"]?.boolValue == true)
    }
}
