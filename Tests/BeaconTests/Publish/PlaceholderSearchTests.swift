import BeaconCore
import Foundation
import PropertyBased
import Testing

/// The placeholder check's byte search must answer as Foundation's `contains` does, which
/// compares whole characters up to canonical equivalence.
@Suite struct PlaceholderSearchTests {
    static let count = FrontMatterPropertyTests.count

    /// Plain pieces, and look-alikes that are not plain (precomposed and combining accents, a
    /// compatibility ideograph, full-width and ideographic spaces, emoji with a modifier).
    static let pieces = ["Write", " what", " happened", " here.", "e", "é", "e\u{301}", "\u{301}", "A", "Ａ", " ", "　", "...", "…",
                         "写", "案情", "。", "，", "“", "”", "\t", "\u{F900}", "\u{8C48}", "👍", "🏽", "\u{200D}", "-", "—", "x",
                         "·", "\u{387}", "×", "\u{AD}", "￥"]
    static let text = Gen.element(of: pieces).compactMap { $0 }.array(of: 0...12).map { $0.joined() }

    @Test func theByteSearchAgreesWithFoundation() async {
        await propertyCheck(count: Self.count * 10, input: Self.text, Self.text) { line, sentence in
            let plainLine = PlainText.isPlain(line), plainSentence = PlainText.isPlain(sentence)
            #expect(PlainText.contains(Substring(line), sentence, plainLine: plainLine, plainSentence: plainSentence)
                    == line.contains(sentence), "\(line.debugDescription) ∋ \(sentence.debugDescription)")
        }
    }

    @Test func plainTextIsSearchedByBytesAndEqualsFoundationThere() async {
        // Only plain pieces: every answer comes from the byte search.
        let plain = Gen.element(of: Self.pieces.filter(PlainText.isPlain)).compactMap { $0 }.array(of: 0...12).map { $0.joined() }
        await propertyCheck(count: Self.count * 10, input: plain, plain) { line, sentence in
            guard !sentence.isEmpty else { return }
            #expect(PlainText.containsBytes(Substring(line), sentence) == line.contains(sentence),
                    "\(line.debugDescription) ∋ \(sentence.debugDescription)")
        }
    }

    @Test func linesSplitAsCharactersDo() async {
        let text = Gen.element(of: Self.pieces + ["\n", "\n", "\r", "\r\n", "\n\u{301}", "·"]).compactMap { $0 }.array(of: 0...16).map { $0.joined() }
        await propertyCheck(count: Self.count * 10, input: text) { text in
            #expect(PlainText.lines(text) == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
        }
    }

    /// The test by bytes (eight ASCII bytes at once, hanzi by their lead byte) answers as one
    /// scalar at a time does, for whole texts and for texts of lines.
    @Test func theByteTestAnswersAsScalarByScalar() async {
        let pieces = Self.pieces + ["Police advice: call 110 at once", "\n", "\u{7F}", "\u{1F}", "\u{4DC0}", "\u{4DBF}", "\u{4E00}",
                                    "\u{9FFF}", "\u{A000}", "鉴", "案情经过", "0123456789abcdef", "~", "\u{80}"]
        let text = Gen.element(of: pieces).compactMap { $0 }.array(of: 0...24).map { $0.joined() }
        await propertyCheck(count: Self.count * 10, input: text) { text in
            #expect(PlainText.isPlain(text) == text.unicodeScalars.allSatisfy { PlainText.isPlain($0.value) }, "\(text.debugDescription)")
            #expect(PlainText.linesArePlain(text) == text.unicodeScalars.allSatisfy { $0 == "\n" || PlainText.isPlain($0.value) },
                    "\(text.debugDescription)")
        }
        #expect(PlainText.isPlain("Police advice: call 110 at once, 案情经过"))
        #expect(!PlainText.isPlain("Police advice: call 110\u{7F} at once"))
        #expect(!PlainText.isPlain("Police advice:\tcall\n110"))
        #expect(PlainText.linesArePlain("Police advice:\tcall\n110"))
    }

    @Test func lookAlikesAreNotPlain() {
        for s in ["é", "e\u{301}", "\u{F900}", "👍", "\u{200D}", "\u{302A}", "\r"] { #expect(!PlainText.isPlain(s), "\(s.debugDescription)") }
        for s in ["Write what happened here.", "写明案情。", "“Ａ…”"] { #expect(PlainText.isPlain(s)) }
    }
}
