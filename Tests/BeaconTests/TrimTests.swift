import BeaconCore
import Foundation
import PropertyBased
import Testing

/// `trimmingSpaces()` and `trimmingSpacesAndNewlines()` replace Foundation's
/// `trimmingCharacters(in:)` in many places, so they must give its answers exactly.
@Suite struct TrimTests {
    static let count = FrontMatterPropertyTests.count

    /// Blanks of both sets, near-blanks that are not (U+180E, U+FEFF, U+200C), combining marks
    /// after a space, a CRLF, emoji, and text.
    static let pieces = [" ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2007}",
                         "\u{200A}", "\u{200B}", "\u{200C}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{180E}",
                         "\u{FEFF}", "\u{301}", "e\u{301}", "x", "案情", "，", "、", ":", "：", ";", "👍", "🏽", "\u{10000}"]
    static let text = Gen.element(of: pieces).compactMap { $0 }.array(of: 0...10).map { $0.joined() }

    @Test func theSetsAreFoundations() {
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(Blank.isSpace(v) == CharacterSet.whitespaces.contains(s), "U+\(String(v, radix: 16))")
            #expect(Blank.isSpaceOrNewline(v) == CharacterSet.whitespacesAndNewlines.contains(s), "U+\(String(v, radix: 16))")
        }
    }

    @Test func trimmingAgreesWithFoundation() async {
        await propertyCheck(count: Self.count * 10, input: Self.text, Self.text, Self.text) { head, middle, tail in
            let s = head + middle + tail
            let sub = ("x" + s + "x").dropFirst().dropLast()
            #expect(s.trimmingSpaces() == s.trimmingCharacters(in: .whitespaces), "\(s.debugDescription)")
            #expect(s.trimmingSpacesAndNewlines() == s.trimmingCharacters(in: .whitespacesAndNewlines), "\(s.debugDescription)")
            #expect(sub.trimmingSpaces() == sub.trimmingCharacters(in: .whitespaces), "\(s.debugDescription)")
            #expect(sub.trimmingSpacesAndNewlines() == sub.trimmingCharacters(in: .whitespacesAndNewlines), "\(s.debugDescription)")
            let marks = CharacterSet(charactersIn: ",;:，；：、")
            let markValues = Set(",;:，；：、".unicodeScalars.map(\.value))
            #expect(sub.trimming { Blank.isSpaceOrNewline($0) || markValues.contains($0) }
                    == sub.trimmingCharacters(in: .whitespacesAndNewlines.union(marks)), "\(s.debugDescription)")
        }
    }

    @Test func aSpaceBeforeACombiningMarkIsTrimmedAndTheMarkStays() {
        #expect(" \u{301}x \u{301}".trimmingSpaces().unicodeScalars.map(\.value) == [0x301, 0x78, 0x20, 0x301])
        #expect("\r\n x \r\n".trimmingSpaces() == "\r\n x \r\n")
        #expect("\r\n x \r\n".trimmingSpacesAndNewlines() == "x")
        #expect("\u{3000}案情\u{3000}".trimmingSpaces() == "案情")
    }
}

@Suite struct HTMLEscapeTests {
    @Test func theFiveMarksAreEscapedAndEverythingElseKept() {
        #expect(HTML.escape("<a href=\"/x?a=1&b=2\">Tom's 诈骗 > 0</a>")
            == "&lt;a href=&quot;/x?a=1&amp;b=2&quot;&gt;Tom&#39;s 诈骗 &gt; 0&lt;/a&gt;")
        #expect(HTML.escape("反诈 café 👮🏽‍♀️") == "反诈 café 👮🏽‍♀️")
        #expect(HTML.escape("&") == "&amp;")
        #expect(HTML.escape("") == "")
    }
}
