import BeaconCore
import BeaconMarkdown
import Testing

/// Thousands of shortcode tags on one line once took minutes (scanning and replacing were
/// quadratic); a hostile page must render like any other.
@Suite struct ShortcodeFloodTests {
    let renderer = MarkdownRenderer(unsafeHTML: false, basePath: "", resolveLink: { t, _, _ in ("/" + t, nil) },
                                    shortcodes: { code, _, _ in ShortcodeOutput(html: "<b>\(code.name)</b>", plain: code.name, isBlock: false) })

    @Test func manyTagsOnOneLine() {
        let (out, problems) = renderer.render(String(repeating: "{{< a >}}", count: 5_000) + "\n\n`{{< b >}}`",
                                              file: "x.md", firstLine: 1, language: Language(code: "zh", isDefault: true))
        #expect(problems.isEmpty)
        #expect(out.html.components(separatedBy: "<b>a</b>").count == 5_001)
        #expect(out.html.contains("<code>{{&lt; b &gt;}}</code>"))
        #expect(!out.html.contains("BEACONSHORTCODE"))
    }

    @Test func manyUnclosedTagsOnOneLine() {
        let (_, problems) = renderer.render(String(repeating: "{{<", count: 5_000), file: "x.md", firstLine: 7,
                                            language: Language(code: "zh", isDefault: true))
        #expect(problems.count == 5_000)
        #expect(problems.last?.line == 7)
        #expect(problems.last?.column == 3 * 4_999 + 1)
    }
}
