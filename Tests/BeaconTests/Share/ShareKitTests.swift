import BeaconCore
import Foundation
import Testing

/// The WeChat share kit (SPEC §12): messages, posters, the share page and link previews,
/// read back from a built site.
@Suite struct ShareKitTests {
    static let base = "https://example.gov.cn/fanzha"

    /// A site with Markdown where a message must have none, a long Chinese first paragraph, a
    /// long English summary, statistics, and more bulletins than `posters` allows.
    static func site(posters: Int? = nil) throws -> TestSite {
        var files: [String: String] = [
            "content/cases/rebate.zh.md": page(
                "title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate\nloss: 68400",
                "王某在**短视频平台**看到[兼职广告](https://example.com/ad)，按`客服`要求下载App做“点赞任务”，先后收到小额返利共计36.5元。"
                + "随后对方以“联单任务”为由要求垫付，王某分多次转账，共计6.84万元，直到提现时被告知“操作失误、账户冻结”，需再交“解冻费”才醒悟。"
                + "这是第三句，说明刷单本身就是违法行为，不要相信任何高额回报的兼职。\n\n## 警方提示\n\n凡是刷单都是诈骗。"),
            "content/cases/rebate.en.md": page(
                "title: A rebate scam\ndate: 2021-06-12\nfraud_type: task-rebate\nloss: 68400\nsummary: \"Ms Wang saw an **advert** for [easy work](https://example.com) and was paid 36.50 yuan for liking videos. Then she was told to pay in advance for combo tasks and sent 68,400 yuan in several transfers, until she was told her account was frozen and she had to pay again to unfreeze it. She called the police only then.\"",
                "Body."),
            "content/pages/about.zh.md": page("title: 关于\nmenu: true\nweight: 1", "关于本站。"),
            "content/pages/about.en.md": page("title: About\nmenu: true\nweight: 1", "About us."),
            "content/slogans.yaml": "- {zh: 公检法没有安全账户, en: Police have no safe account}\n- {zh: 接到96110来电请务必接听, en: Always answer 96110}\n",
            "content/stats/2021-10.yaml": """
            period: {start: 2021-01-01, end: 2021-10-31}
            metrics:
              cases_filed: {value: 838, previous: 1794}
              funds_frozen: {value: 44000000, unit: yuan, approx: true}
            """,
        ]
        for day in 1...3 {
            files["content/bulletins/b\(day).zh.md"] = page("title: 第\(day)期通报\ndate: 2021-09-0\(day)\narrested: \(day)", "本期抓获嫌疑人。")
            files["content/bulletins/b\(day).en.md"] = page("title: Bulletin \(day)\ndate: 2021-09-0\(day)\narrested: \(day)", "Suspects arrested.")
        }
        if let posters { files["site.yaml"] = TestSite.minimalConfig + "\nshare: {posters: \(posters)}\n" }
        let site = try TestSite(files)
        try site.build()
        return site
    }

    @Test func aMessageIsWithinTheLimitHoldsTheFullURLAndHasNoMarkdown() throws {
        let site = try Self.site()
        defer { site.remove() }
        for (path, url, limit) in [("share/cases/rebate.zh.txt", "\(Self.base)/cases/rebate/", ShareLimitCase.characters(120)),
                                   ("share/cases/rebate.en.txt", "\(Self.base)/en/cases/rebate/", .words(60)),
                                   ("share/stats/2021-10.zh.txt", "\(Self.base)/stats/2021-10/", .characters(120))] {
            let lines = try site.read(path).split(separator: "\n").map(String.init)
            try #require(lines.count == 3, "\(path): title, text, address")
            #expect(lines[2] == url, "\(path)")
            #expect(limit.holds(lines[1]), "\(path): \(lines[1])")
            for mark in ["**", "](", "`", "##", "<", "https://example.com"] { #expect(!lines[1].contains(mark), "\(path): \(mark)") }
            // Cut at a sentence end, never inside one.
            #expect(["。", "."].contains(String(lines[1].last!)), "\(path): \(lines[1])")
        }
        let zh = try site.read("share/cases/rebate.zh.txt")
        #expect(zh.contains("短视频平台") && zh.contains("兼职广告") && zh.contains("36.5元"))
        // The statistics message quotes the figures as the site writes them.
        let stats = try site.read("share/stats/2021-10.zh.txt")
        #expect(stats.contains("838起") && stats.contains("同比下降53.29%") && stats.contains("4400余万元"))
        #expect(try site.read("share/stats/2021-10.en.txt").contains("more than 44 million yuan"))
    }

    @Test func thePosterIs1080By1440AndItsQRCodeLeadsToThePage() throws {
        let site = try Self.site()
        defer { site.remove() }
        for (path, url) in [("share/cases/rebate.zh.png", "\(Self.base)/cases/rebate/"),
                            ("share/bulletins/b3.en.png", "\(Self.base)/en/bulletins/b3/"),
                            ("share/stats/2021-10.zh.png", "\(Self.base)/stats/2021-10/")] {
            let png = try Data(contentsOf: site.output.appendingPathComponent(path))
            #expect(PNGSize(png) == PNGSize(width: 1080, height: 1440), "\(path)")
            let decoded = try Tool.run("zbarimg", ["-q", "--raw", site.output.appendingPathComponent(path).path])
            #expect(decoded.trimmingCharacters(in: .whitespacesAndNewlines) == url, "\(path)")
        }
        let card = try Data(contentsOf: site.output.appendingPathComponent("share/card.zh.png"))
        #expect(PNGSize(card) == PNGSize(width: 1200, height: 630))
    }

    @Test func theSharePageIsNoindexOutOfTheMenuAndListsTheNewestFirst() throws {
        let site = try Self.site()
        defer { site.remove() }
        for (path, titles) in [("share/index.html", ["2021年1月至10月", "第3期通报", "第2期通报", "第1期通报", "刷单返利案"]),
                               ("en/share/index.html", ["Statistics: January to October 2021", "Bulletin 3", "Bulletin 2", "Bulletin 1", "A rebate scam"])] {
            let html = HTMLTags(try site.read(path))
            #expect(html.meta("robots") == "noindex", "\(path)")
            #expect(titlesInOrder(html) == titles, "\(path)")
            #expect(html.all("button", class: "share-copy").count == titles.count)
            #expect(html.all("p", class: "share-text").count == titles.count && html.all("p", class: "share-text").allSatisfy { $0.text.hasSuffix("/") })
        }
        let home = HTMLTags(try site.read("index.html"))
        let menu = menuLinks(home)
        #expect(menu.contains { $0.hasSuffix("/about/") }, "the menu is found")
        #expect(!menu.contains { $0.contains("/share/") })
        #expect(!(try site.read("sitemap.xml")).contains("/share/"))
    }

    @Test func everyPageNamesAnAbsoluteImage() throws {
        let site = try Self.site()
        defer { site.remove() }
        let expected = ["cases/rebate/index.html": "\(Self.base)/share/cases/rebate.zh.png",
                        "en/stats/2021-10/index.html": "\(Self.base)/share/stats/2021-10.en.png",
                        "about/index.html": "\(Self.base)/share/card.zh.png",
                        "en/index.html": "\(Self.base)/share/card.en.png"]
        for (path, image) in expected {
            let html = HTMLTags(try site.read(path))
            #expect(html.meta("og:image") == image, "\(path)")
            #expect(html.meta("og:url")?.hasPrefix("https://") == true)
            #expect(html.meta("og:title")?.isEmpty == false && html.meta("og:description") != nil)
            #expect(site.exists(String(image.dropFirst(Self.base.count + 1))), "\(image) is written")
        }
    }

    @Test func postersZeroWritesNone() throws {
        let site = try Self.site(posters: 0)
        defer { site.remove() }
        let files = try site.snapshot().keys.filter { $0.hasPrefix("share/") }
        #expect(files.filter { $0.hasSuffix(".png") }.sorted() == ["share/card.en.png", "share/card.zh.png"])
        #expect(files.contains("share/cases/rebate.zh.txt") && files.contains("share/stats/2021-10.en.txt"))
        #expect(HTMLTags(try site.read("cases/rebate/index.html")).meta("og:image") == "\(Self.base)/share/card.zh.png")
    }

    @Test func postersGoToTheNewestOfEachSectionAndLanguage() throws {
        let site = try Self.site(posters: 1)
        defer { site.remove() }
        let posters = try site.snapshot().keys.filter { $0.hasPrefix("share/") && $0.hasSuffix(".png") && !$0.hasPrefix("share/card") }.sorted()
        #expect(posters == ["share/bulletins/b3.en.png", "share/bulletins/b3.zh.png", "share/cases/rebate.en.png", "share/cases/rebate.zh.png",
                            "share/stats/2021-10.en.png", "share/stats/2021-10.zh.png"])
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let site = try Self.site()
        defer { site.remove() }
        let first = try site.snapshot().filter { $0.key.hasPrefix("share/") }
        // Drawn afresh, not reused from the last build's files.
        try FileManager.default.removeItem(at: site.output)
        try site.build()
        let second = try site.snapshot().filter { $0.key.hasPrefix("share/") }
        #expect(first.count > 10)
        #expect(first == second)
    }

    @Test func onlyPostersWhoseWordsChangedAreDrawnAgain() throws {
        let site = try Self.site()
        defer { site.remove() }
        // Mark two posters' pixels (after the key the build reads): a poster drawn again loses the mark.
        let marked = ["share/bulletins/b1.zh.png", "share/bulletins/b2.zh.png"]
        for path in marked {
            let url = site.output.appendingPathComponent(path)
            try (try Data(contentsOf: url) + Data("marked".utf8)).write(to: url)
        }
        try site.write("content/bulletins/b2.zh.md", page("title: 第2期通报（更正）\ndate: 2021-09-02\narrested: 2", "本期抓获嫌疑人。"))
        try site.build()
        let unchanged = try Data(contentsOf: site.output.appendingPathComponent(marked[0]))
        let changed = try Data(contentsOf: site.output.appendingPathComponent(marked[1]))
        #expect(unchanged.suffix(6) == Data("marked".utf8), "an unchanged poster is reused, not drawn again")
        #expect(changed.suffix(6) != Data("marked".utf8), "a poster whose title changed is drawn again")
        #expect(PNGSize(changed) == PNGSize(width: 1080, height: 1440))
    }

    @Test func aWrongShareSettingIsNamed() throws {
        for (setting, words) in [("share: {posters: -1}", "posters"), ("share: {poster: 5}", "poster")] {
            let site = try TestSite(["site.yaml": TestSite.minimalConfig + "\n\(setting)\n"])
            defer { site.remove() }
            let problems = site.failures()
            #expect(problems.contains { $0.file == "site.yaml" && $0.line != nil && $0.message.description.contains(words) }, "\(setting)")
        }
    }

    /// The links of the main menu: the `a` tags after `nav.main-nav`, up to the next block.
    func menuLinks(_ html: HTMLTags) -> [String] {
        guard let start = html.tags.firstIndex(where: { $0.name == "nav" && $0.attributes["class"] == "main-nav" }) else { return [] }
        return html.tags[(start + 1)...].prefix { !["div", "main"].contains($0.name) }.filter { $0.name == "a" }.compactMap { $0.attributes["href"] }
    }

    func titlesInOrder(_ html: HTMLTags) -> [String] {
        var out: [String] = []
        var inTitle = false
        for tag in html.tags {
            if tag.name == "h2", (tag.attributes["class"] ?? "") == "share-title" { inTitle = true; continue }
            if inTitle, tag.name == "a" { out.append(tag.text); inTitle = false }
        }
        return out
    }
}

/// A message text's limit, counted the way the theme's `share.limit` says.
enum ShareLimitCase {
    case characters(Int)
    case words(Int)

    func holds(_ s: String) -> Bool {
        switch self {
        case .characters(let n): s.filter { !$0.isWhitespace }.count <= n
        case .words(let n): s.split(separator: " ").count <= n
        }
    }
}

/// Width and height from a PNG's IHDR chunk.
struct PNGSize: Equatable {
    var width: Int
    var height: Int

    init(width: Int, height: Int) { self.width = width; self.height = height }

    init?(_ data: Data) {
        let b = [UInt8](data.prefix(24))
        guard b.count == 24, b[12...15].elementsEqual(Array("IHDR".utf8)) else { return nil }
        width = b[16...19].reduce(0) { $0 << 8 | Int($1) }
        height = b[20...23].reduce(0) { $0 << 8 | Int($1) }
    }
}
