import BeaconContent
import BeaconCore
@testable import BeaconStats
import Foundation
import Testing

/// Charts are SVG with a title and description, and carry their figures in a table.
@Suite struct StatsChartTests {
    /// Writes the sample charts to `$BEACON_STATS_PREVIEW/` when set, to look at them.
    static func preview(_ name: String, _ html: String) {
        guard let dir = ProcessInfo.processInfo.environment["BEACON_STATS_PREVIEW"] else { return }
        let page = "<!doctype html><meta charset=utf-8><body style=\"font-family:'Noto Sans CJK SC',sans-serif;max-width:680px;margin:24px\">\(html)</body>"
        try? page.write(toFile: "\(dir)/\(name).html", atomically: true, encoding: .utf8)
    }

    @Test(arguments: ["zh", "en"], ["monthly.cases_filed", "by_type", "comparison"])
    func sampleChartsHaveTitleDescriptionAndTable(_ code: String, _ chart: String) throws {
        let stats = try StatsFixtures.sample()
        let language = code == "zh" ? StatsFixtures.zh : StatsFixtures.en
        let html = try stats.renderShortcode(name: "chart", arguments: [chart], options: [:], language: SiteLanguage(language, strings: StatsFixtures.strings))
        Self.preview("\(chart)-\(code)", html)
        #expect(html.hasPrefix("<figure"))
        #expect(html.contains("role=\"img\""))
        let title = try #require(html.firstMatch(of: /<title id="([^"]+)">([^<]+)<\/title>/))
        #expect(html.contains("aria-labelledby=\"\(title.1) "))
        #expect(html.contains("<desc id="))
        #expect(html.contains("<table class=\"stats-chart-table\">"))
        #expect(!html.contains("{"), "a placeholder was left unfilled")
        #expect(html.firstMatch(of: /stats\.(page|chart|metrics|units|change|period|months|rates)/) == nil, "a theme string is missing")
    }

    @Test func monthlyChartTableRepeatsEveryMonthAndTheTotal() throws {
        let stats = try StatsFixtures.sample()
        let html = try stats.renderShortcode(name: "chart", arguments: ["monthly.cases_filed"], options: [:], language: SiteLanguage(StatsFixtures.zh, strings: StatsFixtures.strings))
        let table = String(html[html.range(of: "<table")!.lowerBound...])
        let cells = table.matches(of: /<td>([^<]*)<\/td>/).map { String($0.1) }
        #expect(cells == ["112", "95", "104", "98", "91", "86", "72", "65", "60", "55", "838"])
        #expect(table.contains("<th scope=\"col\">10月</th><th scope=\"col\">合计</th>"))
        #expect(table.contains("<th scope=\"row\">立电诈刑事案件（起）</th>"))
        // Each month's figure is also written on its column.
        for v in ["112", "55"] { #expect(html.contains(">\(v)</text>")) }
    }

    @Test func byTypeChartGivesSharesAndTypeNames() throws {
        let stats = try StatsFixtures.sample()
        let html = try stats.renderShortcode(name: "chart", arguments: ["by_type"], options: [:], language: SiteLanguage(StatsFixtures.en, strings: StatsFixtures.strings))
        #expect(html.contains("<th scope=\"row\">Task and order-brushing rebate scams</th><td>231</td><td>27.57%</td>"))
        #expect(html.contains("<tfoot><tr><th scope=\"row\">Total</th><td>838</td><td>100%</td>"))
        // Most cases first.
        let first = try #require(html.range(of: "Task and order-brushing"))
        let last = try #require(html.range(of: "Fake online shopping"))
        #expect(first.lowerBound < last.lowerBound)
    }

    @Test func unclassifiedCasesAreHatchedNotPassedOffAsAType() throws {
        let yaml = StatsFixtures.valid
        let stats = try StatsFixtures.load(["2021-q1.yaml": yaml])
        let html = try stats.renderShortcode(name: "chart", arguments: ["by_type"], options: [:], language: SiteLanguage(StatsFixtures.zh, strings: StatsFixtures.strings))
        #expect(html.contains("未分类"))
        #expect(html.contains("<pattern id="))
        #expect(html.contains("fill=\"url(#"))
    }

    @Test func comparisonChartShowsBothYearsAndTheChange() throws {
        let stats = try StatsFixtures.sample()
        let html = try stats.renderShortcode(name: "chart", arguments: ["comparison"], options: [:], language: SiteLanguage(StatsFixtures.zh, strings: StatsFixtures.strings))
        #expect(html.contains("2020年1月至10月"))
        #expect(html.contains("1794起"))
        #expect(html.contains("同比下降53.29%"))
    }
}

extension StatsChartTests {
    @Test func longTypeNamesWrapInsteadOfRunningOffTheChart() throws {
        let config = try SiteConfig.load(SourceText(path: "site.yaml", text: """
            title: {zh: 测试, en: Test}
            base_url: https://example.gov.cn/
            fraud_types:
              task-rebate: {zh: 刷单返利, en: Fake task and order-brushing rebate scams run over messaging apps}
              investment: {zh: 虚假投资理财, en: Fake investment}
            """))
        let stats = try StatsCollection.load(sources: [SourceText(path: "content/stats/2021-q1.yaml", text: StatsFixtures.valid)], config: config)
        let html = try stats.renderShortcode(name: "chart", arguments: ["by_type"], options: [:], language: SiteLanguage(StatsFixtures.en, strings: StatsFixtures.strings))
        let label = try #require(html.firstMatch(of: /<text font-size="13"[^>]*text-anchor="end">(.*?)<\/text>/))
        let lines = label.1.matches(of: /<tspan x="([0-9.]+)" y="[0-9.]+">([^<]+)<\/tspan>/)
        #expect(lines.count == 2)
        #expect(lines.map { String($0.2) }.joined(separator: " ") == "Fake task and order-brushing rebate scams run over messaging apps")
        // Every line, right-aligned at the label column, starts inside the picture.
        for line in lines { #expect(Double(line.1)! - SVG.width(String(line.2), size: 13) >= 0) }
    }
}
