import BeaconCore
import Foundation
import Testing

/// What a clerk sees from `beacon build` for the rules of SPEC §10: exit status, the summary
/// of pages held back, the Chinese messages, and `public/` untouched by a refused build.
@Suite struct PublishCLITests {
    static let beacon = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("beacon")

    func run(_ site: TestSite, _ arguments: [String], language: String) throws -> (status: Int32, err: String) {
        let p = Process()
        p.executableURL = Self.beacon
        p.arguments = arguments + ["--site", site.root.path]
        var env = ProcessInfo.processInfo.environment
        env["BEACON_LANG"] = language
        env["BEACON_TODAY"] = "2024-06-01"
        env["NO_COLOR"] = "1"
        p.environment = env
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func theSummaryCountsWhatWasHeldBack() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.beacon.path), "build the beacon executable first")
        let site = try TestSite([
            "content/bulletins/now.zh.md": page("title: 已发布\ndate: 2024-05-01", "正文。"),
            "content/bulletins/soon.zh.md": page("title: 下周\ndate: 2024-06-08", "正文。"),
            "content/bulletins/later.zh.md": page("title: 禁发\ndate: 2024-05-02\npublish_at: 2024-07-01", "正文。"),
            "content/bulletins/draft.zh.md": page("title: 草稿\ndate: 2024-05-03\ndraft: true", "正文。"),
        ])
        defer { site.remove() }
        let en = try run(site, ["build"], language: "en")
        #expect(en.status == 0)
        #expect(en.err.contains(", 1 draft held back, 2 pages held back until their dates."), "\(en.err)")
        #expect(en.err.contains("content/bulletins/soon.zh.md:3: warning: This page's `date` is 2024-06-08, a day still to come, so it is held back until then."), "\(en.err)")
        let zh = try run(site, ["build"], language: "zh")
        #expect(zh.err.contains("、1 篇草稿未发布、2 篇未到发布日期。"), "\(zh.err)")
        let future = try run(site, ["build", "--future"], language: "en")
        #expect(future.err.contains(", 1 draft held back."), "\(future.err)")
        #expect(site.exists("bulletins/soon/index.html"))
    }

    @Test func refusedBuildsSayWhyInChineseAndLeavePublicAlone() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.beacon.path), "build the beacon executable first")
        let site = try TestSite([
            "content/cases/fake-refund-call.zh.md": page("title: 冒充客服退款\ndate: 2024-03-01\nfraud_type: task-rebate", "王某接到电话。"),
            "content/bulletins/b.zh.md": page("title: 三月通报\ndate: 2024-03-31", "正文。"),
        ])
        defer { site.remove() }
        #expect(try run(site, ["build"], language: "zh").status == 0)
        let before = try site.snapshot()

        try site.write("content/bulletins/b.zh.md", page("title: 请在这里写标题\ndate: 2024-03-31", "正文。"))
        let placeholder = try run(site, ["build"], language: "zh")
        #expect(placeholder.status == 1)
        #expect(placeholder.err.contains("content/bulletins/b.zh.md:2: 错误: `title` 仍是 `beacon new` 写入的占位文字（“请在这里写标题”），还没有改成本页的内容。"), "\(placeholder.err)")
        #expect(try site.snapshot() == before)

        try site.write("content/bulletins/b.zh.md", page("title: 三月通报\ndate: 2024-03-31", "详见[退款诈骗](/cases/fake-refund/)。"))
        let link = try run(site, ["build"], language: "zh")
        #expect(link.status == 1)
        #expect(link.err.contains("content/bulletins/b.zh.md:5:10: 错误: 链接 `/cases/fake-refund/` 指向的地址在本网站上没有页面。"), "\(link.err)")
        #expect(link.err.contains("改法: 是不是指 content/cases/fake-refund-call.zh.md？请改为链接到它的文件，Beacon 会检查这种链接，并指向各语言对应的页面：`[…](@/cases/fake-refund-call.md)`。"), "\(link.err)")
        #expect(try site.snapshot() == before)
    }
}
