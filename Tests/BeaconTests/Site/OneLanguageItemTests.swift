@testable import BeaconBuild
import Foundation
import Testing

/// A site where some bulletins and cases exist only in Chinese (and one only in English), as
/// real offices publish: the English side lists them honestly, marked, and no page claims a
/// translation is missing when it is not (issue 15).
@Suite struct OneLanguageItemTests {
    static let config = """
    title: {zh: 测试反诈, en: Test Anti-Fraud}
    base_url: https://example.gov.cn/
    languages: [zh, en]
    paginate: 2
    fraud_types:
      task-rebate: {zh: 刷单返利, en: Task and order-brushing rebate scams}
      game-trading: {zh: 网络游戏虚假交易, en: Fake online game trading scams}
      romance: {zh: 网络婚恋交友, en: Online dating and romance scams}
    """

    /// Bulletins: three in both languages, the newest only in Chinese (with an English title),
    /// one only in English. Cases: two game-trading cases, one of them only in Chinese with no
    /// English title; one task-rebate bulletin.
    static let files: [String: String] = [
        "site.yaml": config,
        "content/bulletins/b1.zh.md": page("title: 一月通报\ndate: 2024-01-10\nfraud_type: task-rebate", "一月。"),
        "content/bulletins/b1.en.md": page("title: January bulletin\ndate: 2024-01-10\nfraud_type: task-rebate", "January."),
        "content/bulletins/b2.zh.md": page("title: 二月通报\ndate: 2024-02-10", "二月。"),
        "content/bulletins/b2.en.md": page("title: February bulletin\ndate: 2024-02-10", "February."),
        "content/bulletins/b3.zh.md": page("title: 三月通报\ndate: 2024-03-10", "三月。"),
        "content/bulletins/b3.en.md": page("title: March bulletin\ndate: 2024-03-10", "March."),
        "content/bulletins/april.zh.md": page("title: {zh: 四月通报, en: April warning}\ndate: 2024-04-10", "只有中文的通报。"),
        "content/bulletins/visitors.en.md": page("title: {en: Advice for visitors, zh: 给来访者的提示}\ndate: 2024-01-05", "Only in English."),
        "content/cases/game-a.zh.md": page("title: 游戏装备交易\ndate: 2024-02-01\nfraud_type: game-trading", "只有中文的案例。"),
        "content/cases/game-b.zh.md": page("title: 游戏账号交易\ndate: 2024-01-01\nfraud_type: game-trading", "中文。"),
        "content/cases/game-b.en.md": page("title: Game account sale\ndate: 2024-01-01\nfraud_type: game-trading", "English."),
    ]

    @Test func englishListsTypePagesHomeAndFeedIncludeChineseOnlyItemsMarked() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        let aprilLink = "<a href=\"/bulletins/april/\" hreflang=\"zh-CN\">April warning <span class=\"item-language\">(in Chinese)</span></a>"
        // The newest bulletin is Chinese-only: it heads the English list and the English home page.
        let list = try site.read("en/bulletins/index.html")
        #expect(list.contains(aprilLink))
        #expect(list.range(of: "April warning")!.lowerBound < list.range(of: "March bulletin")!.lowerBound)
        #expect(try site.read("en/index.html").contains(aprilLink))
        // Without an English title the Chinese one is shown, marked as Chinese text.
        let type = try site.read("en/types/game-trading/index.html")
        #expect(type.contains("<a href=\"/cases/game-a/\" hreflang=\"zh-CN\"><span lang=\"zh-CN\">游戏装备交易</span> <span class=\"item-language\">(in Chinese)</span></a>"))
        #expect(type.contains("href=\"/en/cases/game-b/\">Game account sale</a>"))
        #expect(type.contains("2 case studies, 0 bulletins"))
        #expect(try site.read("en/cases/index.html").contains("href=\"/cases/game-a/\""))
        #expect(try site.read("en/types/index.html").contains("2 case studies, 0 bulletins"))
        let feed = try site.read("en/feed.xml")
        #expect(feed.contains("<title>April warning (in Chinese)</title>"))
        #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://example.gov.cn/bulletins/april/\"/>"))
        #expect(feed.contains("<summary xml:lang=\"zh-CN\">只有中文的通报。</summary>"))
        // And the other way round: the English-only bulletin is on the Chinese side, marked.
        #expect(try site.read("bulletins/page/3/index.html").contains("<a href=\"/en/bulletins/visitors/\" hreflang=\"en\">给来访者的提示 <span class=\"item-language\">（英文）</span></a>"))
        #expect(try site.read("feed.xml").contains("<title>给来访者的提示（英文）</title>"))
    }

    @Test func aOneLanguagePageTellsTheOtherLanguagesReadersInTheirLanguage() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        let zhOnly = try site.read("bulletins/april/index.html")
        #expect(zhOnly.contains("<p lang=\"en\"><span class=\"notice-icon\" aria-hidden=\"true\">ⓘ</span> There is no English version of this page. <a href=\"/en/bulletins/\""))
        #expect(!zhOnly.contains("本页暂无"))
        let enOnly = try site.read("en/bulletins/visitors/index.html")
        #expect(enOnly.contains("<p lang=\"zh-CN\"><span class=\"notice-icon\" aria-hidden=\"true\">ⓘ</span> 本页暂无中文版本。"))
    }

    /// Every page that says a translation is missing: the page it says is missing must not exist.
    @Test func noPageClaimsAMissingTranslationThatExists() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        let files = try site.snapshot()
        let notice = try NSRegularExpression(pattern: "<div class=\"notice notice-translation\" role=\"note\">\\s*<div class=\"wrap\">(.*?)</div>",
                                             options: [.dotMatchesLineSeparators])
        var pages = 0, notices = 0
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            pages += 1
            let html = String(decoding: data, as: UTF8.self)
            let range = NSRange(html.startIndex..., in: html)
            guard notice.firstMatch(in: html, range: range) != nil else { continue }
            notices += 1
            let counterpart = path.hasPrefix("en/") ? String(path.dropFirst(3)) : "en/" + path
            #expect(files[counterpart] == nil, "\(path) says there is no translation, but \(counterpart) exists")
        }
        #expect(site.exists("en/bulletins/page/2/index.html") && site.exists("bulletins/page/2/index.html"))
        #expect(try site.read("en/bulletins/page/2/index.html").contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://example.gov.cn/bulletins/page/2/\">"))
        #expect(pages > 20)
        #expect(notices == 3, "the Chinese-only bulletin and case, and the English-only bulletin")
    }

    @Test func theNotFoundPageHasBothLanguagesAndASwitch() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        let html = try site.read("404.html")
        #expect(html.contains("<section class=\"notfound\" id=\"notfound-zh\" lang=\"zh-CN\">\n  <h1>页面不存在</h1>"))
        #expect(html.contains("<section class=\"notfound\" id=\"notfound-en\" lang=\"en\">\n  <h2>Page not found</h2>"))
        #expect(html.contains("<a href=\"/en/\">Go to the home page</a>"))
        #expect(html.contains("<a href=\"/\">返回首页</a>"))
        #expect(html.contains("<a href=\"/en/\" hreflang=\"en\" lang=\"en\">English</a>"), "the language switch")
        #expect(!html.contains("notice-translation"), "no 'no English version' banner above its own English part")
        #expect(html.contains("<title>页面不存在 · Page not found · 测试反诈</title>"))
    }

    @Test func aTitleMappingWithoutTheFilesOwnLanguageIsAnError() throws {
        var files = Self.files
        files["content/bulletins/april.zh.md"] = page("title: {en: April warning}\ndate: 2024-04-10", "只有中文。")
        let site = try TestSite(files)
        defer { site.remove() }
        let problems = site.failures()
        #expect(problems.contains { $0.file == "content/bulletins/april.zh.md" && $0.message.contains("`zh`") })
    }
}
