@testable import BeaconLeaflet
import Testing

@Suite struct MarkdownTextTests {
    @Test func storyAndAdviceComeOutAsPlainParagraphs() {
        let md = """
        对方称**您的快递丢失**，
        需要[点击链接](https://x.cn)理赔。`验证码`不要告诉别人。
        ![图](a.png)

        ## 案情经过

        - 第一步：下载软件
        - 第二步：共享屏幕

        ## 警方提示

        > 官方客服不会要求**共享屏幕**。<br>
        > 涉案{{< stat cases_filed >}}，请提高警惕。

        ## 相关链接

        网站内容
        """
        let blocks = MarkdownText.blocks(md, bullet: "• ", shortcode: { $0.hasPrefix("stat ") ? "838起" : nil })
        #expect(blocks == [
            .paragraph("对方称您的快递丢失，需要点击链接理赔。验证码不要告诉别人。"),
            .heading("案情经过"),
            .paragraph("• 第一步：下载软件"),
            .paragraph("• 第二步：共享屏幕"),
            .heading("警方提示"),
            .paragraph("官方客服不会要求共享屏幕。涉案838起，请提高警惕。"),
            .heading("相关链接"),
            .paragraph("网站内容"),
        ])
    }

    @Test func englishLinesAreJoinedWithASpace() {
        let blocks = MarkdownText.blocks("Never share\nyour *code* with_anyone.", bullet: "", shortcode: { _ in nil })
        #expect(blocks == [.paragraph("Never share your code with_anyone.")])
    }
}

import BeaconContent
import BeaconCore

@Suite struct CaseStoryTests {
    @Test func theStoryIsTheFirstSectionAndTheAdviceItsOwn() {
        let body = "## 案情简介\n\n赵某接到电话。\n\n她转了钱。\n\n## 作案手法\n\n1. 冒充公安。\n\n## 警方提示\n\n- 公检法没有安全账户。\n- 立即挂断。\n\n## 相关链接\n\n见网站。\n"
        let page = ContentPage(kind: .case, slug: "safe-account", language: "zh", sourcePath: "content/cases/safe-account.zh.md",
                               translationKey: "cases/safe-account", title: "安全账户", body: body, bodyLine: 8)
        let story = CaseStory.make(page, language: Language(code: "en", isDefault: false), adviceHeadings: ["警方提示"], bullet: "• ",
                                   shortcode: { _ in nil })
        #expect(story.story == ["赵某接到电话。", "她转了钱。"])
        #expect(story.advice == ["• 公检法没有安全账户。", "• 立即挂断。"])
        #expect(story.path == "/en/cases/safe-account/")
    }
}
