import BeaconBuild
import BeaconContent
import BeaconCore
import BeaconStarter
import Foundation
import Testing

/// SPEC §10: text still as `beacon new` wrote it is never published.
@Suite struct PlaceholderTests {
    /// `beacon new bulletin x`, then `draft: true` removed: what a clerk in a hurry does.
    func siteWithNewBulletin(keepDraft: Bool = false) throws -> TestSite {
        let site = try TestSite([:])
        try Starter.newContent(.bulletin, slug: "x", site: site.root, today: Day(iso: "2024-05-06")!)
        if !keepDraft {
            for lang in ["zh", "en"] {
                let path = "content/bulletins/x.\(lang).md"
                let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
                try site.write(path, text.replacingOccurrences(of: "draft: true\n", with: ""))
            }
        }
        return site
    }

    @Test func placeholdersFailTheBuildOnTheirLines() throws {
        let site = try siteWithNewBulletin()
        defer { site.remove() }
        let errors = site.failures().filter { $0.severity == .error }
        let zh = errors.filter { $0.file == "content/bulletins/x.zh.md" }
        // title on line 2, summary on line 4; the body's first paragraph on line 10 (one error a line).
        #expect(zh.map(\.line) == [2, 4, 10])
        #expect(zh.first?.what.english == "The `title` is still the placeholder that `beacon new` wrote: “请在这里写标题”.")
        #expect(zh.last?.what.english == "This line is still the placeholder text that `beacon new` wrote: “在这里写正文。”.")
        let en = errors.filter { $0.file == "content/bulletins/x.en.md" }
        #expect(en.first?.what.english == "The `title` is still the placeholder that `beacon new` wrote: “Write the title here”.")
        #expect(en.contains { $0.line == 10 && $0.what.english.contains("“Write the text here.”") })
        #expect(!site.exists("index.html"), "a refused build writes nothing")
    }

    @Test func checkReportsThemToo() throws {
        let site = try siteWithNewBulletin()
        defer { site.remove() }
        let report = SiteCheck(options: BuildOptions(siteRoot: site.root)).run()
        #expect(!report.passed)
        #expect(report.errors.contains { $0.file == "content/bulletins/x.zh.md" && $0.line == 2 && $0.what.english.contains("请在这里写标题") })
    }

    @Test func aDraftMayKeepThem() throws {
        let site = try siteWithNewBulletin(keepDraft: true)
        defer { site.remove() }
        let report = try site.build()
        #expect(report.draftsHeldBack == 2)
        #expect(!report.warnings.contains { $0.severity == .error })
        #expect(!(try site.read("index.html")).contains("请在这里写标题"))
    }

    @Test func writtenPagesBuild() throws {
        let site = try siteWithNewBulletin()
        defer { site.remove() }
        let zh = "---\ntitle: 五月警情通报\ndate: 2024-05-06\nsummary: 本月破获一个刷单团伙。\n---\n本月破获一个刷单团伙。\n\n## 警方提示\n\n凡是要求转账到“安全账户”的，都是诈骗。\n"
        let en = "---\ntitle: May bulletin\ndate: 2024-05-06\n---\nWe broke up a rebate gang.\n"
        try site.write("content/bulletins/x.zh.md", zh)
        try site.write("content/bulletins/x.en.md", en)
        try site.build()
        #expect(try site.read("bulletins/x/index.html").contains("五月警情通报"))
    }
}
