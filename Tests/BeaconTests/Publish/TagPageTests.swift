import BeaconBuild
import BeaconCore
import Foundation
import Testing

/// SPEC §3, §5: each tag has a page `/tags/<tag>/` per language, written as typed, percent-encoded
/// in links, listed in the sitemap and paginated like the other lists.
@Suite struct TagPageTests {
    static let encoded = "%E8%80%81%E5%B9%B4%E4%BA%BA"   // 老年人

    func site(_ extra: [String: String] = [:]) throws -> TestSite {
        try TestSite([
            "content/bulletins/a.zh.md": page("title: 保健品骗局\ndate: 2024-03-01\ntags: [老年人, 保健品]", "正文。"),
            "content/cases/b.zh.md": page("title: 养老投资骗局\ndate: 2024-03-02\nfraud_type: task-rebate\ntags: [老年人]", "正文。"),
            "content/bulletins/a.en.md": page("title: Health products scam\ndate: 2024-03-01\ntags: [older people]", "Text."),
        ].merging(extra) { $1 })
    }

    @Test func tagsHavePagesPerLanguage() throws {
        let site = try site()
        defer { site.remove() }
        try site.build()
        let tag = try site.read("tags/老年人/index.html")
        #expect(tag.contains("养老投资骗局") && tag.contains("保健品骗局"))
        #expect(tag.range(of: "养老投资骗局")!.lowerBound < tag.range(of: "保健品骗局")!.lowerBound, "newest first")
        let index = try site.read("tags/index.html")
        #expect(index.contains("<a class=\"tag\" href=\"/fanzha/tags/\(Self.encoded)/\">老年人</a>"))
        #expect(index.contains("2篇"))
        #expect(try site.read("en/tags/older people/index.html").contains("Health products scam"))
        #expect(try site.read("en/tags/index.html").contains("href=\"/fanzha/en/tags/older%20people/\""))
        #expect(!site.exists("en/tags/老年人/index.html"), "a tag belongs to its language's pages")
        // The page links its tags; the sitemap lists the tag pages, encoded.
        #expect(try site.read("bulletins/a/index.html").contains("<a class=\"tag\" href=\"/fanzha/tags/\(Self.encoded)/\">老年人</a>"))
        let sitemap = try site.read("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.gov.cn/fanzha/tags/\(Self.encoded)/</loc>"))
        #expect(sitemap.contains("<loc>https://example.gov.cn/fanzha/en/tags/</loc>"))
    }

    @Test func aLongTagListIsPaginated() throws {
        var files: [String: String] = [:]
        for i in 1...12 { files["content/bulletins/n\(i).zh.md"] = page("title: 通报\(i)\ndate: 2024-01-\(String(format: "%02d", i))\ntags: [老年人]", "正文。") }
        let site = try TestSite(files.merging(["site.yaml": TestSite.minimalConfig + "\npaginate: 5\n"]) { $1 })
        defer { site.remove() }
        try site.build()
        #expect(site.exists("tags/老年人/page/2/index.html"))
        #expect(site.exists("tags/老年人/page/3/index.html"))
        #expect(try site.read("tags/老年人/index.html").contains("href=\"/fanzha/tags/\(Self.encoded)/page/2/\""))
        #expect(!(try site.read("sitemap.xml")).contains("page/2"))
    }

    @Test func aTagThatIsAPathIsAnError() throws {
        let site = try TestSite(["content/bulletins/a.zh.md": page("title: 通报\ndate: 2024-03-01\ntags: [老年人/儿童]", "正文。")])
        defer { site.remove() }
        let e = try #require(site.failures().first { $0.file == "content/bulletins/a.zh.md" })
        #expect(e.line == 4)
        #expect(e.what.english == "The tag `老年人/儿童` cannot be a page's address: a tag may not be blank, `.` or `..`, or contain `/` or `\\`.")
        #expect(e.fix?.english == "Write it without them, e.g. `老年人、儿童`, or as two tags.")
    }
}
