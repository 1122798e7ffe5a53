import BeaconCore
@testable import BeaconLeaflet
import Foundation
import Testing

/// What a designer rejected on leaflets of little content (`LeafletDesignerFixture`), read back
/// from the PDF: the stock tips set larger than the cases, cases squeezed small so that tips
/// could fill, a short case parted from its advice box, tips overleaf from their heading, and a
/// near-empty tri-fold whose warning did not say which format would suit.
@Suite(.serialized) struct LeafletDesignerTests {
    static let result = LeafletFixture.builtOnce(LeafletDesignerFixture.files)

    typealias Leaflet = (name: String, format: String, cases: [String], extra: String)

    static var files: [(url: URL, leaflet: Leaflet, format: LeafletFormat, lang: String)] {
        guard let dir = try? result.get().0 else { return [] }
        return LeafletDesignerFixture.leaflets.flatMap { l in
            ["zh", "en"].map { (dir.appendingPathComponent("\(l.name).\($0).pdf"), l, LeafletFormat(rawValue: l.format)!, $0) }
        }
    }

    static var count: Int { LeafletDesignerFixture.leaflets.count * 2 }

    /// The theme's stock tips in a language, whitespace removed.
    static func tips(_ lang: String) throws -> [String] {
        let site = try LeafletFixture.site(LeafletDesignerFixture.files)
        return LeafletWords(site.language(lang == "zh" ? .zh : .en)).list("tips").map(plain)
    }

    /// Text compared with what poppler gives back: no whitespace, no quotation marks (the
    /// Markdown's straight quotes are printed curly), no soft hyphen.
    static func plain(_ s: String) -> String { s.filter { !$0.isWhitespace && !"\"“”'’‘\u{00AD}\u{200B}".contains($0) } }

    /// A case's printed words: its Markdown body without the front matter, headings, list
    /// markers and bold.
    static func body(_ slug: String, _ lang: String) -> String {
        let text = LeafletDesignerFixture.text(slug, lang).components(separatedBy: "---\n")[2]
        return plain(text.components(separatedBy: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.replacing(/^(- |\d+\. )/, with: "").replacingOccurrences(of: "**", with: "") }.joined())
    }

    /// Every line of a PDF with its page.
    static func lines(_ url: URL) throws -> [(page: Int, line: PDFLayout.Line)] {
        try PDFLayout(url).pages.enumerated().flatMap { page, blocks in blocks.flatMap(\.lines).map { (page, $0) } }
    }

    /// The lines of the cases' text (story and advice, ten characters and more) and the first
    /// lines of the stock tips.
    static func caseAndTipLines(_ url: URL, leaflet: Leaflet, lang: String) throws
        -> (cases: [(page: Int, line: PDFLayout.Line)], tips: [(page: Int, line: PDFLayout.Line)]) {
        let all = try lines(url)
        let bodies = leaflet.cases.map { body($0, lang) }
        let tips = try Self.tips(lang)
        let cases = all.filter { l in
            let t = plain(l.line.text)
            return t.count >= 10 && bodies.contains { $0.contains(t) }
        }
        let tipLines = all.filter { l in
            let t = plain(l.line.text)
            return t.hasPrefix("•") && tips.contains { $0.hasPrefix(String(t.dropFirst().prefix(8))) }
        }
        return (cases, tipLines)
    }

    /// The commonest size among lines, to the half point.
    static func commonest(_ lines: [PDFLayout.Line]) -> Double? {
        Dictionary(grouping: lines.map { ($0.em * 2).rounded() / 2 }, by: { $0 }).max { $0.value.count < $1.value.count }?.key
    }

    @Test func everyLeafletBuilds() throws {
        let (dir, _) = try Self.result.get()
        for f in Self.files { #expect(FileManager.default.fileExists(atPath: f.url.path), "\(f.url.lastPathComponent) in \(dir.path)") }
    }

    /// 1. The stock tips are filler: never set larger than the case text of their leaflet, nor
    /// above the format's ceiling for body text.
    @Test func theStockTipsAreNeverLargerThanTheCases() throws {
        try #require(Self.files.count == Self.count)
        var seen = 0
        for (url, leaflet, format, lang) in Self.files {
            let (cases, tips) = try Self.caseAndTipLines(url, leaflet: leaflet, lang: lang)
            guard let body = Self.commonest(cases.map(\.line)), !tips.isEmpty else { continue }
            seen += 1
            let ceiling = TypeScale.factors(format).upperBound * TypeScale.of(format).body
            for tip in tips.map(\.line) {
                #expect(tip.em <= body + 0.3, "\(url.lastPathComponent): the tip «\(tip.text.prefix(20))» is set at \(tip.em) pt, the cases at \(body) pt")
                #expect(tip.em <= ceiling + 0.3, "\(url.lastPathComponent): the tip «\(tip.text.prefix(20))» is set at \(tip.em) pt, over the format's \(ceiling) pt")
            }
        }
        #expect(seen >= 4, "only \(seen) leaflets print stock tips: the test shows little")
    }

    /// 2, 3. Tips fill only what is left once the cases are set as large as they can be: where a
    /// leaflet prints tips, its cases are set at no less than 85% of the format's ceiling, and
    /// two cases of a tri-fold start in panels of their own.
    @Test func whereTipsFillTheCasesAreSetLargeFirst() throws {
        try #require(Self.files.count == Self.count)
        for (url, leaflet, format, lang) in Self.files {
            let (cases, tips) = try Self.caseAndTipLines(url, leaflet: leaflet, lang: lang)
            guard let body = Self.commonest(cases.map(\.line)), !tips.isEmpty else { continue }
            let ceiling = TypeScale.factors(format).upperBound * TypeScale.of(format).body
            #expect(body >= 0.85 * ceiling - 0.3, "\(url.lastPathComponent): cases at \(body) pt beside tips, the format allows \(ceiling) pt")
        }
        for (url, leaflet, format, lang) in Self.files where leaflet.name == "tri-pair" {
            let panels = try LeafletShapesTests.panelTexts(url, format: format).map { $0.map(Self.plain) }
            let starts = leaflet.cases.map { LeafletShapesTests.find(String(Self.body($0, lang).prefix(12)), in: panels) }
            #expect(starts[0] != nil && starts[1] != nil && starts[0].map { a in starts[1].map { $0 != a } ?? false } == true,
                    "\(url.lastPathComponent): the two cases start in \(starts)")
        }
    }

    /// 4. A case's story is not left above a blank with its advice box in the next panel: the
    /// story and the end of its advice are in one panel, or the story runs on from a panel it
    /// fills (no blank band there over a quarter of the trim height).
    @Test func aCaseIsNotPartedFromItsAdviceByABlank() throws {
        try #require(Self.files.count == Self.count)
        for (url, leaflet, format, lang) in Self.files where leaflet.format == "a4-trifold" {
            let panels = try LeafletShapesTests.panelTexts(url, format: format).map { $0.map(Self.plain) }
            for slug in leaflet.cases {
                let text = Self.body(slug, lang)
                let (head, tail) = (String(text.prefix(12)), String(text.suffix(12)))
                guard let start = LeafletShapesTests.find(head, in: panels), let end = LeafletShapesTests.find(tail, in: panels) else {
                    Issue.record("\(url.lastPathComponent) \(slug): story or advice not found")
                    continue
                }
                guard start != end else { continue }
                let strip = BlankBands.panels(format, page: start.page)[start.panel]
                let band = try BlankBands.tallest(pdf: url, page: start.page, trim: format.trimSize, margin: LeafletFormat.markArea, strips: [strip])[0]
                #expect(band <= format.trimSize.height / 4,
                        "\(url.lastPathComponent) \(slug): the story starts in panel \(start.panel + 1) above \(Int(band)) mm of blank, its advice ends in panel \(end.panel + 1)")
            }
        }
    }

    /// 5. The stock tips stay with their heading: on every side that prints tips, their heading
    /// (防骗要点 / "Know the signs") is followed in one panel by a tip, never tips overleaf
    /// from a heading left on the other side.
    @Test func everySideWithStockTipsHasTheirHeading() throws {
        try #require(Self.files.count == Self.count)
        var seen = 0
        for (url, leaflet, format, lang) in Self.files {
            let (_, tips) = try Self.caseAndTipLines(url, leaflet: leaflet, lang: lang)
            let heading = lang == "zh" ? "防骗要点" : "Knowthesigns"
            let theme = try Self.tips(lang)
            let panels = try LeafletShapesTests.panelTexts(url, format: format).map { $0.map(Self.plain) }
            for page in Set(tips.map(\.page)).sorted() {
                seen += 1
                let headed = panels[page].contains { panel in theme.contains { panel.contains(heading + $0.prefix(8)) } }
                #expect(headed, "\(url.lastPathComponent): side \(page + 1) prints tips without their heading «\(heading)» above one")
            }
        }
        #expect(seen >= 4, "only \(seen) sides print stock tips: the test shows little")
    }

    /// 7. A tri-fold of one case of one sentence cannot fill its panels honestly: its warning
    /// names the sheet that suits it (the A5 letter), the file and the line to change.
    @Test func aNearEmptyTriFoldsWarningNamesTheFormatThatSuitsIt() throws {
        let (_, warnings) = try Self.result.get()
        let mine = warnings.filter { $0.message.contains("leaflet `tri-one`") && $0.message.contains("empty") }
        try #require(!mine.isEmpty, "the one-sentence tri-fold was expected to leave a panel blank")
        for w in mine {
            #expect(w.file == "content/leaflets/tri-one.yaml" && w.line == 1, "\(String(describing: w.file)):\(String(describing: w.line))")
            #expect(w.hint?.contains("`format: a5`") == true && w.hint?.contains("content/leaflets/tri-one.yaml") == true,
                    "\(w.message) / \(w.hint ?? "no hint")")
        }
        // A leaflet that fills its sheet is not told to change it.
        #expect(!warnings.contains { $0.message.contains("leaflet `a5-one`") }, "\(warnings.map(\.message))")
    }
}
