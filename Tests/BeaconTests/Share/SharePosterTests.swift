import BeaconContent
import BeaconCore
@testable import BeaconLeaflet
import BeaconShare
import BeaconWords
import Foundation
import Testing

/// What a share poster prints: titles broken between words, no loss card for a fraud stopped in
/// time, no white band under a short poster's content.
@Suite struct SharePosterTests {
    /// Titles whose natural breaks fall inside words (`赶 / 到`, `诈 / 骗`).
    static let titles = ["“你涉嫌洗钱”？民警20分钟赶到 帮市民守住30万元积蓄", "全区打击治理电信网络诈骗成效显著 清关诈骗案件同比下降",
                         "Police stop a fake refund call in time and save a pensioner's savings"]

    @Test(arguments: titles)
    func aTitleBreaksOnlyBetweenWords(_ text: String) {
        let engine = TextEngine(languageTag: text.first?.isASCII == true ? "en" : "zh-CN")
        let layout = SharePoster.title(text, colour: .white, engine: engine)
        #expect(layout.lines.count > 1, "the test needs a title of several lines")
        let bounds = Set(WordBoundaries.offsets(text, locale: text.first?.isASCII == true ? "en" : "zh_CN"))
        var offset = 0
        for line in layout.lines.dropLast() {
            offset += line.text.utf8.count
            // Spaces bound to the next word by the break rules become U+00A0 (two bytes for one).
            let end = offset - line.text.filter { $0 == "\u{00A0}" }.count
            #expect(bounds.contains(end), "«\(line.text)» ends inside a word")
        }
        #expect(layout.lines.map(\.text).joined().replacingOccurrences(of: "\u{00A0}", with: " ") == text)
    }

    @Test func aFraudStoppedInTimeHasNoLossCard() throws {
        let files = [
            "content/cases/stopped.zh.md": page("title: 民警及时劝阻\ndate: 2021-09-02\nfraud_type: task-rebate\nloss: 0", "没有造成损失。"),
            "content/cases/stopped.en.md": page("title: Stopped in time\ndate: 2021-09-02\nfraud_type: task-rebate\nloss: 0", "She lost nothing."),
            "content/cases/lost.zh.md": page("title: 刷单被骗\ndate: 2021-09-01\nfraud_type: task-rebate\nloss: 38600", "被骗。"),
        ]
        let test = try TestSite(files)
        defer { test.remove() }
        let site = try SiteLoader.load(root: test.root, options: LoadOptions())
        let kit = ShareKit.make(site: site, stats: nil, settings: ShareSettings(), colours: .theme, firstParagraph: { _ in nil })
        let posters = Dictionary(kit.posters.map { ($0.path, $0.content) }, uniquingKeysWith: { a, _ in a })
        for path in ["share/cases/stopped.zh.png", "share/cases/stopped.en.png"] {
            let poster = try #require(posters[path], "\(path)")
            #expect(!poster.figures.contains { $0.value.hasPrefix("0") }, "\(path): \(poster.figures.map(\.value))")
            #expect(!poster.figures.isEmpty, "\(path): the fraud type still shows")
        }
        // A real loss is still shown.
        let lost = try #require(posters["share/cases/lost.zh.png"])
        #expect(lost.figures.first?.value.contains("3.86") == true, "\(lost.figures.map(\.value))")
    }
}
