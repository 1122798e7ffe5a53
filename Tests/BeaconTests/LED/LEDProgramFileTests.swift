@testable import BeaconLED
import BeaconCore
import Foundation
import Testing

@Suite struct LEDProgramFileTests {
    /// Splits program bytes at CRLF, failing on a lone CR or LF.
    func crlfLines(_ data: Data) throws -> [[UInt8]] {
        let bytes = [UInt8](data)
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 13 {
                try #require(i + 1 < bytes.count && bytes[i + 1] == 10, "CR without LF at byte \(i)")
                lines.append(current); current = []; i += 2; continue
            }
            try #require(bytes[i] != 10, "LF without CR at byte \(i)")
            current.append(bytes[i]); i += 1
        }
        #expect(current.isEmpty, "the last line has no CRLF")
        return lines
    }

    @Test func everyProgramDecodesInItsCharsetWithCRLF() throws {
        let site = try LEDFixture.site()
        let result = try LEDBuilder.build(site: site, figures: FakeFigures().period)
        #expect(result.programs.map(\.board.name) == ["shop-strip", "station", "village"])
        for program in result.programs {
            var data = try #require(LEDFixture.file(result, "led/\(program.board.name)/program.txt"))
            // A UTF-8 board's program starts with a BOM, as Windows controller software needs; GB boards' never do.
            #expect(data.starts(with: [0xEF, 0xBB, 0xBF]) == (program.board.charset == .utf8))
            if program.board.charset == .utf8 { data = data.dropFirst(3) }
            let decoded = try crlfLines(data).map { try #require(LEDDecoder.decode($0, charset: program.board.charset)) }
            #expect(decoded == program.lines)
            let utf8 = try #require(LEDFixture.file(result, "led/\(program.board.name)/program.utf8.txt"))
            #expect(utf8.starts(with: [0xEF, 0xBB, 0xBF]))
            let utf8Lines = try crlfLines(utf8.dropFirst(3)).map { String(decoding: $0, as: UTF8.self) }
            #expect(utf8Lines == decoded)
        }
    }

    @Test func shopStripScreensAreTheExpectedOnes() throws {
        let site = try LEDFixture.site()
        let result = try LEDBuilder.build(site: site, figures: FakeFigures().period)
        let data = try #require(LEDFixture.file(result, "led/shop-strip/program.txt"))
        let lines = try crlfLines(data).map { try #require(LEDDecoder.decode($0, charset: .gb2312)) }
        // 192 LEDs at 16 px: 12 hanzi a line, one line a screen. Breaks fall after the comma,
        // and 96110, 53.29% and 4400余万元 stay whole.
        #expect(lines == [
            "冒充公安来查案，", "不怕不慌不转账",
            "不点击未知链接",
            "全民反诈，", "请拨打96110咨询",
            "2021年1月至10月，", "全区立案838起，", "同比下降53.29%",
            "破获案件152起，", "抓获犯罪嫌疑人89人",
            "冻结涉案资金4400余万元",
        ])
    }

    @Test func scrollBoardHasOneLinePerMessage() throws {
        let site = try LEDFixture.site()
        let result = try LEDBuilder.build(site: site, figures: nil)
        let station = try #require(result.programs.first { $0.board.name == "station" })
        #expect(station.lines == ["冒充公安来查案，不怕不慌不转账", "不点击未知链接", "全民反诈，请拨打96110咨询"])
        // GBK bytes: 2 per hanzi and full-width comma, 1 per digit, 2 per CRLF.
        #expect(station.totalBytes == (15 * 2 + 2) + (7 * 2 + 2) + (10 * 2 + 5 + 2))
        #expect(LEDFixture.file(result, "led/station/program.txt")?.count == station.totalBytes)
    }

    @Test func staticScreensArePaddedToTheBoardsRows() throws {
        let site = try LEDFixture.site()
        let result = try LEDBuilder.build(site: site, figures: nil)
        let village = try #require(result.programs.first { $0.board.name == "village" })
        // 256 LEDs at 32 px: 8 hanzi a line, 2 lines a screen.
        #expect(village.lines == ["冒充公安来查案，", "不怕不慌不转账", "不点击未知链接", "", "全民反诈，", "请拨打96110咨询"])
        #expect(village.lines.count % village.board.rows == 0)
    }

    @Test func recentBulletinsComeNewestFirstAfterSlogans() throws {
        let (p1, t1) = LEDFixture.bulletin("old", date: "2021-01-05", led: "一月通报：冒充客服诈骗")
        let (p2, t2) = LEDFixture.bulletin("new", date: "2021-09-05", led: "九月通报：刷单返利诈骗")
        let (p3, t3) = LEDFixture.bulletin("mid", date: "2021-05-05", led: "五月通报：网络贷款诈骗")
        let boards = LEDFixture.threeBoards.replacingOccurrences(of: "mode: scroll", with: "mode: scroll\n    recent: 2")
        let site = try LEDFixture.site(boards: boards, files: [p1: t1, p2: t2, p3: t3])
        let result = try LEDBuilder.build(site: site, figures: FakeFigures().period)
        let station = try #require(result.programs.first { $0.board.name == "station" })
        #expect(station.items.map(\.message.source.kind) == [.slogan, .slogan, .slogan, .headline, .headline, .headline, .bulletin, .bulletin])
        #expect(station.lines.suffix(2) == ["九月通报：刷单返利诈骗", "五月通报：网络贷款诈骗"])
        #expect(station.items.last?.message.source.line == 4)
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let site = try LEDFixture.site()
        let a = try LEDBuilder.build(site: site, figures: FakeFigures().period)
        let b = try LEDBuilder.build(site: site, figures: FakeFigures().period)
        #expect(a.files.map(\.path) == b.files.map(\.path))
        #expect(a.files.map(\.data) == b.files.map(\.data))
    }
}
