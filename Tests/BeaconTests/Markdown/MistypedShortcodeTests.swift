import BeaconCore
import Foundation
import Testing

/// `{{ stat x }}` and `{{% stat x %}}` (Hugo habits) fail the build with the right form; in
/// code they stay text.
@Suite struct MistypedShortcodeTests {
    static let good = "---\ntitle: 十月通报\ndate: 2021-11-02\n---\n今年以来立案较多。\n"
    static let bad = """
        ---
        title: 十月通报
        date: 2021-11-02
        ---
        今年以来立案{{ stat cases_filed }}，同比下降。
        破案{{% stat cases_solved rate %}}。

        代码里的 `{{ stat cases_filed }}` 原样保留：

            {{% stat cases_filed %}}

        ```
        {{ stat cases_filed }}
        ```
        """

    @Test func hugoBracesFailTheBuildNamingTheRightForm() throws {
        let site = try TestSite(["content/bulletins/oct.zh.md": Self.good])
        defer { site.remove() }
        try site.build()
        let before = try site.snapshot()
        try site.write("content/bulletins/oct.zh.md", Self.bad)
        let problems = site.failures().filter { $0.severity == .error }
        #expect(problems.count == 2)
        let first = try #require(problems.first { $0.line == 5 })
        #expect(first.file == "content/bulletins/oct.zh.md")
        #expect(first.column == 7)
        #expect(first.message == "`{{ stat cases_filed }}` is not a shortcode Beacon reads: it would appear on the page as it is written.")
        #expect(first.hint == "Write it with angle brackets inside the braces: `{{< stat cases_filed >}}`.")
        let second = try #require(problems.first { $0.line == 6 })
        #expect(second.column == 3)
        #expect(second.hint == "Write it with angle brackets inside the braces: `{{< stat cases_solved rate >}}`.")
        #expect(try site.snapshot() == before, "a failed build leaves public/ as it was")
    }

    @Test func inCodeTheyStayText() throws {
        let body = "代码里的 `{{ stat cases_filed }}` 原样保留。\n\n```\n{{% stat cases_filed %}}\n```\n"
        let site = try TestSite(["content/bulletins/oct.zh.md": "---\ntitle: 十月通报\ndate: 2021-11-02\n---\n" + body])
        defer { site.remove() }
        try site.build()
        let html = try site.read("bulletins/oct/index.html")
        #expect(html.contains("<code>{{ stat cases_filed }}</code>"))
        #expect(html.contains("{{% stat cases_filed %}}\n</code>"))
    }
}
