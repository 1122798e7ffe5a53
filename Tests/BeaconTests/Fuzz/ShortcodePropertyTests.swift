import BeaconCore
import Foundation
@testable import BeaconMarkdown
import PropertyBased
import Testing

/// The shortcode scanner on generated Markdown: never crashes, and putting each tag back in
/// place of its placeholder gives the text it was given.
@Suite struct ShortcodePropertyTests {
    static let pieces = ["{{<", ">}}", "{{< stat cases_filed >}}", "{{<>}}", "{{< \" >}}", " ", "\"", "=", "stat", "chart", "a=b",
                         "\n", "a", "中", "{", "}", "<", ">", "`", "```\n", "\t", "😀", "{{< stat \"a b\" k=\"v w\" >}}"]
    static let markdown = Gen.element(of: pieces).compactMap { $0 }.array(of: 0...50).map { $0.joined() }

    @Test func scanRoundTripsAndPlacesTags() async {
        await propertyCheck(count: FrontMatterPropertyTests.count, input: Self.markdown) { text in
            let (out, found, problems) = ShortcodeScanner.scan(text)
            var restored = out
            for f in found.reversed() {
                #expect(restored.contains(f.placeholder))
                restored = restored.replacingOccurrences(of: f.placeholder, with: f.shortcode.source)
            }
            #expect(restored == text)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for f in found {
                let sc = f.shortcode
                #expect(sc.line >= 1 && sc.line <= lines.count)
                #expect(!sc.name.isEmpty)
                if sc.line <= lines.count {
                    #expect(lines[sc.line - 1].dropFirst(sc.column - 1).hasPrefix(sc.source))
                }
            }
            for d in problems { #expect(d.line.map { $0 >= 1 && $0 <= lines.count } == true) }
        }
    }

    /// The quick test for a tag (`{{<`, `{{%`, `{{ `, `{{name`) answers as the byte walk it
    /// replaced, which counted braces one byte at a time.
    @Test func hasOpeningAgreesWithTheBraceCount() async {
        let pieces = ["{", "{{", "{{{", "<", "%", " ", "a", "Z", "1", "中", "\n", "}", "x{"]
        let text = Gen.element(of: pieces).compactMap { $0 }.array(of: 0...12).map { $0.joined() }
        await propertyCheck(count: FrontMatterPropertyTests.count * 10, input: text) { text in
            var braces = 0
            var expected = false
            for b in text.utf8 {
                if braces >= 2, b == UInt8(ascii: "<") || b == UInt8(ascii: "%") || b == UInt8(ascii: " ")
                    || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) { expected = true; break }
                braces = b == UInt8(ascii: "{") ? braces + 1 : 0
            }
            #expect(ShortcodeScanner.hasOpening(text) == expected, "\(text.debugDescription)")
        }
    }
}
