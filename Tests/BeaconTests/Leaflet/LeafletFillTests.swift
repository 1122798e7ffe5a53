import BeaconCore
@testable import BeaconLeaflet
import Foundation
import Testing

/// Leaflets shaped like a second clerk's (`LeafletFillFixture`), read back from the PDF: every
/// panel or column filled to within a quarter of the trim height (the tri-fold's outside cover
/// excepted), each headed block (advice box, the clerk's own section, the slogans) in one panel
/// with its heading, a short case and every list item on one side of the sheet; and an overflow
/// error that names the case to shorten, once per leaflet.
@Suite(.serialized) struct LeafletFillTests {
    static let result = LeafletFixture.builtOnce(LeafletFillFixture.files)

    typealias Leaflet = (name: String, format: String, cases: [String], extra: String)

    static var files: [(url: URL, leaflet: Leaflet, format: LeafletFormat, lang: String)] {
        guard let dir = try? result.get().0 else { return [] }
        return LeafletFillFixture.leaflets.flatMap { l in
            ["zh", "en"].map { (dir.appendingPathComponent("\(l.name).\($0).pdf"), l, LeafletFormat(rawValue: l.format)!, $0) }
        }
    }

    static var count: Int { LeafletFillFixture.leaflets.count * 2 }

    @Test func everyLeafletBuildsWithoutABlankPanelWarning() throws {
        let (dir, warnings) = try Self.result.get()
        for w in warnings where w.message.contains("leaves") { Issue.record("\(w.message)") }
        for f in Self.files { #expect(FileManager.default.fileExists(atPath: f.url.path), "\(f.url.lastPathComponent) in \(dir.path)") }
    }

    @Test func noPanelOrColumnKeepsABlankBandOverAQuarterOfTheTrimHeight() throws {
        try #require(Self.files.count == Self.count)
        for (url, _, format, _) in Self.files {
            for band in try BlankBands.overAQuarter(pdf: url, format: format) { Issue.record("\(band)") }
        }
    }

    /// A case's headed blocks (`## 警方提示`, `## 家属须知`): the Markdown after `heading` up to the next heading.
    static func section(_ slug: String, _ lang: String, _ heading: String) -> String? {
        let parts = LeafletFillFixture.text(slug, lang).components(separatedBy: "## \(heading)\n")
        guard parts.count > 1 else { return nil }
        return parts[1].components(separatedBy: "\n## ")[0]
    }

    @Test func everyHeadedBlockSitsWithItsHeadingInOnePanel() throws {
        try #require(Self.files.count == Self.count)
        for (url, leaflet, format, lang) in Self.files {
            let panels = try LeafletShapesTests.panelTexts(url, format: format)
            let headings = lang == "zh" ? ["警方提示", "家属须知"] : ["Police advice", "For families", "For parents"]
            for slug in leaflet.cases {
                for heading in headings {
                    guard let body = Self.section(slug, lang, heading) else { continue }
                    let (head, tail) = LeafletShapesTests.ends(body, count: 12)
                    let start = LeafletShapesTests.find(heading.filter { !$0.isWhitespace } + head, in: panels)
                    let end = LeafletShapesTests.find(tail, in: panels)
                    #expect(start != nil && start.map { s in end.map { $0 == s } ?? false } == true,
                            "\(url.lastPathComponent) \(slug) «\(heading)»: starts in \(String(describing: start)), ends in \(String(describing: end))")
                }
            }
        }
    }

    /// The fixture's slogans by position, in a language, quotation marks and spaces removed.
    static func slogans(_ lang: String) -> [String] {
        let zh = ["不听不信不转账", "刷单就是诈骗，先付钱的都是骗局", "公检法不会电话办案，更没有安全账户"]
        let en = ["Don't listen, don't believe, don't transfer", "Paid order-brushing is fraud; any job that asks you to pay first is a scam",
                  "Police never handle cases by phone, and there is no safe account"]
        return (lang == "zh" ? zh : en).map(plain)
    }

    static func plain(_ s: String) -> String { s.filter { !$0.isWhitespace && !"\"“”'’‘".contains($0) } }

    @Test func theSlogansSitWithTheirHeadingInOnePanel() throws {
        try #require(Self.files.count == Self.count)
        for (url, leaflet, format, lang) in Self.files where leaflet.extra.contains("slogans") {
            let panels = try LeafletShapesTests.panelTexts(url, format: format).map { $0.map(Self.plain) }
            // The cover panel comes last in `panelTexts`, so the tri-fold's tagline is not what is found.
            let heading = lang == "zh" ? "反诈口诀" : "Remember"
            let chosen: [Int] = leaflet.extra.contains("slogans: all") ? [0, 1, 2] : [1, 2]
            let place = LeafletShapesTests.find(heading, in: panels)
            for i in chosen {
                let slogan = Self.slogans(lang)[i]
                let (head, tail) = (String(slogan.prefix(8)), String(slogan.suffix(8)))
                let panel = place.map { panels[$0.page][$0.panel] }
                #expect(panel.map { $0.contains(head) && $0.contains(tail) } == true,
                        "\(url.lastPathComponent): slogan \(i + 1) «\(slogan)» is not in the panel of its heading \(String(describing: place))")
            }
        }
    }

    /// Where `text` is on the sheet: the pages whose text holds it.
    static func pages(_ text: String, in panels: [[String]]) -> [Int] {
        panels.indices.filter { panels[$0].contains { $0.contains(text) } }
    }

    @Test func aShortCaseAndEveryListItemSitOnOneSide() throws {
        try #require(Self.files.count == Self.count)
        for (url, leaflet, format, lang) in Self.files {
            let panels = try LeafletShapesTests.panelTexts(url, format: format)
            // The two-sentence case, whole.
            if leaflet.cases.contains(LeafletFillFixture.short) {
                let story = LeafletFillFixture.text(LeafletFillFixture.short, lang).components(separatedBy: "---\n")[2]
                let (head, tail) = LeafletShapesTests.ends(story, count: 16)
                let (a, b) = (Self.pages(head, in: panels), Self.pages(tail, in: panels))
                #expect(!a.isEmpty && a == b, "\(url.lastPathComponent): the short case starts on side \(a) and ends on side \(b)")
            }
            // Every list item (steps, advice, the clerk's own points), whole.
            for slug in leaflet.cases {
                for line in LeafletFillFixture.text(slug, lang).components(separatedBy: "\n") where line.hasPrefix("- ") || line.range(of: #"^\d+\. "#, options: .regularExpression) != nil {
                    let (head, tail) = LeafletShapesTests.ends(line, count: 16)
                    let (a, b) = (Self.pages(head, in: panels), Self.pages(tail, in: panels))
                    #expect(!a.isEmpty && a == b, "\(url.lastPathComponent) \(slug): «\(line.prefix(30))…» starts on side \(a) and ends on side \(b)")
                }
            }
        }
    }

    /// A tri-fold whose first case is far too long: the one error for each language names that
    /// case (not the short one that happens to run over last) with its share of the stories.
    @Test func anOverflowNamesTheCaseThatTakesTheMostRoomOncePerLeaflet() throws {
        var files = LeafletFillFixture.files
        for lang in ["zh", "en"] {
            let key = "content/cases/\(LeafletFillFixture.long).\(lang).md"
            let text = LeafletFillFixture.text(LeafletFillFixture.long, lang)
            let heading = lang == "zh" ? "## 作案手法" : "## How the scam works"
            let story = text.components(separatedBy: "---\n")[2].components(separatedBy: heading)[0]
                .components(separatedBy: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n")
            files[key] = text.replacingOccurrences(of: heading, with: story + "\n\n" + story + "\n\n" + heading)
        }
        for l in LeafletFillFixture.leaflets { files["content/leaflets/\(l.name).yaml"] = nil }
        files["content/leaflets/tri-over.yaml"] = """
            format: a4-trifold
            title: {zh: 看紧钱袋子 谨防新骗局, en: Watch your wallet for new scams}
            cases: [\(LeafletFillFixture.long), \(LeafletFillFixture.figures), \(LeafletFillFixture.child)]
            stats: 2022-h1
            slogans: all
            """
        var errors: [Diagnostic] = []
        do { _ = try LeafletFixture.typesetAndWrite(files) } catch let f as BuildFailure { errors = f.errors }
        try #require(!errors.isEmpty, "the leaflet was expected not to fit")
        for lang in ["zh", "en"] {
            let mine = errors.filter { $0.message.contains("The \(lang == "zh" ? "Chinese" : "English") leaflet `tri-over`") }
            #expect(!mine.isEmpty, "\(lang): the error names the leaflet: \(errors.map(\.message))")
            #expect(mine.count <= 1, "\(lang): \(mine.count) errors for one leaflet: \(mine.map(\.message))")
        }
        for e in errors {
            #expect("\(e)".contains("the longest case (`\(LeafletFillFixture.long)`) first"), "\(e)")
            #expect(!e.message.contains("`\(LeafletFillFixture.child)`") && !e.message.contains("`\(LeafletFillFixture.figures)`"), "\(e.message)")
        }
    }
}
