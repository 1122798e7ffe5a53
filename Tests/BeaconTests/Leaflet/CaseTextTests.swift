import BeaconContent
import BeaconCore
@testable import BeaconLeaflet
import BeaconMarkdown
import Testing

/// A case's text as the leaflet reads it: the Markdown step's blocks, from the tree the website renders.
@Suite struct CaseTextTests {
    static let body = """
    ## 案情简介

    对方称**您的快递丢失**，
    需要[点击链接](https://x.cn)理赔。`验证码`不要告诉别人。
    ![图](a.png)<span></span>

    ## 作案手法

    1. 冒充**客服**。
    2. 诱导共享屏幕，
       再转账。

    ## 警方提示

    - 官方客服不会要求共享屏幕。<br>
    - 涉案{{< stat cases_filed >}}，请提高警惕。

    ## 相关链接

    网站内容
    """

    /// The body's blocks as the Markdown step hands them on: one parse, each `stat` shortcode as its words.
    static func blocks(_ body: String) -> [MarkdownBlock] {
        let renderer = MarkdownRenderer(unsafeHTML: false, basePath: "", resolveLink: { target, _, _ in ("/" + target, nil) },
                                        shortcodes: { sc, _, _ in
                                            ShortcodeOutput(html: "<data>838起</data>", plain: sc.arguments == ["cases_filed"] ? "838起" : "1起", isBlock: false)
                                        })
        return renderer.render(body, file: "content/cases/refund.zh.md", firstLine: 8, language: Language(code: "zh", isDefault: true), withBlocks: true).0.blocks
    }

    func story(_ body: String = body) -> CaseStory {
        let page = ContentPage(kind: .case, slug: "refund", language: .zh, sourcePath: "content/cases/refund.zh.md",
                               translationKey: "cases/refund", title: "退款", body: body, bodyLine: 8)
        return CaseStory.make(page, blocks: Self.blocks(body), language: Language(code: "en", isDefault: false),
                              headings: .init(advice: ["警方提示", "民警提醒"], method: ["作案手法"]), bullet: "• ")
    }

    @Test func theStoryMethodAndAdviceComeFromTheParsedTree() {
        let s = story()
        // Soft breaks between hanzi vanish, links print their words, images and raw HTML do not print.
        #expect(s.story.map(\.text) == ["对方称您的快递丢失，需要点击链接理赔。验证码不要告诉别人。"])
        #expect(s.methodHeading == "作案手法")
        #expect(s.method.map(\.text) == ["1. 冒充客服。", "2. 诱导共享屏幕，再转账。"])
        #expect(s.method.map(\.marker) == ["1. ", "2. "])
        #expect(s.advice.map(\.text) == ["• 官方客服不会要求共享屏幕。", "• 涉案838起，请提高警惕。"])
        #expect(s.path == "/en/cases/refund/")
    }

    /// A second advice heading (`## 民警提醒` after `## 警方提示`) is the clerk's own section,
    /// printed under its heading, not poured into the advice box (a clerk saw it vanish there in
    /// Chinese while the English, whose heading is no advice heading, printed it).
    @Test func aSecondAdviceHeadingIsASectionOfItsOwn() {
        let s = story("王某被骗。\n\n## 警方提示\n\n不要转账。\n\n## 民警提醒\n\n家属多提醒老人。")
        #expect(s.advice.map(\.text) == ["不要转账。"])
        #expect(s.sections.map(\.heading) == ["民警提醒"])
        #expect(s.sections.first?.paragraphs.map(\.text) == ["家属多提醒老人。"])
    }

    @Test func boldStaysBoldOnPaper() throws {
        let s = story()
        let p = s.story[0]
        let r = try #require(p.bold.first)
        let bytes = Array(p.text.utf8)
        #expect(String(decoding: bytes[r], as: UTF8.self) == "您的快递丢失")
        let step = s.method[0]
        #expect(step.bold.map { String(decoding: Array(step.text.utf8)[$0], as: UTF8.self) } == ["客服"])
    }

    @Test func aCaseWithoutHeadingsIsAllStoryAndEnglishLinesKeepTheirSpace() {
        let s = story("Never share\nyour *code* with_anyone.\n\nSecond.")
        #expect(s.story.map(\.text) == ["Never share your code with_anyone.", "Second."])
        #expect(s.method.isEmpty && s.methodHeading == nil && s.advice.isEmpty)
    }

    @Test func codeKeepsAShortcodeLiteral() {
        let blocks = Self.blocks("见 `{{< stat x >}}` 与 {{< stat x >}}")
        #expect(blocks.map(\.text) == ["见 {{< stat x >}} 与 1起"])
    }
}
