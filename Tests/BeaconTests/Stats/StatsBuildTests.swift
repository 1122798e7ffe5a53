import BeaconCore
import Foundation
import Testing

/// The statistics in a real build: pages, shortcodes in bulletins, the home page, and a bad
/// stats file failing the build with its name.
@Suite struct StatsBuildTests {
    static func site(stats: [String: String], extra: [String: String] = [:]) throws -> TestSite {
        var files: [String: String] = [
            "site.yaml": TestSite.minimalConfig + "\n  investment: {zh: 虚假投资理财, en: Fake investment schemes}\n",
            "content/bulletins/oct.zh.md": "---\ntitle: 十月通报\ndate: 2021-11-02\namount: 44000000\n---\n今年以来立案{{< stat cases_filed >}}，{{< stat cases_filed change >}}；破案率{{< stat cases_solved rate >}}。代码里的 `{{< stat cases_filed >}}` 原样保留。\n\n{{< chart monthly.cases_filed >}}\n",
            "content/bulletins/oct.en.md": "---\ntitle: October bulletin\ndate: 2021-11-02\n---\nSo far this year {{< stat cases_filed >}} were filed, {{< stat cases_filed change >}}; in the first half, {{< stat cases_filed period=2021-h1 >}}.\n",
        ]
        for (k, v) in stats { files["content/stats/\(k)"] = v }
        for (k, v) in extra { files[k] = v }
        return try TestSite(files)
    }

    static let october = """
        period: {start: 2021-01-01, end: 2021-10-31, label: {zh: 2021年1月至10月, en: January to October 2021}}
        metrics:
          cases_filed: {value: 838, previous: 1794}
          cases_solved: 152
          funds_frozen: {value: 44000000, approx: true}
        monthly:
          cases_filed: [112, 95, 104, 98, 91, 86, 72, 65, 60, 55]
        by_type:
          task-rebate: 500
          investment: 300
        """
    static let half = """
        period: {start: 2021-01-01, end: 2021-06-30}
        metrics:
          cases_filed: 586
        """

    @Test func statsPagesShortcodesAndHomeInARealBuild() throws {
        let site = try Self.site(stats: ["2021-10.yaml": Self.october, "2021-h1.yaml": Self.half])
        try site.build()
        let zh = try site.read("stats/index.html")
        #expect(zh.contains("2021年1月至10月"))
        #expect(zh.contains("同比下降53.29%"))
        #expect(zh.contains("<svg") && zh.contains("<table class=\"stats-chart-table\">"))
        #expect(zh.contains("/fanzha/stats/2021-h1/"))
        #expect(zh.contains("/fanzha/assets/css/stats.css"))
        #expect(site.exists("assets/css/stats.css"))
        let en = try site.read("en/stats/2021-h1/index.html")
        #expect(en.contains("January to June 2021"), "a label made from the dates")
        #expect(en.contains("586"))
        #expect(en.contains("hreflang=\"zh-CN\" href=\"https://example.gov.cn/fanzha/stats/2021-h1/\""))

        let bulletin = try site.read("bulletins/oct/index.html")
        #expect(bulletin.contains("<data class=\"stat\" value=\"838\">838起</data>"))
        #expect(bulletin.contains("同比下降53.29%"))
        #expect(bulletin.contains("18.14%"))
        #expect(bulletin.contains("<code>{{&lt; stat cases_filed &gt;}}</code>"), "shortcodes in code stay literal")
        #expect(bulletin.contains("<figure class=\"stats-chart stats-chart-monthly\""))
        #expect(!bulletin.contains("<p><figure"), "a chart replaces its paragraph")
        #expect(bulletin.contains("4400万元"), "amounts are written like the statistics")
        let enBulletin = try site.read("en/bulletins/oct/index.html")
        #expect(enBulletin.contains("838 cases</data> were filed, <span class=\"stat-change stat-change-down\">down 53.29% year on year</span>"))
        #expect(enBulletin.contains(">586 cases</data>"))

        let home = try site.read("index.html")
        #expect(home.contains("838起"))
        #expect(home.contains("4400余万元"))
        #expect(try site.read("en/index.html").contains("more than 44 million yuan"))
    }

    @Test(arguments: [
        ("[112, 95,", "[110, 95,", "The monthly figures of `cases_filed` add up to 836", 7),
        ("  investment: 300", "  investmnet: 300", "`by_type:` names `investmnet`", 10),
        ("end: 2021-10-31", "end: 2020-10-31", "The period ends (2020-10-31) before it starts (2021-01-01)", 1),
    ])
    func eachInconsistencyFailsTheBuildNamingTheStatsFile(_ from: String, _ to: String, _ message: String, _ line: Int) throws {
        let site = try Self.site(stats: ["2021-10.yaml": Self.october.replacingOccurrences(of: from, with: to)])
        let problems = site.failures()
        let d = try #require(problems.first { $0.message.contains(message) }, "got \(problems.map(\.description))")
        #expect(d.file == "content/stats/2021-10.yaml")
        #expect(d.line == line)
        #expect(!site.exists("index.html"), "nothing is written")
    }

    @Test func anUnknownMetricInABulletinNamesTheBulletinAndLine() throws {
        let site = try Self.site(stats: ["2021-10.yaml": Self.october],
                                 extra: ["content/bulletins/typo.zh.md": "---\ntitle: 笔误\ndate: 2021-11-03\n---\n第一行。\n\n立案{{< stat cases_filled >}}。\n"])
        let d = try #require(site.failures().first { $0.message.contains("cases_filled") })
        #expect(d.file == "content/bulletins/typo.zh.md")
        #expect(d.line == 7)
        #expect(d.hint?.contains("Did you mean `cases_filed`?") == true)
    }

    @Test func twoFilesForTheSamePeriodFailTheBuild() throws {
        let site = try Self.site(stats: ["2021-10.yaml": Self.october, "jan-oct.yaml": Self.october])
        let d = try #require(site.failures().first { $0.severity == .error })
        #expect(d.file == "content/stats/jan-oct.yaml")
        #expect(d.message.contains("same period"))
    }
}
