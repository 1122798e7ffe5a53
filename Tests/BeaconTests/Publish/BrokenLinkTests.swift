import BeaconBuild
import BeaconCore
import Foundation
import Testing

/// SPEC §10: a path link into the site that leads to no page fails the build; a relative link
/// to a content file is resolved like `@/`.
@Suite struct BrokenLinkTests {
    static let files: [String: String] = [
        "content/cases/fake-refund-call.zh.md": page("title: 冒充客服退款\ndate: 2024-03-01\nfraud_type: task-rebate", "王某接到“客服”电话。"),
        "content/cases/fake-refund-call.en.md": page("title: A fake refund call\ndate: 2024-03-01\nfraud_type: task-rebate", "Ms Wang got a call."),
        "content/bulletins/march.zh.md": page("title: 三月通报\ndate: 2024-03-31", "本月通报。\n\n详见[案例](@/cases/fake-refund-call.md)。"),
    ]

    @Test func aPathToNoPageFailsWithTheFileLineAndTheAtForm() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        let before = try site.snapshot()
        try site.write("content/bulletins/march.zh.md", page("title: 三月通报\ndate: 2024-03-31", "本月通报。\n\n详见[退款诈骗](/cases/fake-refund/)。"))
        let errors = site.failures()
        let e = try #require(errors.first { $0.file == "content/bulletins/march.zh.md" })
        #expect(e.line == 7)
        #expect(e.severity == .error)
        #expect(e.what.english == "The link `/cases/fake-refund/` leads to no page of this site.")
        #expect(e.fix?.english == "Did you mean content/cases/fake-refund-call.zh.md? Link to its file instead, which Beacon checks and leads to the page in each language: `[…](@/cases/fake-refund-call.md)`.")
        #expect(try site.snapshot() == before, "a refused build leaves public/ as it was")
    }

    @Test func aPathToNothingLikeAPageSaysHowToLink() throws {
        let site = try TestSite(Self.files.merging(["content/pages/about.zh.md": page("title: 关于", "见[首页](/)和[不存在](/nowhere/here/)。")]) { $1 })
        defer { site.remove() }
        let e = try #require(site.failures().first { $0.file == "content/pages/about.zh.md" })
        #expect(e.line == 4)
        #expect(e.what.english == "The link `/nowhere/here/` leads to no page of this site.")
        #expect(e.fix?.english.contains("`[…](@/cases/task-rebate.md)`") == true)
    }

    /// A build that writes keeps only the lines of path links after the Markdown step: the
    /// broken one is still quoted with its column, among lines above and below it.
    @Test func theBrokenLinksLineIsQuotedAmongOtherLines() throws {
        let body = "本月通报。\n\n见[案例](/cases/fake-refund-call/)。\n\n第二段\n接着写。\n\n详见[退款诈骗](/cases/fake-refund/)。\n\n最后一段。"
        let site = try TestSite(Self.files.merging(["content/bulletins/march.zh.md": page("title: 三月通报\ndate: 2024-03-31", body)]) { $1 })
        defer { site.remove() }
        let e = try #require(site.failures().first { $0.file == "content/bulletins/march.zh.md" })
        #expect(e.line == 12)
        #expect(e.excerpt == "详见[退款诈骗](/cases/fake-refund/)。")
        #expect(e.column == 10)
    }

    @Test func pathsToRealPagesBuild() throws {
        let site = try TestSite(Self.files.merging(["content/pages/about.zh.md": page("title: 关于", "见[案例](/cases/fake-refund-call/)、[英文](/en/cases/)和[统计](/types/#x)。")]) { $1 })
        defer { site.remove() }
        try site.build()
        #expect(try site.read("about/index.html").contains("href=\"/fanzha/cases/fake-refund-call/\""))
    }

    @Test func relativeLinksToContentFilesResolveLikeAt() throws {
        let site = try TestSite(Self.files.merging([
            "content/bulletins/march.zh.md": page("title: 三月通报\ndate: 2024-03-31", "见[案例](../cases/fake-refund-call.zh.md#警方提示)。"),
            "content/bulletins/april.zh.md": page("title: 四月通报\ndate: 2024-04-30", "见[三月](march.md)。"),
        ]) { $1 })
        defer { site.remove() }
        try site.build()
        let march = try site.read("bulletins/march/index.html")
        #expect(march.contains("href=\"/fanzha/cases/fake-refund-call/#%E8%AD%A6%E6%96%B9%E6%8F%90%E7%A4%BA\"") || march.contains("href=\"/fanzha/cases/fake-refund-call/#警方提示\""), "\(march)")
        #expect(!march.contains(".zh.md"))
        #expect(try site.read("bulletins/april/index.html").contains("href=\"/fanzha/bulletins/march/\""))
    }

    @Test func aRelativeLinkToAMissingFileFails() throws {
        let site = try TestSite(Self.files.merging([
            "content/bulletins/march.zh.md": page("title: 三月通报\ndate: 2024-03-31", "见[案例](../cases/fake-refund.zh.md)。"),
        ]) { $1 })
        defer { site.remove() }
        let e = try #require(site.failures().first { $0.file == "content/bulletins/march.zh.md" })
        #expect(e.line == 5)
        #expect(e.fix?.english.contains("`@/cases/fake-refund-call.md`") == true, "\(e)")
    }
}
