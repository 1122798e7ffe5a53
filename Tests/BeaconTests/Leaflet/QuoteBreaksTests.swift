@testable import BeaconLeaflet
import Foundation
import Testing

/// Chinese text breaks before an opening quote and after a closing one, which Pango 1.50's
/// UAX #14 rule LB19 forbids.
@Suite struct QuoteBreaksTests {
    static let text = "网上认识、从未谋面的“恋人”推荐投资，一律是诈骗。凡是要求先交“解冻费”“保证金”的网贷，都是诈骗。"

    @Test func breakMarksGoBesideQuotesButNotBeforeAMarkThatMayNotStartALine() {
        let (marked, _) = QuoteBreaks.insert(in: "的“恋人”推，“费”，", style: TextStyle(size: 10))
        #expect(marked == "的\u{200B}“恋人”\u{200B}推，\u{200B}“费”，")
        // A continuation already marked is left as it is.
        #expect(QuoteBreaks.insert(in: marked, style: TextStyle(size: 10)).0 == marked)
    }

    /// A space a clerk typed beside a full-width mark (`“解冻费” “保证金”`) is dropped in running
    /// text, so the pair is compressed like any other; a headline keeps its spaces (its phrases).
    @Test func aSpaceBesideAFullWidthMarkIsDroppedInRunningText() throws {
        let text = "先交“解冻费” “保证金”  才放款，请 拨打110。"
        let bold = text.utf8.count - "才放款，请 拨打110。".utf8.count
        let (marked, style) = QuoteBreaks.insert(in: text, style: TextStyle(size: 10, boldRanges: ["先交".utf8.count..<bold]))
        #expect(marked == "先交\u{200B}“解冻费”\u{200B}“保证金”\u{200B}才放款，请 拨打110。")
        let range = try #require(style.boldRanges.first)
        #expect(String(decoding: Array(marked.utf8)[range], as: UTF8.self) == "“解冻费”\u{200B}“保证金”")
        #expect(QuoteBreaks.insert(in: text, style: TextStyle(size: 10, headline: true)).0.contains("” “"))
    }

    @Test func boldRunsMoveWithTheMarks() throws {
        let text = "的“恋人”推荐"
        let bold = text.utf8.count - "推荐".utf8.count
        let start = "的".utf8.count
        let (marked, style) = QuoteBreaks.insert(in: text, style: TextStyle(size: 10, boldRanges: [start..<bold]))
        let bytes = Array(marked.utf8)
        let range = try #require(style.boldRanges.first)
        #expect(String(decoding: bytes[range], as: UTF8.self) == "“恋人”")
    }

    /// Over a range of widths, some line ends before an opening quote or starts after a closing
    /// one (LB19 would never allow it), and the lines give the text back without the marks.
    @Test func linesBreakBesideQuotes() {
        let engine = TextEngine(languageTag: "zh-CN")
        engine.quoteBreaks = true
        var beside = 0
        for width in stride(from: 80.0, through: 200.0, by: 5) {
            let layout = TextLayout(Self.text, style: TextStyle(size: 10, justify: true), width: width, engine: engine)
            #expect(layout.lines.map(\.text).joined() == Self.text, "at \(width) pt")
            for (a, b) in zip(layout.lines, layout.lines.dropFirst()) {
                if b.text.hasPrefix("“") && a.text.last?.unicodeScalars.first?.properties.isIdeographic == true { beside += 1 }
                if a.text.hasSuffix("”") && b.text.first?.unicodeScalars.first?.properties.isIdeographic == true { beside += 1 }
            }
        }
        #expect(beside > 0)
    }
}
