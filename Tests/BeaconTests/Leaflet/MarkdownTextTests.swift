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
