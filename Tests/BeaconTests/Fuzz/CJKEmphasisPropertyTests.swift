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

    /// The pass before it worked on bytes: every scalar into an array, the text copied always.
    static func preparedByScalars(_ markdown: String) -> String? {
        let scalars = Array(markdown.unicodeScalars)
        guard scalars.contains("*") || scalars.contains("_"), !scalars.contains(CJKEmphasis.marker) else { return nil }
        var out = String.UnicodeScalarView()
        var changed = false
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            guard c == "*" || c == "_" else { out.append(c); i += 1; continue }
            var end = i
            while end < scalars.count && scalars[end] == c { end += 1 }
            let before: Unicode.Scalar? = i > 0 ? scalars[i - 1] : nil
            let after: Unicode.Scalar? = end < scalars.count ? scalars[end] : nil
            let escaped = before == "\\"
            let run = scalars[i..<end]
            if !escaped, let b = before, let a = after, CJKEmphasis.isCJK(b), CJKEmphasis.isPunctuation(a) {
                out.append(CJKEmphasis.marker); out.append(contentsOf: run); changed = true
            } else if !escaped, let b = before, let a = after, CJKEmphasis.isPunctuation(b), CJKEmphasis.isCJK(a) {
                out.append(contentsOf: run); out.append(CJKEmphasis.marker); changed = true
            } else {
                out.append(contentsOf: run)
            }
            i = end
        }
        return changed ? String(out) : nil
    }

    @Test func theBytePassMarksWhatTheScalarPassMarked() async {
        let text = Gen.element(of: Self.pieces + ["\u{2E2B}", "é", "e\u{301}", "𠀀", "\u{FF0C}"]).compactMap { $0 }.array(of: 0...40).map { $0.joined() }
        await propertyCheck(count: FrontMatterPropertyTests.count * 10, input: text) { text in
            #expect(CJKEmphasis.prepare(text) == Self.preparedByScalars(text), "\(text.debugDescription)")
        }
    }

    /// Markers taken out by bytes give what Foundation's `replacingOccurrences` gives, or the
    /// byte path declines (a voicing mark after a marker joins it into one character).
    @Test func markersRemovedByBytesAsFoundationDoes() async {
        let m = String(CJKEmphasis.marker)
        let text = Gen.element(of: [m, m, "*", "中", "文", "。", "a", " ", "\u{3099}", "か", "\u{301}", "ｶ", "\u{FF9E}", "한", "😀", "“"])
            .compactMap { $0 }.array(of: 0...12).map { $0.joined() }
        await propertyCheck(count: FrontMatterPropertyTests.count * 10, input: text) { text in
            let bytes = text.withCString { CJKEmphasis.withoutMarkers($0) }
            if let bytes { #expect(bytes == text.replacingOccurrences(of: m, with: ""), "\(text.debugDescription)") }
            if !text.unicodeScalars.contains(where: { $0.value > 0x7F && $0 != CJKEmphasis.marker && !(0x4000...0x9FFF).contains($0.value) }) {
                #expect(bytes != nil, "\(text.debugDescription)")
            }
        }
    }
}
