import BeaconBuild
import BeaconCore
import Foundation
import Testing

/// SPEC §4: without `period=`, a dated page quotes the latest period that had ended by its
/// date, so adding a statistics file never changes what an old bulletin said.
@Suite struct PinnedFigureTests {
    static let stats: [String: String] = [
        "content/stats/2023-h1.yaml": "period: {start: 2023-01-01, end: 2023-06-30, label: {zh: 2023年上半年, en: First half of 2023}}\nmetrics:\n  cases_filed: {value: 111}\n",
        "content/stats/2023-h2.yaml": "period: {start: 2023-07-01, end: 2023-12-31, label: {zh: 2023年下半年, en: Second half of 2023}}\nmetrics:\n  cases_filed: {value: 222}\n",
        "content/stats/2024-h1.yaml": "period: {start: 2024-01-01, end: 2024-06-30, label: {zh: 2024年上半年, en: First half of 2024}}\nmetrics:\n  cases_filed: {value: 333}\n",
    ]

    func figure(_ html: String) -> String? {
        guard let r = html.range(of: "<data class=\"stat\" value=\"") else { return nil }
        return String(html[r.upperBound...].prefix { $0 != "\"" })
    }

    @Test(arguments: [("2024-01-15", "222"), ("2023-12-31", "222"), ("2023-08-01", "111"), ("2024-07-01", "333"), ("2022-05-01", "333")])
    func aDatedPageQuotesThePeriodEndedByItsDate(date: String, expected: String) throws {
        let site = try TestSite(Self.stats.merging([
            "content/bulletins/b.zh.md": page("title: 通报\ndate: \(date)", "立案{{< stat cases_filed >}}。"),
        ]) { $1 })
        defer { site.remove() }
        try site.build()
        #expect(figure(try site.read("bulletins/b/index.html")) == expected)
    }

    @Test func anUndatedPageAndAnExplicitPeriod() throws {
        let site = try TestSite(Self.stats.merging([
            "content/pages/about.zh.md": page("title: 关于", "立案{{< stat cases_filed >}}。"),
            "content/bulletins/b.zh.md": page("title: 通报\ndate: 2024-01-15", "立案{{< stat cases_filed period=2023-h1 >}}。"),
        ]) { $1 })
        defer { site.remove() }
        try site.build()
        #expect(figure(try site.read("about/index.html")) == "333")
        #expect(figure(try site.read("bulletins/b/index.html")) == "111")
    }
}
