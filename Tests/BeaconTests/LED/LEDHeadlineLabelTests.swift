@testable import BeaconLED
import BeaconContent
import BeaconCore
import Foundation
import Testing

/// A headline sentence on a board names each figure as the site names it: the figure under
/// `funds_frozen` is money frozen, not "stopped and frozen" (that is `funds_stopped` too).
@Suite struct LEDHeadlineLabelTests {
    @Test(arguments: ["zh", "en"])
    func theFundsFrozenHeadlineUsesTheSitesLabelForThatFigure(_ language: String) throws {
        let root = try TestSite([
            "site.yaml": "title: {zh: 测试, en: Test}\nbase_url: https://example.gov.cn/\nlanguages: [zh, en]\n"
                + "led_boards:\n  - {name: b, width: 1024, height: 16, font: 16, charset: utf-8, mode: scroll, language: \(language)}\n",
        ]).root
        let site = try SiteLoader.load(root: root, options: LoadOptions(today: Day(iso: "2026-01-01")!))
        let result = try LEDBuilder.build(site: site, figures: FakeFigures(values: ["funds_frozen": "4400余万元"]).period)
        let program = try #require(result.programs.first)
        let line = try #require(program.lines.first { $0.contains("4400余万元") })
        let board = try #require(site.config.language(language))
        let frozen = site.language(board).string("stats.metrics.funds_frozen")
        let stopped = site.language(board).string("stats.metrics.funds_stopped")
        #expect(line.lowercased().contains(frozen.lowercased()), "\(line)")
        #expect(!line.contains(language == "zh" ? "止付" : "stopped"), "\(line) speaks of \(stopped) too")
    }
}
