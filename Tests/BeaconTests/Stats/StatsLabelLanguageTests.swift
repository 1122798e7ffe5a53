import BeaconCore
import Foundation
import Testing

/// Labels and notes written in one language only: a page in another language never shows
/// them. A period falls back to a label made from its dates, a built-in metric to the theme's
/// name; a figure of the site's own, which has no other name, must be labelled in every language.
@Suite struct StatsLabelLanguageTests {
    static let stats = """
    period: {start: 2024-01-01, end: 2024-01-31, label: {zh: 2024年元月}}
    metrics:
      cases_filed: {value: 12, label: {zh: 立案数}, note: {zh: 含移交案件}}
      cases_solved: 3
    """

    @Test func aLabelOrNoteInOneLanguageStaysOnThatLanguagesPages() throws {
        let site = try TestSite(["content/stats/2024-01.yaml": Self.stats])
        defer { site.remove() }
        try site.build()
        let zh = try site.read("stats/2024-01/index.html")
        let en = try site.read("en/stats/2024-01/index.html")
        #expect(zh.contains("2024年元月") && zh.contains("立案数") && zh.contains("含移交案件"))
        for chinese in ["2024年元月", "立案数", "含移交案件"] { #expect(!en.contains(chinese), "\(chinese) on the English page") }
        #expect(en.contains("January 2024"))
        #expect(en.contains("Cases recorded by police"))
    }

    @Test func aFigureOfTheSitesOwnNeedsItsLabelInEveryLanguage() throws {
        let stats = Self.stats + "\n  alerts_sent: {value: 5, label: {zh: 发送预警}, unit: {zh: 条, en: alerts}}\n"
        let site = try TestSite(["content/stats/2024-01.yaml": stats])
        defer { site.remove() }
        let d = try #require(site.failures().first)
        #expect(d.file == "content/stats/2024-01.yaml")
        #expect(d.line == 5)
        #expect(d.message.contains("`alerts_sent`") && d.message.contains("`en`"), "\(d.message)")
        #expect(d.hint?.contains("label: {zh: …, en: …}") == true)
    }
}
