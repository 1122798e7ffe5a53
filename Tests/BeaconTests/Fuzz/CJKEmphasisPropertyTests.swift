import BeaconCore
import Foundation
@testable import BeaconMarkdown
import PropertyBased
import Testing

/// The CJK-friendly emphasis pass on generated Markdown: the marker never reaches the output,
/// text without CJK beside a delimiter is rendered exactly as plain libcmark renders it, and
/// the text a reader sees (asterisks aside) is the same with and without the pass.
@Suite struct CJKEmphasisPropertyTests {
    static let pieces = ["**", "*", "_", "__", "。", "，", "“", "”", "「", "」", "（", "）", "中", "文", "a", "b", " ", "\n", "\n\n",
                         "`", "\\", ".", "!", "\"", "[", "](x)", "<b>", "1", "😀", "- ", "# "]
    static let markdown = Gen.element(of: pieces).compactMap { $0 }.array(of: 0...40).map { $0.joined() }
    static let ascii = Gen.element(of: pieces.filter { $0.allSatisfy(\.isASCII) }).compactMap { $0 }.array(of: 0...40).map { $0.joined() }

    let zh = Language(code: "zh", isDefault: true)
    let renderer = MarkdownRenderer(unsafeHTML: false, basePath: "", resolveLink: { _, _, _ in ("/x", nil) }, shortcodes: nil)

    @Test func theMarkerNeverReachesTheOutput() async {
        await propertyCheck(count: FrontMatterPropertyTests.count, input: Self.markdown) { text in
            let (out, _) = renderer.render(text, file: "a.md", firstLine: 1, language: zh)
            #expect(!out.html.unicodeScalars.contains(CJKEmphasis.marker))
            #expect(!out.plainText.unicodeScalars.contains(CJKEmphasis.marker))
            // Only delimiters change meaning: the words are the same as libcmark alone gives.
            let doc = CMarkDocument(text, options: 0)
            let plain = withExtendedLifetime(doc) { CMarkDocument.plain(doc.root) }
            #expect(out.plainText.filter { $0 != "*" && $0 != "_" && !$0.isWhitespace } == plain.filter { $0 != "*" && $0 != "_" && !$0.isWhitespace })
        }
    }

    @Test func textWithoutCJKIsLeftAlone() async {
        await propertyCheck(count: FrontMatterPropertyTests.count, input: Self.ascii) { text in
            #expect(CJKEmphasis.prepare(text) == nil)
        }
    }
}
