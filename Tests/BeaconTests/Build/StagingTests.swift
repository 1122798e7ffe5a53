import BeaconBuild
import BeaconCore
import Foundation
import Testing

/// A build that writes streams its pages into a hidden staging folder while the website
/// renders: the folder becomes `public/` when the build succeeds and is gone when it fails.
@Suite struct StagingTests {
    static let files: [String: String] = [
        "content/cases/refund.zh.md": page("title: 冒充客服退款\ndate: 2024-03-01\nfraud_type: task-rebate", "王某接到“客服”电话。"),
        "content/cases/refund.en.md": page("title: A fake refund call\ndate: 2024-03-01\nfraud_type: task-rebate", "Ms Wang got a call."),
        "content/bulletins/march.zh.md": page("title: 三月通报\ndate: 2024-03-31", "本月通报。"),
    ]

    /// What Beacon left beside `public/` in the site folder: staging or previous outputs.
    func leftovers(_ site: TestSite) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains(".beacon-") }
    }

    @Test func aStreamedBuildWritesEveryFileItReports() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let report = try site.build()
        let written = try site.snapshot()
        // The marker file is Beacon's own and not in the report.
        #expect(written.count == report.fileCount + 1)
        #expect(try site.read("cases/refund/index.html").contains("王某接到“客服”电话。"))
        #expect(try leftovers(site).isEmpty)
    }

    @Test func aBuildThatFailsAfterPagesWereStreamedLeavesNoTrace() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        let before = try site.snapshot()
        // The broken link is found after the website step rendered (and streamed) every page.
        try site.write("content/bulletins/march.zh.md", page("title: 三月通报\ndate: 2024-03-31", "本月通报。\n\n详见[退款](/cases/nothing/)。"))
        try site.write("content/bulletins/april.zh.md", page("title: 四月通报\ndate: 2024-04-30", "四月通报。"))
        #expect(!site.failures().isEmpty)
        #expect(try site.snapshot() == before, "a refused build leaves public/ as it was")
        #expect(try leftovers(site).isEmpty, "the staging folder is removed")
    }

    @Test func aStreamedBuildEqualsOneHeldInMemory() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        let streamed = try site.snapshot()
        // With a build cache (as `beacon serve` keeps) the pages stay in memory and the write
        // step writes them all; the output must not tell the two ways apart.
        let held = site.root.appendingPathComponent("held")
        try site.build { $0.cache = BuildCache(); $0.output = held }
        var inMemory: [String: Data] = [:]
        for path in streamed.keys { inMemory[path] = FileManager.default.contents(atPath: held.appendingPathComponent(path).path) }
        #expect(inMemory == streamed)
        #expect(streamed.keys.contains("index.html") && streamed.keys.contains("en/index.html"))
    }
}
