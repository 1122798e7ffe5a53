import Foundation
import Testing

/// `theme_options.hotlines` (SPEC §1) reach the leaflets too: a district's own line is printed
/// where the default 110 and 96110 would be.
@Suite struct LeafletHotlineTests {
    @Test func theSitesHotlinesArePrintedOnTheLeaflet() throws {
        let config = try #require(LeafletFixture.files["site.yaml"]) + """

        theme_options:
          hotlines:
            - {label: {zh: 报警电话, en: Police}, number: "110"}
            - {label: {zh: 区反诈中心值班电话, en: District anti-fraud centre}, number: "0517-83600110"}
        """
        let (dir, _, _) = try LeafletFixture.build(["site.yaml": config], only: "summer")
        let zh = try pdfText(dir.appendingPathComponent("leaflets/summer.zh.pdf"))
        #expect(zh.contains("0517-83600110") && zh.contains("区反诈中心值班电话"))
        let en = try pdfText(dir.appendingPathComponent("leaflets/summer.en.pdf"))
        #expect(en.contains("0517-83600110") && en.contains("Districtanti-fraudcentre"))
        // On one line: set smaller rather than broken at its hyphen.
        let raw = try Tool.run("pdftotext", [dir.appendingPathComponent("leaflets/summer.en.pdf").path, "-"])
        #expect(raw.contains("0517-83600110"))
        #expect(!en.contains("Anti-fraudwarningline.") && !zh.contains("96110反诈"), "the default second line is replaced")
    }

    /// Three hotlines, the district's own a long number with a long label, on every format
    /// (clerk9's tri-fold set `0598-7261110` at 8 pt running 3 mm from the fold, its label
    /// broken `澄川市反诈 / 中心`; the A5's row ran 6 mm from the trim; clerk10's 26-hanzi label
    /// made the A5 fail). Read back: each number one word, at a readable size, 9 mm inside the
    /// trim and 7 mm from a fold; no two numbers or labels overlap; no English label word split.
    @Test(arguments: ["a5", "a4", "a4-trifold"])
    func threeHotlinesKeepInsideTheirPanel(format: String) throws {
        let config = try #require(LeafletFixture.files["site.yaml"]) + """

        theme_options:
          hotlines:
            - {label: {zh: 报警电话, en: Police}, number: "110"}
            - {label: {zh: 全国反诈专线, en: National anti-fraud line}, number: "96110"}
            - {label: {zh: 清江浦区公安分局反电信网络诈骗中心值班电话, en: Qingjiangpu District anti-fraud centre 24-hour line}, number: "0517-83600110"}
        """
        var extra: [String: String?] = ["site.yaml": config]
        extra["content/leaflets/summer.yaml"] = """
            format: \(format)
            title: {zh: 反诈防骗 从我做起, en: Stop fraud before it starts}
            cases: [fake-police-call]
            stats: 2022-h1
            slogans: all
            """
        let (dir, _, _) = try LeafletFixture.build(extra, only: "summer")
        for language in ["zh", "en"] {
            let url = dir.appendingPathComponent("leaflets/summer.\(language).pdf")
            let layout = try PDFLayout(url)
            let xml = try Tool.run("pdftotext", ["-bbox", url.path, "-"])
            // The trim box, in points from the media box's top left, and the folds.
            let trim = try #require(try Self.trimBox(url))
            let mm = 72 / 25.4
            // The tri-fold's folds: outside at 97 and 197 mm, inside at 100 and 200 mm.
            let folds: [[Double]] = format == "a4-trifold" ? [[97, 197], [100, 200]].map { $0.map { trim.x + $0 * mm } } : [[], []]
            var numbers: [(text: String, page: Int, xMin: Double, xMax: Double, yMin: Double, yMax: Double)] = []
            let wordRe = try Regex(#"<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>"#)
            for (index, page) in xml.components(separatedBy: "<page ").dropFirst().enumerated() {
                for m in page.matches(of: wordRe) {
                    let text = String(m.output[5].substring ?? "")
                    guard ["110", "96110", "0517-83600110"].contains(text) else { continue }
                    let v = (1...4).map { Double(m.output[$0].substring ?? "") ?? 0 }
                    numbers.append((text, index, v[0], v[2], v[1], v[3]))
                }
            }
            #expect(numbers.contains { $0.text == "0517-83600110" }, "\(language): the long number printed whole on one line")
            for n in numbers where n.text == "0517-83600110" {
                #expect(n.yMax - n.yMin >= 12, "\(language) \(format): \(n.text) at a readable size (\(n.yMax - n.yMin) pt high)")
                #expect(n.xMin >= trim.x + 9 * mm - 0.5 && n.xMax <= trim.x + trim.width - 9 * mm + 0.5,
                        "\(language) \(format): \(n.text) from \(n.xMin) to \(n.xMax), trim \(trim)")
                for fold in folds[min(n.page, 1)] {
                    #expect(n.xMax <= fold - 7 * mm + 0.5 || n.xMin >= fold + 7 * mm - 0.5, "\(language): \(n.text) near the fold at \(fold)")
                }
            }
            // Numbers of one row do not overlap.
            for a in numbers.indices { for b in numbers.indices where a < b {
                let x = numbers[a], y = numbers[b]
                let overlap = x.page == y.page && x.xMin < y.xMax - 0.5 && y.xMin < x.xMax - 0.5 && x.yMin < y.yMax - 0.5 && y.yMin < x.yMax - 0.5
                #expect(!overlap, "\(language) \(format): \(x.text) overlaps \(y.text)")
            } }
            if language == "en" {
                let lines = layout.pages.flatMap { $0.flatMap(\.lines) }.map(\.text)
                #expect(!lines.contains { $0.hasSuffix("-") && !$0.hasSuffix("anti-") }, "\(language) \(format): a label word hyphenated: \(lines.filter { $0.hasSuffix("-") })")
            }
        }
    }

    /// The trim box, in points from the media box's top left (pdfinfo gives it from the bottom).
    static func trimBox(_ url: URL) throws -> (x: Double, y: Double, width: Double, height: Double)? {
        let info = try Tool.run("pdfinfo", ["-box", url.path])
        func box(_ name: String) -> [Double]? {
            guard let line = info.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return nil }
            return line.split(separator: " ").dropFirst().compactMap { Double($0) }
        }
        guard let media = box("MediaBox:"), let trim = box("TrimBox:"), media.count == 4, trim.count == 4 else { return nil }
        return (trim[0], media[3] - trim[3], trim[2] - trim[0], trim[3] - trim[1])
    }
}
