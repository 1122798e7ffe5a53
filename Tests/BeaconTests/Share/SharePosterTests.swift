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
    /// A case's poster carries a slogan about its own fraud type where the site has one, else
    /// one about none of the site's fraud types (clerk6's police-impersonation case's poster said
    /// `凡是刷单返利，都是诈骗`); a hotline's number stays with its label (`反诈预警专线 / 96110`).
    @Test func aCasePosterTakesASloganAboutItsFraudTypeAndKeepsEachHotlineWhole() throws {
        let slogans: [(zh: String, en: String)] = [
            ("公检法机关不会通过电话办案，更没有“安全账户”", "Police, prosecutors and courts never handle cases by phone, and there is no “safe account”"),
            ("凡是刷单返利，都是诈骗", "Every paid order-brushing job is a scam"),
            ("接到96110来电，请务必接听", "If 96110 calls you, always answer"),
            ("先交钱才放款的网贷，都是诈骗", "A loan that wants a fee first is a scam"),
            ("退款理赔原路返回，不用您转一分钱", "Refunds go back the way you paid; you never pay to get one"),
        ]
        var files = ["content/slogans.yaml": slogans.map { "- {zh: \"\($0.zh)\", en: \"\($0.en.replacingOccurrences(of: "“", with: "").replacingOccurrences(of: "”", with: ""))\"}" }.joined(separator: "\n") + "\n"]
        for i in 1...4 {
            for (slug, type) in [("police", "impersonate-police"), ("rebate", "task-rebate")] {
                files["content/cases/\(slug)\(i).zh.md"] = page("title: 第\(i)起案件\ndate: 2021-09-0\(i)\nfraud_type: \(type)\nloss: 1000", "被骗。")
                files["content/cases/\(slug)\(i).en.md"] = page("title: Case \(i)\ndate: 2021-09-0\(i)\nfraud_type: \(type)\nloss: 1000", "Cheated.")
            }
            files["content/bulletins/b\(i).zh.md"] = page("title: 第\(i)期通报\ndate: 2021-09-0\(i)\narrested: \(i)", "本期抓获嫌疑人。")
        }
        let test = try TestSite(files)
        defer { test.remove() }
        let site = try SiteLoader.load(root: test.root, options: LoadOptions())
        let kit = ShareKit.make(site: site, stats: nil, settings: ShareSettings(), colours: .theme, firstParagraph: { _ in nil })
        let posters = Dictionary(kit.posters.map { ($0.path, $0.content) }, uniquingKeysWith: { a, _ in a })
        let plain = { (s: String) in s.replacingOccurrences(of: "“", with: "").replacingOccurrences(of: "”", with: "") }
        for i in 1...4 {
            #expect(posters["share/cases/police\(i).zh.png"]?.slogan == slogans[0].zh, "police\(i): \(posters["share/cases/police\(i).zh.png"]?.slogan ?? "none")")
            #expect(posters["share/cases/police\(i).en.png"]?.slogan == plain(slogans[0].en), "police\(i): \(posters["share/cases/police\(i).en.png"]?.slogan ?? "none")")
            #expect(posters["share/cases/rebate\(i).zh.png"]?.slogan == slogans[1].zh, "rebate\(i): \(posters["share/cases/rebate\(i).zh.png"]?.slogan ?? "none")")
            #expect(posters["share/cases/rebate\(i).en.png"]?.slogan == slogans[1].en, "rebate\(i): \(posters["share/cases/rebate\(i).en.png"]?.slogan ?? "none")")
            // A bulletin is about no one fraud: not a slogan about one of the site's types.
            let bulletin = try #require(posters["share/bulletins/b\(i).zh.png"]?.slogan)
            #expect(bulletin != slogans[0].zh && bulletin != slogans[1].zh, "b\(i): \(bulletin)")
        }
        for (path, poster) in posters {
            let hotlines = try #require(poster.hotlines, "\(path)")
            for number in ["110", "96110"] { #expect(hotlines.contains("\u{00A0}\(number)"), "\(path): «\(hotlines)»") }
        }
    }
}
