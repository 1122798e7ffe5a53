import BeaconBuild
import BeaconCore
import Foundation
import Testing

/// A clerk who made several mistakes sees them all after one build, not one step's per build
/// (a clerk's test took six failed builds for twelve mistakes): a misspelt key, a phone
/// number, a statistics slip, a dead link and a character an LED board cannot show.
@Suite struct OneRoundErrorsTests {
    static let boards = """
    led_boards:
      - {name: strip, width: 192, height: 16, font: 16, charset: gb2312, mode: static}
    """

    @Test func mistakesOfSeveralStepsAreReportedTogether() throws {
        let site = try TestSite([
            "site.yaml": TestSite.minimalConfig + "\n" + Self.boards,
            "content/cases/a.zh.md": page("titel: 刷单返利案\ndate: 2023-06-12\nfraud_type: task-rebate", "王某被骗。"),
            "content/cases/b.zh.md": page("title: 冒充公检法案\ndate: 2023-06-12\nfraud_type: impersonate-police",
                                           "请拨打13812345678核实。\n\n见[旧案](@/cases/nope.md)。"),
            "content/stats/2023-h1.yaml": "period: {start: 2023-01-01, end: 2023-06-30}\nmetrics:\n  cases_filed: 许多\n",
            "content/slogans.yaml": "- {zh: 防骗堃语, en: A slogan}\n",
        ])
        defer { site.remove() }
        try site.write("public/old.html", "kept")
        let before = try site.snapshot()
        let errors = site.failures().filter { $0.severity == .error }
        let files = Set(errors.compactMap(\.file))
        #expect(files == ["content/cases/a.zh.md", "content/cases/b.zh.md", "content/stats/2023-h1.yaml", "content/slogans.yaml"],
                "\(errors.map(\.description))")
        #expect(errors.contains { $0.what.english.contains("titel") })
        #expect(errors.contains { $0.what.english.contains("nope.md") })
        #expect(errors.contains { $0.file == "content/cases/b.zh.md" && $0.what.english.contains("138****5678") })
        #expect(try site.snapshot() == before, "a refused build changed public/")
    }

    /// A file that cannot be read at all (not UTF-8) stops the build after loading: its links
    /// and page cannot be known, so going on would report them falsely.
    @Test func anUnreadableFileStopsAfterLoading() throws {
        let site = try TestSite([
            "content/cases/b.zh.md": page("title: 冒充公检法案\ndate: 2023-06-12\nfraud_type: impersonate-police", "见[另一案](@/cases/gbk.md)。"),
        ])
        defer { site.remove() }
        try site.write("content/cases/gbk.zh.md", Data([0x2D, 0x2D, 0x2D, 0x0A, 0xB2, 0xE2, 0xCA, 0xD4, 0x0A, 0x2D, 0x2D, 0x2D, 0x0A]))
        let errors = site.failures().filter { $0.severity == .error }
        #expect(errors.map(\.file) == ["content/cases/gbk.zh.md"], "\(errors.map(\.description))")
    }
}
