import BeaconContent
import BeaconCore
import BeaconStats
@testable import BeaconSite
import Foundation
import Mustache
import Testing

/// The stats pages: which pages exist, what their context holds, and the theme's template
/// rendering it (with a stand-in for the site's base layout).
@Suite struct StatsPageTests {
    static func render(_ page: ExtraPage, base: String = "") throws -> String {
        let themes = TestSite.themeSource.appendingPathComponent("templates")
        let stats = try String(contentsOf: themes.appendingPathComponent("stats.mustache"), encoding: .utf8)
        var library = MustacheLibrary()
        try library.register("<!doctype html><html lang=\"{{lang}}\"><head><meta charset=\"utf-8\"><title>{{page.title}}</title></head><body>{{$main}}{{/main}}</body></html>", named: "base")
        try library.register(stats, named: "stats")
        var context = page.context
        context["t"] = .map(SiteLanguage(page.language, strings: StatsFixtures.strings).nested())
        context["lang"] = .text(page.language.code)
        context["base"] = .text(base)
        context["page"] = ["title": .text(page.title)]
        return try #require(library.render(MustacheNode(context), withTemplate: "stats"))
    }

    @Test func everyPeriodHasAPageInEveryLanguageAndTheLatestIsAtStats() throws {
        let stats = try StatsFixtures.sample()
        let pages = stats.pages(config: StatsFixtures.config, languages: StatsFixtures.config.languages.map { SiteLanguage($0, strings: StatsFixtures.strings) })
        #expect(Set(pages.map { "\($0.language.code)\($0.path)" }) == ["zh/stats/", "zh/stats/2021-10/", "zh/stats/2021-h1/",
                                                                       "en/stats/", "en/stats/2021-10/", "en/stats/2021-h1/"])
        #expect(pages.allSatisfy { $0.template == "stats" })
        let latest = try #require(pages.first { $0.path == "/stats/" && $0.language.code == "zh" })
        #expect(latest.title == "数据统计：2021年1月至10月")
    }

    @Test(arguments: ["zh", "en"])
    func statsPageRendersCardsChartsTableAndLinks(_ code: String) throws {
        let stats = try StatsFixtures.sample()
        let pages = stats.pages(config: StatsFixtures.config, languages: StatsFixtures.config.languages.map { SiteLanguage($0, strings: StatsFixtures.strings) })
        let page = try #require(pages.first { $0.path == "/stats/" && $0.language.code == code })
        let html = try Self.render(page, base: ProcessInfo.processInfo.environment["BEACON_STATS_PREVIEW"] == nil ? "" : "file://\(TestSite.themeSource.path)/static")
        if let dir = ProcessInfo.processInfo.environment["BEACON_STATS_PREVIEW"] {
            try html.write(toFile: "\(dir)/page-\(code).html", atomically: true, encoding: .utf8)
        }
        let expected = code == "zh"
            ? ["<b>838</b>起", "同比下降53.29%", "<b>4400</b>余<b class=\"stat-scale\">万</b>元", "<b>55</b><b class=\"stat-scale\">万</b>余人", "破案率18.14%", "6月以来", "去年同期1794起",
               "/fanzha/stats/2021-h1/", "/fanzha/types/task-rebate/", "27.57%"]
            : ["<b>838</b>", "down 53.29% year on year", "more than <b>44</b> <b class=\"stat-scale\">million</b> yuan", "more than <b>550,000</b>",
               "Share of cases solved: 18.14%", "since June", "1,794 cases a year before", "/fanzha/en/stats/2021-h1/", "/fanzha/en/types/task-rebate/", "27.57%"]
        for s in expected { #expect(html.contains(s), "missing \(s)") }
        #expect(html.contains("<svg"))
        #expect(html.contains("<table class=\"stats-chart-table\">"))
        #expect(html.components(separatedBy: "<figure").count - 1 == 4, "comparison, two monthly charts and by type")
        #expect(html.firstMatch(of: /stats\.(page|chart|metrics|units|change|period|months|rates)/) == nil, "a theme string is missing")
    }

    @Test func homeHeadlineIsTheLatestPeriodsChosenFigures() throws {
        let stats = try StatsFixtures.sample()
        let cards = stats.homeHeadline(language: SiteLanguage(StatsFixtures.en, strings: StatsFixtures.strings))
        #expect(cards.compactMap { $0["key"]?.textValue } == ["cases_filed", "cases_solved", "funds_frozen", "people_protected"])
        // The label names the unit ("Cases recorded by police"): the figure beside it does not repeat it.
        #expect(cards.first?["label"]?.textValue == "Cases recorded by police")
        #expect(cards.first?["value"]?.textValue == "838")
        #expect(cards.last?["value"]?.textValue == "more than 550,000", "People signed up for warnings")
        #expect(cards.first?["change"]?.textValue == "down 53.29% year on year")
    }

    @Test func withoutStatisticsTheStatsPageSaysSo() throws {
        let empty = try StatsFixtures.load([:])
        let pages = empty.pages(config: StatsFixtures.config, languages: StatsFixtures.config.languages.map { SiteLanguage($0, strings: StatsFixtures.strings) })
        #expect(pages.count == 2)
        let html = try Self.render(try #require(pages.first))
        #expect(html.contains("暂无统计数据。"))
    }
}
