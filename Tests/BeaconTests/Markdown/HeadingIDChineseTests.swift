@testable import BeaconMarkdown
import PropertyBased
import Testing

/// A heading of hanzi, ASCII and common punctuation gets its id by bytes; it must be the id
/// the walk over characters makes (`HeadingIDAsciiTests.byCharacters`), and anything else
/// must still go the way of characters.
@Suite struct HeadingIDChineseTests {
    @Test func chineseHeadingsGetTheSameIDs() async {
        let pieces = Gen.element(of: ["警方", "提示", "案情", "经过", "：", "，", "、", "。", "（", "）", "“", "”", "《", "》", "—", "…", " ", "　",
                                      "-", "_", "Police", "A", "110", "々", "〇", "１", "Ａ", "ｚ", "\u{301}", "\u{200D}", "\u{FE0F}", "\u{3099}",
                                      "\u{F900}", "\u{4DC0}", "\r\n", "é", "😀", "\u{20000}"])
            .compactMap { $0 }.array(of: 0...10).map { $0.joined() }
        await propertyCheck(count: FrontMatterPropertyTests.count * 10, input: pieces) { text in
            var taken = Set<String>()
            #expect(HeadingID.make(text, taken: &taken) == HeadingIDAsciiTests.byCharacters(text), "\(text.debugDescription)")
        }
    }

    /// Every scalar the bytes accept, alone, after a hanzi and before a letter.
    @Test func everyScalarReadByBytesAgreesWithCharacters() {
        let ranges: [ClosedRange<UInt32>] = [0x2000...0x206F, 0x3000...0x3040, 0x33FF...0x3401, 0x4DBE...0x4E01, 0x9FFE...0xA001, 0xFF00...0xFF70]
        var accepted = 0
        for v in ranges.joined() {
            guard let u = Unicode.Scalar(v) else { continue }
            for text in [String(u), "案\(u)", "\(u)a"] where HeadingID.byBytes(text) != nil {
                accepted += 1
                var taken = Set<String>()
                #expect(HeadingID.make(text, taken: &taken) == HeadingIDAsciiTests.byCharacters(text), "U+\(String(v, radix: 16))")
            }
        }
        #expect(accepted > 250)
        #expect(HeadingID.byBytes("警方提示") == "警方提示")
        #expect(HeadingID.byBytes("警方提示\u{301}") == nil)
    }
}
