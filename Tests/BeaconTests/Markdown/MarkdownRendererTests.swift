import BeaconCore
import BeaconMarkdown
import Testing

@Suite struct MarkdownRendererTests {
    let zh = Language(code: "zh", isDefault: true)

    func renderer(shortcodes: ShortcodeHandler? = nil, unsafe: Bool = false) -> MarkdownRenderer {
        MarkdownRenderer(unsafeHTML: unsafe, basePath: "/sub", resolveLink: { target, _, lang in
            guard target == "cases/a.md" else { throw Diagnostic.error(nil, "missing \(target)") }
            return ("/sub/\(lang.code == "zh" ? "" : "en/")cases/a/", nil)
        }, shortcodes: shortcodes)
    }

    let echo: ShortcodeHandler = { sc, _, _ in
        if sc.name == "chart" { return ShortcodeOutput(html: "<figure>chart</figure>", plain: "", isBlock: true) }
        guard sc.name == "stat" else { throw Diagnostic.error(nil, "Unknown shortcode `\(sc.name)`.") }
        return ShortcodeOutput(html: "<span class=\"stat\">838起</span>", plain: "838起", isBlock: false)
    }

    @Test func shortcodesExpandOutsideCodeAndStayLiteralInside() {
        let md = "立案{{< stat cases_filed >}}。\n\n`{{< stat cases_filed >}}`\n\n```\n{{< stat x >}}\n```\n\n{{< chart monthly.cases_filed >}}\n"
        let (out, problems) = renderer(shortcodes: echo).render(md, file: "a.md", firstLine: 5, language: zh)
        #expect(problems.isEmpty)
        #expect(out.html.contains("立案<span class=\"stat\">838起</span>。"))
        #expect(out.html.contains("<code>{{&lt; stat cases_filed &gt;}}</code>"))
        #expect(out.html.contains("{{&lt; stat x &gt;}}\n</code></pre>"))
        #expect(out.html.contains("<figure>chart</figure>"))
        #expect(!out.html.contains("<p><figure>"))
        #expect(out.firstParagraph == "立案838起。")
    }

    @Test func shortcodeErrorsCarryTheFileLineAndColumn() throws {
        let md = "第一段。\n\n第二段{{< nope x >}}。\n"
        let (_, problems) = renderer(shortcodes: echo).render(md, file: "content/bulletins/a.zh.md", firstLine: 6, language: zh)
        let d = try #require(problems.first)
        #expect(d.file == "content/bulletins/a.zh.md")
        #expect(d.line == 8)
        #expect(d.column == 4)
        #expect(d.excerpt == "第二段{{< nope x >}}。")
    }

    @Test func unclosedShortcodeIsAnError() throws {
        let (_, problems) = renderer(shortcodes: echo).render("数字{{< stat cases_filed\n", file: "a.md", firstLine: 1, language: zh)
        #expect(try #require(problems.first).message.contains("not closed"))
    }

    @Test func linksResolveAndRootRelativeLinksGetTheSubPath() throws {
        let (out, problems) = renderer().render("[案例](@/cases/a.md#警方提示) [首页](/bulletins/)\n\n[坏](@/cases/b.md)", file: "x.md", firstLine: 5, language: zh)
        #expect(out.html.contains("href=\"/sub/cases/a/#%E8%AD%A6%E6%96%B9%E6%8F%90%E7%A4%BA\"") || out.html.contains("href=\"/sub/cases/a/#警方提示\""))
        #expect(out.html.contains("href=\"/sub/bulletins/\""))
        let d = try #require(problems.first)
        #expect(d.line == 7)
        #expect(out.internalLinks.map(\.fragment) == ["警方提示", nil])
    }

    @Test func rawHTMLIsDroppedUnlessAllowed() {
        let md = "<div onclick=\"x()\">块</div>\n\n文字<b>粗</b>\n\n[链接](javascript:alert(1))"
        let (safe, _) = renderer().render(md, file: "x.md", firstLine: 1, language: zh)
        #expect(!safe.html.contains("<div"))
        #expect(!safe.html.contains("<b>"))
        #expect(!safe.html.contains("javascript:"))
        let (unsafe, _) = renderer(unsafe: true).render(md, file: "x.md", firstLine: 1, language: zh)
        #expect(unsafe.html.contains("<b>粗</b>"))
    }

    @Test func headingsGetStableUniqueIDs() {
        let (out, _) = renderer().render("## 警方提示\n\n## Police Advice!\n\n## 警方提示\n", file: "x.md", firstLine: 1, language: zh)
        #expect(out.headings.map(\.id) == ["警方提示", "police-advice", "警方提示-1"])
        #expect(out.html.contains("<h2 id=\"police-advice\">Police Advice!</h2>"))
    }

    @Test func lineBreaksBetweenHanziDisappearButNotBetweenWords() {
        let (zhOut, _) = renderer().render("第一行\n第二行", file: "x.md", firstLine: 1, language: zh)
        #expect(zhOut.html.contains("第一行第二行"))
        let (enOut, _) = renderer().render("first line\nsecond line", file: "x.md", firstLine: 1, language: zh)
        #expect(enOut.html.contains("first line\nsecond line"))
    }
}
