@testable import BeaconBuild
import BeaconCore
import Foundation
import Testing

/// The English site's words (issue 15): counts in their plural forms, labels that do not
/// repeat their units, periods compared like with like, fraud-type labels from the glossary.
@Suite struct EnglishWordingTests {
    static let config = """
    title: {zh: 测试反诈, en: Test Anti-Fraud}
    base_url: https://example.gov.cn/
    languages: [zh, en]
    fraud_types:
      task-rebate: {zh: 刷单返利, en: Fake task and order-brushing rebate scams}
      game-trading: {zh: 网络游戏虚假交易, en: Fake online game trading scams}
      romance: {zh: 网络婚恋交友, en: Online dating and romance scams}
    """

    /// Fraud types with 0, 1 and 2 case studies; a bulletin with one suspect arrested; a
    /// statistics period of one month whose figures are 0, 1 and 2.
    static let files: [String: String] = [
        "site.yaml": config,
        "content/cases/a.zh.md": page("title: 案例一\ndate: 2024-01-02\nfraud_type: task-rebate", "一。"),
        "content/cases/a.en.md": page("title: Case one\ndate: 2024-01-02\nfraud_type: task-rebate", "One."),
        "content/cases/b.zh.md": page("title: 案例二\ndate: 2024-01-03\nfraud_type: task-rebate", "二。"),
        "content/cases/b.en.md": page("title: Case two\ndate: 2024-01-03\nfraud_type: task-rebate", "Two."),
        "content/cases/c.zh.md": page("title: 案例三\ndate: 2024-01-04\nfraud_type: game-trading", "三。"),
        "content/cases/c.en.md": page("title: Case three\ndate: 2024-01-04\nfraud_type: game-trading", "Three."),
        "content/bulletins/one.zh.md": page("title: 一月通报\ndate: 2024-02-01\nfraud_type: game-trading\narrested: 1", "抓获{{< stat suspects_arrested >}}。"),
        "content/bulletins/one.en.md": page("title: January bulletin\ndate: 2024-02-01\nfraud_type: game-trading\narrested: 1",
                                            "Police arrested {{< stat suspects_arrested >}} and solved {{< stat cases_solved >}} of {{< stat cases_filed >}}."),
        "content/stats/2024-01.yaml": """
            period: {start: 2024-01-01, end: 2024-01-31}
            metrics:
              cases_filed: {value: 2, previous: 1}
              cases_solved: 2
              suspects_arrested: 1
              accounts_frozen: 0
            monthly:
              cases_filed: [2]
            """,
    ]

    @Test func everyCountShownInEnglishHasItsPluralForm() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        let types = try site.read("en/types/index.html")
        #expect(types.contains("<span class=\"type-label\">Fake task and order-brushing rebate scams</span> <span class=\"type-count\">2 case studies, 0 bulletins</span>"))
        #expect(types.contains("<span class=\"type-label\">Fake online game trading scams</span> <span class=\"type-count\">1 case study, 1 bulletin</span>"))
        #expect(types.contains("<span class=\"type-count\">0 case studies, 0 bulletins</span>"))
        #expect(try site.read("en/types/game-trading/index.html").contains("1 case study, 1 bulletin"))
        #expect(types.contains("<meta property=\"og:locale\" content=\"en_GB\">"), "British spelling, British locale")
        let bulletin = try site.read("en/bulletins/one/index.html")
        #expect(bulletin.contains("Police arrested <data class=\"stat\" value=\"1\">1 suspect</data> and solved <data class=\"stat\" value=\"2\">2 cases</data>"))
        // Beside the label "Suspects arrested" the count needs no unit: not "Suspects arrested: 1 people".
        #expect(bulletin.contains("<dt>Suspects arrested</dt><dd>1</dd>"))
        #expect(try site.read("en/stats/index.html").contains("Column chart, 1 month: "))

        // A sweep over every English page: no "1 cases", no "2 case".
        let plural = "cases|bulletins|people|suspects|case studies|months|reports|warnings|accounts|results|times"
        let singular = "case|bulletin|person|suspect|month|report|warning|account|result|time"
        let oneWithPlural = try NSRegularExpression(pattern: "(?<![\\d.,])1 (\(plural))\\b")
        let manyWithSingular = try NSRegularExpression(pattern: "(?<![\\d.,])(0|[2-9]|[1-9]\\d+)(,\\d{3})* (\(singular))\\b(?! stud)")
        var checked = 0
        for (path, data) in try site.snapshot() where path.hasPrefix("en/") && path.hasSuffix(".html") {
            let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            let range = NSRange(text.startIndex..., in: text)
            for r in [oneWithPlural, manyWithSingular] {
                if let m = r.firstMatch(in: text, range: range) {
                    Issue.record("\(path): “\(text[Range(m.range, in: text)!])”")
                }
            }
            checked += 1
        }
        #expect(checked > 10)
    }

    @Test func aFigureBesideItsLabelDoesNotRepeatTheUnitAndAWhole100IsWritten100() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        let stats = try site.read("en/stats/index.html")
        #expect(stats.contains("Cases recorded by police"))
        #expect(!stats.contains("Fraud cases filed"))
        #expect(stats.contains("<th scope=\"row\">Cases recorded by police</th><td>2</td><td>1</td>"), "the comparison table")
        #expect(stats.contains("Share of cases solved: 100%"))
        #expect(!stats.contains("100.00%"))
        #expect(try site.read("stats/index.html").contains("破案率100%"))
    }

    @Test func aComparisonNamesBothPeriodsInOneStyleAndOnlyTheLatestIsMarked() throws {
        var files = Self.files
        files["content/stats/2023-h1.yaml"] = """
            period: {start: 2023-01-01, end: 2023-06-30, label: {zh: 2023年上半年, en: First half of 2023}}
            metrics:
              cases_filed: {value: 586, previous: 1062}
            """
        let site = try TestSite(files)
        defer { site.remove() }
        try site.build()
        let en = try site.read("en/stats/2023-h1/index.html")
        #expect(en.contains("<th scope=\"col\">First half of 2023</th><th scope=\"col\">First half of 2022</th>"))
        #expect(!en.contains("January to June 2022"))
        let zh = try site.read("stats/2023-h1/index.html")
        #expect(zh.contains("2022年上半年"))
        #expect(!zh.contains("2022年1月至6月"))
        // The page of the older period is not "current"; the latest period is marked on both pages.
        for html in [en, try site.read("en/stats/index.html")] {
            #expect(html.components(separatedBy: "(latest)").count == 2)
            #expect(html.contains("January 2024</a> <small>(latest)</small>") || html.contains("January 2024</span> <small>(latest)</small>"))
        }
        #expect(!en.contains("(current)"))
    }

    @Test func checkWarnsWhenAFraudTypeLabelStraysFromTheGlossary() throws {
        var files = Self.files
        files["site.yaml"] = Self.config.replacingOccurrences(of: "en: Online dating and romance scams", with: "en: Love fraud")
        let site = try TestSite(files)
        defer { site.remove() }
        let report = SiteCheck(options: BuildOptions(siteRoot: site.root)).run()
        let stray = report.diagnostics.filter { $0.file == "site.yaml" && $0.message.contains("glossary") }
        #expect(stray.count == 1, "only the stray label: \(stray)")
        let warning = try #require(stray.first)
        #expect(warning.severity == .warning)
        #expect(warning.line == 7)
        #expect(warning.message.contains("`romance`") && warning.message.contains("Love fraud") && warning.message.contains("Online dating and romance scams"))
        #expect(warning.hint?.contains("en: Online dating and romance scams") == true)
    }

    @Test func typePagesLinkToTheScamWordsPage() throws {
        var files = Self.files
        files["content/pages/scam-words.zh.md"] = page("title: 防骗词语解释", "刷单。")
        files["content/pages/scam-words.en.md"] = page("title: Scam words explained", "Order brushing.")
        let site = try TestSite(files)
        defer { site.remove() }
        try site.build()
        #expect(try site.read("en/types/romance/index.html").contains("<a href=\"/en/scam-words/\">Scam words explained</a>"))
        #expect(try site.read("types/romance/index.html").contains("<a href=\"/scam-words/\">防骗词语解释</a>"))
    }
}
