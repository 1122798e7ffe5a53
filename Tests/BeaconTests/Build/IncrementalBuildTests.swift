import BeaconBuild
import BeaconCore
import Foundation
import Testing

/// A build that reuses an earlier one's results must give exactly what a build from scratch
/// gives, whatever was edited.
@Suite struct IncrementalBuildTests {
    func files(_ site: TestSite, cache: BuildCache?) throws -> [String: Data] {
        try build(site, cache: cache).files
    }

    func build(_ site: TestSite, cache: BuildCache?) throws -> (files: [String: Data], report: BuildReport) {
        var options = BuildOptions(siteRoot: site.root)
        options.write = false
        options.cache = cache
        let builder = SiteBuilder(options: options)
        let report = try builder.run()
        return (Dictionary(uniqueKeysWithValues: builder.files.map { ($0.path, $0.data) }), report)
    }

    @Test func aBodyEditRendersOnlyThatPageAgain() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        let cache = BuildCache()
        let first = try build(site, cache: cache).report
        #expect(first.steps.contains { $0.name == "Rendering the website" && !$0.detail.contains("rendered again") })
        try site.write("content/pages/hotline.en.md", page("title: Hotlines\nmenu: true\nweight: 2", "Call 110 at once."))
        let second = try build(site, cache: cache)
        #expect(second.report.steps.contains { $0.detail.contains("1 content page(s) rendered again") })
        #expect(String(decoding: second.files["en/hotline/index.html"]!, as: UTF8.self).contains("Call 110 at once."))
    }

    /// Builds with the cache, applies `edit`, builds again with the cache and from scratch,
    /// and compares every file.
    func expectSameAsFromScratch(_ edit: (TestSite) throws -> Void) throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        let cache = BuildCache()
        let before = try files(site, cache: cache)
        try edit(site)
        let incremental = try files(site, cache: cache)
        let scratch = try files(site, cache: nil)
        #expect(incremental.keys.sorted() == scratch.keys.sorted())
        for (path, data) in scratch { #expect(incremental[path] == data, "\(path) differs from a build from scratch") }
        #expect(incremental != before, "the edit should have changed something")
    }

    @Test func editingABodyRendersThatPage() throws {
        try expectSameAsFromScratch { site in
            try site.write("content/cases/rebate.zh.md", page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate\nloss: 23000\nvictim: 王某（女，45岁）",
                                                              "王某在家中\n收到刷单信息。\n\n## 案情简介\n\n王某被骗了两次。\n\n## 警方提示\n\n凡是刷单都是诈骗。"))
        }
    }

    @Test func editingATitleUpdatesTheLists() throws {
        try expectSameAsFromScratch { site in
            try site.write("content/bulletins/sept.en.md", page("title: September bulletin, revised\ndate: 2021-09-30\nfraud_type: task-rebate",
                                                                "We broke up a rebate gang. See [the case](@/cases/rebate.md)."))
        }
    }

    @Test func addingAPageAndChangingStrings() throws {
        try expectSameAsFromScratch { site in
            try site.write("content/cases/new.en.md", page("title: A new case\ndate: 2021-10-01\nfraud_type: impersonate-police", "New."))
        }
        try expectSameAsFromScratch { site in
            // A site's string file holds only the words it changes; the rest come from the base.
            try site.write("themes/default/i18n/en/site.yaml", "nav:\n  home: Start\n")
        }
    }

    /// A link names a file; the address it leads to comes from the target's `slug:`. The
    /// bodies linking to it must change with it, though their own text did not.
    @Test func changingASlugUpdatesTheLinksToIt() throws {
        try expectSameAsFromScratch { site in
            try site.write("content/cases/rebate.en.md", page("title: A rebate scam\nslug: order-brushing\ndate: 2021-06-12\nfraud_type: task-rebate\nloss: 23000\nvictim: Ms Wang, 45",
                                                              "Ms Wang got a message.\n\n## Police advice\n\nAll paid order-brushing is fraud."))
        }
    }

    @Test func editingAnLEDLineAndAFactOnlyThePageShows() throws {
        try expectSameAsFromScratch { site in
            try site.write("content/bulletins/sept.zh.md", page("title: 九月警情通报\ndate: 2021-09-30\nfraud_type: task-rebate\namount: 2400000\narrested: 19\nled: 九月破获两个刷单团伙",
                                                                "本月破获一个刷单团伙。\n详见[典型案例](@/cases/rebate.md)和[热线](@/pages/hotline.md)。\n\n## 警方提示\n\n不要刷单。"))
        }
    }

    /// The first paragraph is what a list shows of a page without a summary.
    @Test func editingTheFirstParagraphUpdatesTheLists() throws {
        try expectSameAsFromScratch { site in
            try site.write("content/cases/rebate.en.md", page("title: A rebate scam\ndate: 2021-06-12\nfraud_type: task-rebate\nloss: 23000\nvictim: Ms Wang, 45",
                                                              "Ms Wang got a message offering paid work.\n\n## Police advice\n\nAll paid order-brushing is fraud."))
        }
    }
}
