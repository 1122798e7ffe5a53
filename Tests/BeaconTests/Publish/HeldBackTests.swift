import BeaconBuild
import BeaconCore
import Foundation
import Testing

/// SPEC §3, §10: a page dated in the future (or with a future `publish_at`) is held back unless
/// `--future`; drafts too; each is named in a warning and counted in the summary.
@Suite struct HeldBackTests {
    static let files: [String: String] = [
        "content/bulletins/now.zh.md": page("title: 已发布的通报\ndate: 2024-03-01", "正文。"),
        "content/bulletins/next.zh.md": page("title: 明年的通报\ndate: 2999-01-01", "还没到日子。"),
        "content/bulletins/embargo.zh.md": page("title: 禁发的通报\ndate: 2024-03-02\npublish_at: 2999-02-01", "禁发。"),
        "content/bulletins/draft.zh.md": page("title: 草稿\ndate: 2024-03-03\ndraft: true", "草稿。"),
    ]

    @Test func futurePagesAndDraftsAreHeldBackAndNamed() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let report = try site.build()
        #expect(site.exists("bulletins/now/index.html"))
        for slug in ["next", "embargo", "draft"] { #expect(!site.exists("bulletins/\(slug)/index.html"), "\(slug)") }
        #expect(!(try site.read("feed.xml")).contains("明年的通报"))
        #expect(!(try site.read("sitemap.xml")).contains("/next/"))
        #expect(report.embargoedHeldBack == 2)
        #expect(report.draftsHeldBack == 1)
        let next = try #require(report.warnings.first { $0.file == "content/bulletins/next.zh.md" })
        #expect(next.line == 3)
        #expect(next.what.english == "This page's `date` is 2999-01-01, a day still to come, so it is held back until then.")
        let embargo = try #require(report.warnings.first { $0.file == "content/bulletins/embargo.zh.md" })
        #expect(embargo.line == 4)
        #expect(embargo.what.english == "This page's `publish_at` is 2999-02-01, a day still to come, so it is held back until then.")
        let draft = try #require(report.warnings.first { $0.file == "content/bulletins/draft.zh.md" })
        #expect(draft.what.english == "This page is a draft (`draft: true`), so it is not published.")
    }

    @Test func futureBuildsThemAll() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let report = try site.build(future: true)
        #expect(site.exists("bulletins/next/index.html"))
        #expect(site.exists("bulletins/embargo/index.html"))
        #expect(report.embargoedHeldBack == 0)
        #expect(report.draftsHeldBack == 1)
    }

    @Test func aLinkToAFuturePageFails() throws {
        let site = try TestSite(Self.files.merging(["content/pages/about.zh.md": page("title: 关于", "见[明年](@/bulletins/next.md)。")]) { $1 })
        defer { site.remove() }
        #expect(site.failures().contains { $0.file == "content/pages/about.zh.md" && $0.line == 4 && $0.what.english.contains("draft or an embargoed page") })
    }
}
