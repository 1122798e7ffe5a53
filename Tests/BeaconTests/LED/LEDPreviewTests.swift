@testable import BeaconLED
import BeaconCore
import Foundation
import Testing

@Suite struct LEDPreviewTests {
    /// Width and height from a PNG's IHDR chunk.
    func pngSize(_ data: Data) throws -> (Int, Int) {
        let b = [UInt8](data)
        try #require(b.count > 24 && b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        try #require(Array(b[12..<16]) == Array("IHDR".utf8))
        func be32(_ i: Int) -> Int { Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3]) }
        return (be32(16), be32(20))
    }

    @Test func everyPreviewIsAPNGAtLeastTheBoardsSize() throws {
        let site = try LEDFixture.site()
        let result = try LEDBuilder.build(site: site, figures: FakeFigures().period)
        try #require(Unifont.shared != nil, "GNU Unifont (Debian package unifont) is needed for previews")
        for program in result.programs {
            let png = try #require(LEDFixture.file(result, "led/\(program.board.name)/preview.png"))
            let (w, h) = try pngSize(png)
            #expect(w >= program.board.width)
            #expect(h >= program.board.height * program.screens.count)
            if let dir = ProcessInfo.processInfo.environment["BEACON_LED_PREVIEW_DIR"] {
                try png.write(to: URL(fileURLWithPath: dir).appendingPathComponent("\(program.board.name).png"))
            }
        }
    }

    @Test func litDotsFollowTheUnifontGlyph() throws {
        let font = try #require(Unifont.shared)
        let board = LEDBoard(name: "b", width: 32, height: 16, font: 16, charset: .gb2312, mode: .static, language: .zh,
                             maxBytes: nil, recent: 3, color: .red, line: nil, playback: LEDPlayback(align: .left))
        let maker = LEDProgramMaker(board: board, font: font)
        let program = maker.make([LEDMessage(original: "中A", source: LEDMessageSource(kind: .slogan, file: "x"))], problems: DiagnosticCollector())
        let preview = LEDPreview(program: program, font: font, measure: maker.width)
        let bits = preview.bitmap(program.screens[0], columns: 32)
        let zhong = try #require(font.glyph("中"))
        let a = try #require(font.glyph("A"))
        for y in 0..<16 {
            for x in 0..<16 { #expect(bits[y * 32 + x] == zhong.isLit(x: x, y: y)) }
            for x in 0..<8 { #expect(bits[y * 32 + 16 + x] == a.isLit(x: x, y: y)) }
        }
    }

    @Test func thirtyTwoPixelFontsDoubleEveryGlyphPixel() throws {
        let font = try #require(Unifont.shared)
        let board = LEDBoard(name: "b", width: 64, height: 32, font: 32, charset: .utf8, mode: .static, language: .zh,
                             maxBytes: nil, recent: 3, color: .amber, line: nil, playback: LEDPlayback(align: .left))
        let maker = LEDProgramMaker(board: board, font: font)
        let program = maker.make([LEDMessage(original: "防", source: LEDMessageSource(kind: .slogan, file: "x"))], problems: DiagnosticCollector())
        let bits = LEDPreview(program: program, font: font, measure: maker.width).bitmap(program.screens[0], columns: 64)
        let g = try #require(font.glyph("防"))
        for y in 0..<32 { for x in 0..<32 { #expect(bits[y * 64 + x] == g.isLit(x: x / 2, y: y / 2)) } }
    }

    /// `align: center` (the default) draws a short screen in the middle of the board.
    @Test(arguments: [LEDPlayback.Align.center, .left])
    func shortScreensSitWhereAlignSays(_ align: LEDPlayback.Align) throws {
        let font = try #require(Unifont.shared)
        let board = LEDBoard(name: "b", width: 64, height: 16, font: 16, charset: .gb2312, mode: .static, language: .zh,
                             maxBytes: nil, recent: 3, color: .red, line: nil, playback: LEDPlayback(align: align))
        let maker = LEDProgramMaker(board: board, font: font)
        let program = maker.make([LEDMessage(original: "中", source: LEDMessageSource(kind: .slogan, file: "x"))], problems: DiagnosticCollector())
        let bits = LEDPreview(program: program, font: font, measure: maker.width).bitmap(program.screens[0], columns: 64)
        let litColumns = (0..<64).filter { x in (0..<16).contains { bits[$0 * 64 + x] } }
        let first = try #require(litColumns.first), last = try #require(litColumns.last)
        if align == .center {
            // The 16-LED glyph cell starts at column 24; its ink is balanced about the middle.
            #expect(first >= 24 && last < 40)
            #expect(abs((first + last + 1) - 64) <= 4)
        } else {
            #expect(first < 16 && last < 16)
        }
    }
}
