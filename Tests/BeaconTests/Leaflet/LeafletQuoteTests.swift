import BeaconCore
@testable import BeaconLeaflet
import Foundation
import Testing

/// A case quoting what the scammer said (`> …`): on paper the words are set apart from the
/// story as on the web page, set in from the column with a thin rule at their left, in the
/// story's size and kept whole (clerk6 found them printed as one more paragraph of narration).
@Suite struct LeafletQuoteTests {
    static let slug = "fake-police-call"
    static let quotes = [
        "zh": "李先生，你名下的银行卡涉嫌洗钱，现在必须配合我们调查，这件事不能告诉任何人，包括你的家人。",
        "en": "Mr Li, your bank card is linked to money laundering. You must help our inquiry and tell nobody, not even your family.",
    ]

    /// The case with the scammer's words quoted between its two story paragraphs; an A4 of it
    /// and a second case.
    static var files: [String: String?] {
        var out: [String: String?] = [
            "content/leaflets/summer.yaml": """
                format: a4
                title: {zh: 反诈防骗 从我做起, en: Stop fraud before it starts}
                cases: [\(slug), task-rebate-student]
                stats: 2022-h1
                slogans: all
                """,
        ]
        for (lang, quote) in quotes {
            let key = "content/cases/\(slug).\(lang).md"
            var parts = LeafletFixture.files[key]!.components(separatedBy: "\n\n")
            parts.insert("> " + quote, at: 1)
            out[key] = parts.joined(separator: "\n\n")
        }
        return out
    }

    static func plain(_ s: String) -> String { s.filter { !$0.isWhitespace } }

    @Test(arguments: ["zh", "en"])
    func theScammersWordsAreSetInWithARuleAtTheirLeftAndKeptWhole(_ lang: String) throws {
        let dir = try LeafletFixture.build(Self.files, only: "summer").dir.appendingPathComponent("leaflets")
        let url = dir.appendingPathComponent("summer.\(lang).pdf")
        let pdf = try PDFLayout(url)
        let quote = Self.plain(Self.quotes[lang]!)
        let origin = mm(LeafletFormat.markArea)
        let columns = [Design.a4.frames[3].rect, Design.a4.frames[4].rect].map { (origin + $0.x - 1)...(origin + $0.maxX + 1) }
        // The quote's lines: each line's text is a piece of the quote, and together they are all of it.
        var found: [(page: Int, line: PDFLayout.Line)] = []
        for (page, blocks) in pdf.pages.enumerated() {
            for line in blocks.flatMap(\.lines) where Self.plain(line.text).count >= 4 && quote.contains(Self.plain(line.text)) {
                found.append((page, line))
            }
        }
        try #require(found.map { Self.plain($0.line.text) }.joined().count >= quote.count, "\(lang): the quote is not printed whole: \(found.map(\.line.text))")
        // Kept whole: one page, one column.
        let places = Set(found.map { f in "\(f.page) \(columns.firstIndex { $0.contains(f.line.xMin) } ?? -1)" })
        #expect(places.count == 1, "\(lang): the quote is parted: \(places.sorted())")
        guard let first = found.first, let column = columns.first(where: { $0.contains(first.line.xMin) }) else { return }
        // Set in from the column's edge, where the story around it is not.
        let em = first.line.height / 1.3
        for f in found { #expect(f.line.xMin - column.lowerBound >= em, "\(lang): «\(f.line.text)» starts \(Int(f.line.xMin - column.lowerBound)) pt in, not set apart") }
        let story = pdf.pages[first.page].flatMap(\.lines).filter {
            column.contains($0.xMin) && abs($0.yMin - first.line.yMin) < 80 && !quote.contains(Self.plain($0.text)) && Self.plain($0.text).count > 10
        }
        #expect(story.contains { $0.xMin - column.lowerBound < 4 }, "\(lang): no story line flush with the column near the quote: \(story.map(\.text))")
        // A rule at its left: dark pixels in every row of the quote's height, between the column's
        // edge and the quote's text.
        let dpi = 100.0
        let prefix = url.deletingPathExtension().path + "-quote"
        _ = try Tool.run("pdftoppm", ["-r", String(Int(dpi)), "-gray", "-f", String(first.page + 1), "-l", String(first.page + 1), "-singlefile", url.path, prefix])
        let (w, _, pixels) = try PGM.read(URL(fileURLWithPath: prefix + ".pgm"))
        let px = { (pt: Double) in Int((pt / 72 * dpi).rounded()) }
        let left = found.map(\.line.xMin).min()!
        let (top, bottom) = (found.map(\.line.yMin).min()!, found.map(\.line.yMax).max()!)
        var unruled = 0
        for y in px(top + 2)..<px(bottom - 2) {
            let dark = (px(column.lowerBound)..<px(left - 2)).contains { pixels[y * w + $0] < 170 }
            if !dark { unruled += 1 }
        }
        #expect(unruled == 0, "\(lang): \(unruled) rows of the quote have no rule at their left")
    }
}
