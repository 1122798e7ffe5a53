import BeaconCore
@testable import BeaconLeaflet
import Foundation
import Testing

/// Leaflets of cases shaped like a clerk's (`LeafletShapesFixture`: long, very short and
/// medium cases, a long advice box; 1–3 cases in each format), read back from the PDF: no
/// panel or column keeps a blank band over a quarter of the trim height, an advice box sits in
/// one panel of one side, and a heading stays with what follows it.
@Suite(.serialized) struct LeafletShapesTests {
    /// Built once for the suite; a failure is kept to be reported by `everyLeafletBuildsWithoutAWarning`.
    static let result = LeafletFixture.builtOnce(LeafletShapesFixture.files)

    /// Every PDF with its leaflet, format and language.
    static var files: [(url: URL, leaflet: (name: String, format: String, cases: [String], extra: String), format: LeafletFormat, lang: String)] {
        guard let dir = try? result.get().0 else { return [] }
        return LeafletShapesFixture.leaflets.flatMap { l in
            ["zh", "en"].map { (dir.appendingPathComponent("\(l.name).\($0).pdf"), l, LeafletFormat(rawValue: l.format)!, $0) }
        }
    }

    @Test func everyLeafletBuildsWithoutAWarning() throws {
        let (dir, warnings) = try Self.result.get()
        for w in warnings where w.message.contains("leaves") { Issue.record("\(w.message)") }
        for f in Self.files { #expect(FileManager.default.fileExists(atPath: f.url.path), "\(f.url.lastPathComponent) in \(dir.path)") }
    }

    @Test func noPanelOrColumnHasABlankBandTallerThanAQuarterOfTheTrimHeight() throws {
        try #require(Self.files.count == 16)
        for (url, _, format, _) in Self.files {
            for band in try BlankBands.overAQuarter(pdf: url, format: format) { Issue.record("\(band)") }
        }
    }

    /// Each panel's text, top to bottom, per page (whitespace removed), with the panels of
    /// `BlankBands.panels` (tri-fold cover included, as text may sit there). Read character by
    /// character: poppler may join two panels' lines that sit at one height into one line, and
    /// even two columns' words into one (`先和“缴纳保险费”为由`, where the next column starts
    /// with an opening quote boxed half an em left of its ink), so each character goes to the
    /// panel its share of its word's box falls in.
    static func panelTexts(_ url: URL, format: LeafletFormat) throws -> [[String]] {
        let layout = try PDFLayout(url)
        let origin = mm(LeafletFormat.markArea)
        return layout.pages.enumerated().map { page, blocks in
            var ranges = BlankBands.panels(format, page: page)
            if format == .a4Trifold && page == 0 { ranges.append(197...297) }
            return ranges.map { r in
                let inPanel = { (x: Double) in x - origin >= mm(r.lowerBound - 3) && x - origin < mm(r.upperBound + 3) }
                return blocks.flatMap(\.lines).sorted { $0.yMin < $1.yMin }.map { line in
                    line.words.map { word in
                        let characters = Array(word.text), each = (word.xMax - word.xMin) / Double(max(1, characters.count))
                        return String(characters.indices.filter { inPanel(word.xMin + (Double($0) + 0.5) * each) }.map { characters[$0] })
                    }.joined()
                }.joined().filter { !$0.isWhitespace && $0 != "•" }
            }
        }
    }

    /// Where `text` (whitespace removed) starts: (page, panel), or nil.
    static func find(_ text: String, in panels: [[String]]) -> (page: Int, panel: Int)? {
        for (page, texts) in panels.enumerated() {
            if let panel = texts.firstIndex(where: { $0.contains(text) }) { return (page, panel) }
        }
        return nil
    }

    /// The first and last few characters of a run of Markdown paragraphs, markers and bold removed.
    static func ends(_ markdown: String, count: Int = 8) -> (head: String, tail: String) {
        let text = markdown.components(separatedBy: "\n").map { line in
            line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "**", with: "")
                .replacing(/^(- |\d+\. )/, with: "")
        }.joined().filter { !$0.isWhitespace }
        return (String(text.prefix(count)), String(text.suffix(count)))
    }

    @Test func everyAdviceBoxSitsWithItsHeadingInOnePanelOfOneSide() throws {
        try #require(Self.files.count == 16)
        for (url, leaflet, format, lang) in Self.files {
            let panels = try Self.panelTexts(url, format: format)
            let heading = lang == "zh" ? "警方提示" : "Policeadvice"
            for slug in leaflet.cases {
                let (head, tail) = Self.ends(LeafletShapesFixture.advice(slug, lang), count: 16)
                let start = Self.find(heading + head, in: panels), end = Self.find(tail, in: panels)
                #expect(start != nil, "\(url.lastPathComponent) \(slug): the box's heading is not followed by its first words «\(head)» in one panel")
                #expect(start.map { s in end.map { $0 == s } ?? false } ?? false,
                        "\(url.lastPathComponent) \(slug): the advice box starts in \(String(describing: start)) and ends in \(String(describing: end))")
            }
        }
    }

    @Test func aHeadingStaysWithWhatFollowsIt() throws {
        try #require(Self.files.count == 16)
        for (url, leaflet, format, lang) in Self.files {
            let panels = try Self.panelTexts(url, format: format)
            for slug in leaflet.cases {
                let body = LeafletShapesFixture.cases["content/cases/\(slug).\(lang).md"]!
                // The case's title and the first words of its story in one panel.
                let title = body.components(separatedBy: "title: ")[1].components(separatedBy: "\n")[0].filter { !$0.isWhitespace }
                let story = body.components(separatedBy: "---\n")[2]
                    .components(separatedBy: "\n\n").first { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }!
                let first = Self.ends(story).head
                let titlePlace = Self.find(String(title.prefix(6)), in: panels)
                #expect(titlePlace != nil && titlePlace.map { t in Self.find(first, in: panels).map { $0 == t } ?? false } == true,
                        "\(url.lastPathComponent) \(slug): the title is in \(String(describing: titlePlace)), the story starts in \(String(describing: Self.find(first, in: panels)))")
                // The scam's steps under their heading.
                let method = lang == "zh" ? "作案手法" : "How the scam works"
                if body.contains("## \(method)") {
                    let steps = Self.ends(body.components(separatedBy: "## \(method)")[1]).head
                    #expect(Self.find(method.filter { !$0.isWhitespace } + "1." + steps.prefix(6), in: panels) != nil,
                            "\(url.lastPathComponent) \(slug): «\(method)» is not followed by its first step in one panel")
                }
            }
        }
    }

    /// Copy-fitting sets type larger or smaller, never past the format's bounds: on every side
    /// the body text (the commonest size of Chinese lines of six characters or more) is at least
    /// the format's minimum and at most its ceiling (the stock tips' display size, 1.3 times it).
    @Test func bodyTypeStaysBetweenTheFormatsMinimumAndCeiling() throws {
        try #require(Self.files.count == 16)
        for (url, _, format, lang) in Self.files where lang == "zh" {
            let ceiling = TypeScale.factors(format).upperBound * TypeScale.of(format).body * 1.3
            for (page, blocks) in try PDFLayout(url).pages.enumerated() {
                let sizes = blocks.flatMap(\.lines).filter { $0.text.filter { !$0.isWhitespace }.count >= 6 }.map { ($0.em * 2).rounded() / 2 }
                guard let body = Dictionary(grouping: sizes, by: { $0 }).max(by: { $0.value.count < $1.value.count })?.key else { continue }
                #expect(body >= format.minimumBodySize - 0.3 && body <= ceiling + 0.3,
                        "\(url.lastPathComponent) page \(page + 1): body text of \(body) pt, outside \(format.minimumBodySize)–\(ceiling) pt")
            }
        }
    }
}
