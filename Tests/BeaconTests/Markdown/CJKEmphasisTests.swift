import BeaconCore
import BeaconMarkdown
import Foundation
import Testing

/// Bold and italics around Chinese punctuation render as writers mean them (the CJK-friendly
/// amendment to CommonMark's flanking rules), while English emphasis parses exactly as before.
@Suite struct CJKEmphasisTests {
    let zh = Language(code: "zh", isDefault: true)

    /// The HTML of `markdown`; a `**` left in the text is expected to be warned about, nothing else.
    func html(_ markdown: String) -> String {
        let renderer = MarkdownRenderer(unsafeHTML: false, basePath: "", resolveLink: { _, _, _ in ("/", nil) }, shortcodes: nil)
        let (out, problems) = renderer.render(markdown, file: "a.md", firstLine: 1, language: zh)
        let literal = out.html.replacingOccurrences(of: "(?s)<code>.*?</code>", with: "", options: .regularExpression).contains("**")
            && !markdown.contains("\\*")
        #expect(problems.map(\.severity) == (literal ? [.warning] : []), "\(problems.map(\.description))")
        return out.html
    }

    /// Cases from the markdown-cjk-friendly specification and the help page that showed its asterisks.
    @Test(arguments: [
        ("**接到96110的来电，请务必接听。**如有疑问请拨打110。",
         "<p><strong>接到96110的来电，请务必接听。</strong>如有疑问请拨打110。</p>\n"),
        ("他说**“不要转账”**，然后挂断了电话。",
         "<p>他说<strong>“不要转账”</strong>，然后挂断了电话。</p>\n"),
        ("*注意：*请核实对方身份。",
         "<p><em>注意：</em>请核实对方身份。</p>\n"),
        ("太郎は**「こんにちわ」**といった", "<p>太郎は<strong>「こんにちわ」</strong>といった</p>\n"),
        ("**この文は重要です。**但这句话不重要。", "<p><strong>この文は重要です。</strong>但这句话不重要。</p>\n"),
        ("__冻结资金（人民币）__全部返还", "<p><strong>冻结资金（人民币）</strong>全部返还</p>\n"),
        ("**（提醒）**：陌生来电**谨慎接听**。", "<p><strong>（提醒）</strong>：陌生来电<strong>谨慎接听</strong>。</p>\n"),
    ])
    func emphasisAroundChinesePunctuation(_ markdown: String, _ expected: String) {
        #expect(html(markdown) == expected)
    }

    /// Where no CJK character stands beside the delimiters, CommonMark's rules apply unchanged.
    @Test(arguments: [
        ("**bold** and *italic*", "<p><strong>bold</strong> and <em>italic</em></p>\n"),
        ("a**\"foo\"**b", "<p>a**&quot;foo&quot;**b</p>\n"),
        ("**foo.**bar", "<p>**foo.**bar</p>\n"),
        ("5*3*2 = 30", "<p>5<em>3</em>2 = 30</p>\n"),
        ("snake_case_name", "<p>snake_case_name</p>\n"),
        ("\\*\\*不加粗。\\*\\*中文", "<p>**不加粗。**中文</p>\n"),
    ])
    func englishEmphasisIsUnchanged(_ markdown: String, _ expected: String) {
        #expect(html(markdown) == expected)
    }

    @Test func codeLinksAndRawTextKeepTheirCharactersExactly() {
        let out = html("`**代码。**中文` 与 [链接](https://example.gov.cn/a_（b）_c)\n\n```\n**块。**中文\n```\n")
        #expect(out.contains("<code>**代码。**中文</code>"))
        #expect(out.contains("href=\"https://example.gov.cn/a_%EF%BC%88b%EF%BC%89_c\""))
        #expect(out.contains("<pre><code>**块。**中文\n</code></pre>"))
        #expect(!out.unicodeScalars.contains("\u{2E2B}"))
    }

    @Test func theHelpPageSentenceIsBoldOnTheBuiltSite() throws {
        let site = try TestSite([
            "content/pages/help.zh.md": page("title: 求助", "**接到96110的来电，请务必接听。**这是反诈中心的预警劝阻电话。"),
        ])
        defer { site.remove() }
        try site.build()
        let body = try site.read("help/index.html")
        #expect(body.contains("<strong>接到96110的来电，请务必接听。</strong>这是反诈中心的预警劝阻电话。"))
        #expect(!body.contains("**"))
    }
}

extension CJKEmphasisTests {
    /// What even the amendment cannot make bold (punctuation, then `**`, then a digit) is a
    /// warning with the file and the line, never a silent `**` on the site.
    @Test func asterisksThatWouldStillBePublishedAreAWarning() throws {
        let site = try TestSite([
            "content/pages/help.zh.md": page("title: 求助", "第一段。\n\n第二段，\n**注意！**96110是预警电话。\n\n`**代码**`与 \\*\\*星号\\*\\* 不算。"),
        ])
        defer { site.remove() }
        let report = try site.build()
        let ws = report.warnings.filter { $0.file == "content/pages/help.zh.md" }
        try #require(ws.count == 1, "\(ws.map(\.description))")
        #expect(ws[0].line == 7)
        #expect(ws[0].excerpt == "**注意！**96110是预警电话。")
        #expect(ws[0].what.english == "`**` would be published as two asterisks here: the bold mark cannot open or close between this punctuation and the next character.")
    }
}
