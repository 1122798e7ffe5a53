@testable import BeaconBuild
import BeaconCore
import BeaconStarter
import BeaconTheme
import Foundation
import Testing

@Suite struct WebsiteTests {
    @Test func everyListedPageExistsInBothLanguages() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        try site.build()
        for prefix in ["", "en/"] {
            for path in ["index.html", "bulletins/index.html", "bulletins/sept/index.html", "cases/index.html",
                         "cases/rebate/index.html", "hotline/index.html", "types/index.html", "types/task-rebate/index.html",
                         "types/impersonate-police/index.html", "search/index.html", "search/index.js", "feed.xml"] {
                #expect(site.exists(prefix + path), "missing \(prefix + path)")
            }
        }
        for path in ["sitemap.xml", "robots.txt", "404.html"] { #expect(site.exists(path)) }
        #expect(site.exists("bulletins/only-zh/index.html"))
        #expect(!site.exists("en/bulletins/only-zh/index.html"))
    }

    @Test func counterpartsAndHreflang() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        try site.build()
        let zh = try site.read("cases/rebate/index.html")
        #expect(zh.contains("<html lang=\"zh-CN\">"))
        #expect(zh.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.gov.cn/fanzha/en/cases/rebate/\">"))
        #expect(zh.contains("href=\"/fanzha/en/cases/rebate/\" hreflang=\"en\""))
        let en = try site.read("en/cases/rebate/index.html")
        #expect(en.contains("<html lang=\"en\">"))
        #expect(en.contains("hreflang=\"zh-CN\" href=\"https://example.gov.cn/fanzha/cases/rebate/\""))
        #expect(en.contains("<meta property=\"og:title\" content=\"A rebate scam\">"))
        // A page with no counterpart says so, to the other language's readers in their
        // language, and leads to the other language's section.
        let lonely = try site.read("bulletins/only-zh/index.html")
        #expect(lonely.contains("There is no English version of this page."))
        #expect(lonely.contains("href=\"/fanzha/en/bulletins/\""))
        #expect(!lonely.contains("hreflang=\"en\" href=\"https://example.gov.cn/fanzha/en/bulletins/only-zh/\""))
    }

    @Test func linksResolvePerLanguageAndEveryInternalLinkExists() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        try site.build()
        #expect(try site.read("bulletins/sept/index.html").contains("href=\"/fanzha/cases/rebate/\""))
        #expect(try site.read("en/bulletins/sept/index.html").contains("href=\"/fanzha/en/cases/rebate/\""))
        try expectAllInternalLinksResolve(site, basePath: "/fanzha")
    }

    @Test func baseURLOverrideAtTheRootAlsoResolves() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        try site.build(baseURL: "https://other.example.org/")
        #expect(try site.read("index.html").contains("href=\"/cases/\""))
        try expectAllInternalLinksResolve(site, basePath: "")
        #expect(try site.read("sitemap.xml").contains("<loc>https://other.example.org/en/cases/rebate/</loc>"))
    }

    @Test func rawHTMLAndDraftsStayOut() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        try site.build()
        let html = try site.read("bulletins/sept/index.html")
        #expect(!html.contains("<script>alert"))
        #expect(!site.exists("bulletins/secret/index.html"))
        #expect(!site.exists("bulletins/later/index.html"))
        #expect(try !site.read("search/index.js").contains("草稿"))
        #expect(try !site.read("feed.xml").contains("草稿"))
        try site.build(drafts: true, future: true)
        #expect(site.exists("bulletins/secret/index.html"))
        #expect(site.exists("bulletins/later/index.html"))
    }

    @Test func unsafeHTMLPassesOnlyWhenTheSiteSaysSo() throws {
        var files = Fixtures.bilingual
        files["site.yaml"] = TestSite.minimalConfig + "\nunsafe_html: true\n"
        let site = try TestSite(files)
        defer { site.remove() }
        try site.build()
        #expect(try site.read("bulletins/sept/index.html").contains("<script>alert('x')</script>"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        try site.build()
        let first = try site.snapshot()
        try site.build()
        let second = try site.snapshot()
        #expect(first.count > 20)
        #expect(first == second)
    }

    @Test func nothingLoadsFromAnotherHost() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        try site.build()
        for (path, data) in try site.snapshot() where path.hasSuffix(".html") || path.hasSuffix(".css") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("src=\"http"), "\(path) loads from another host")
            #expect(!text.contains("@import"), "\(path)")
            #expect(!text.contains("url(http"), "\(path)")
            for link in HTMLLinks.values(in: text) where link.hasPrefix("http") {
                #expect(link.hasPrefix("https://example.gov.cn/fanzha/"), "\(path) links to \(link)")
            }
        }
    }

    @Test func casePageIsACaseCard() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        try site.build()
        let html = try site.read("cases/rebate/index.html")
        #expect(html.contains("class=\"article case-card\""))
        #expect(html.contains("<dt>诈骗类型</dt><dd>刷单返利</dd>"))
        #expect(html.contains("<dt>受害人</dt><dd>王某（女，45岁）</dd>"))
        #expect(html.contains("<h2 id=\"警方提示\">警方提示</h2>"))
        // A line break inside a Chinese paragraph does not become a space.
        #expect(html.contains("王某在家中收到刷单信息。"))
    }

    @Test func searchIndexFindsChineseBigramsAndEnglishWords() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        try site.build()
        let zh = try site.read("search/index.js")
        #expect(zh.contains("\"刷单\":["))
        #expect(zh.contains("\"团伙\":["))
        let en = try site.read("en/search/index.js")
        #expect(en.contains("\"rebate\":["))
        #expect(!en.contains("\"刷单\""))
    }

    /// Crawls every HTML file and checks that each link into the site leads to a file.
    func expectAllInternalLinksResolve(_ site: TestSite, basePath: String) throws {
        let files = try site.snapshot()
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let from = "/" + path.dropLast("index.html".count)
            for link in HTMLLinks.values(in: String(decoding: data, as: UTF8.self)) {
                guard let target = HTMLLinks.outputPath(of: link, from: from, basePath: basePath) else {
                    #expect(link.hasPrefix("http") || link.hasPrefix("#") || link.hasPrefix("tel:") || link.isEmpty, "\(path): \(link) is not under \(basePath)/")
                    continue
                }
                checked += 1
                #expect(files[target] != nil, "\(path) links to \(link), which does not exist")
            }
        }
        #expect(checked > 100)
    }
}

@Suite struct StaticFileTests {
    @Test func siteStaticFilesArePublishedAtTheirPathAndLinksGetTheSubPath() throws {
        var files = Fixtures.bilingual
        files["static/images/poster.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
        files["content/pages/poster.zh.md"] = page("title: 海报", "![海报](/images/poster.svg)")
        let site = try TestSite(files)
        defer { site.remove() }
        try site.build()
        #expect(try site.read("images/poster.svg").contains("<svg"))
        #expect(try site.read("poster/index.html").contains("src=\"/fanzha/images/poster.svg\""))
    }

    @Test func aStaticFileMayNotReplaceAPage() throws {
        var files = Fixtures.bilingual
        files["static/robots.txt"] = "User-agent: *\n"
        let site = try TestSite(files)
        defer { site.remove() }
        let d = try #require(site.failures().first)
        #expect(d.file == "static/robots.txt")
    }
}

@Suite struct BuiltinThemeTests {
    @Test func aSiteWithoutAThemeFolderUsesTheThemeInsideBeacon() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        let builtin = try BuiltinTheme.directory()
        try site.build { $0.builtinTheme = builtin }
        #expect(try site.read("en/cases/rebate/index.html").contains("class=\"article case-card\""))
        #expect(site.exists("assets/css/site.css"))
        // Without it, the missing theme is an error that says what to do.
        #expect(throws: BuildFailure.self) { try site.build { $0.builtinTheme = nil } }
        do { try site.build { $0.builtinTheme = nil } } catch let f as BuildFailure {
            #expect(f.diagnostics.first?.message.contains("theme `default` does not exist") == true)
        }
    }
}
