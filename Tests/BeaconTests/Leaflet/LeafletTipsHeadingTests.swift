import BeaconCore
@testable import BeaconLeaflet
import Foundation
import Testing

/// One short case on an A4: the stock tips run on to the back under their heading set again.
/// However the back is spread, the heading stays with its first point (clerk6: 防骗要点 about
/// 30 mm above the point under it, a heading cut from its block).
@Suite struct LeafletTipsHeadingTests {
    static var files: [String: String?] {
        ["content/leaflets/summer.yaml": """
            format: a4
            title: {zh: 反诈防骗 从我做起, en: Stop fraud before it starts}
            cases: [fake-police-call]
            stats: 2022-h1
            slogans: all
            """]
    }

    /// Built once for the suite.
    static let dir = Result { try LeafletFixture.build(files, only: "summer").dir.appendingPathComponent("leaflets") }

    @Test func theTipsHeadingSitsCloseAboveItsFirstPointOnEachSide() throws {
        let dir = try Self.dir.get()
        var headings = 0
        for (lang, heading) in [("zh", "防骗要点"), ("en", "Know the signs")] {
            let pdf = try PDFLayout(dir.appendingPathComponent("summer.\(lang).pdf"))
            for (page, blocks) in pdf.pages.enumerated() {
                let lines = blocks.flatMap(\.lines)
                for h in lines where h.text.trimmingCharacters(in: .whitespaces) == heading {
                    headings += 1
                    // The first line under the heading in its column.
                    let under = lines.filter { abs($0.xMin - h.xMin) < 30 && $0.yMin > h.yMax - 1 }.min { $0.yMin < $1.yMin }
                    guard let next = under else { Issue.record("\(lang) page \(page + 1): nothing under «\(heading)»"); continue }
                    // At most a line and a half of the point's own text between them.
                    let gap = next.yMin - h.yMax
                    #expect(gap <= 1.5 * next.height, "\(lang) page \(page + 1): «\(heading)» is \(Int(gap)) pt above «\(next.text)» (its lines are \(Int(next.height)) pt)")
                }
            }
        }
        // The tips start on the front and go on overleaf: their heading is on both sides.
        try #require(headings >= 4, "\(headings) tips headings in the two PDFs: the fixture no longer runs the tips overleaf")
    }

    /// Every language of a leaflet prints the same stock tips (docs/leaflets.md), counted in the
    /// PDF as the lines that start with the bullet. The English edition, sharing the Chinese
    /// plan, was set again with 3 of the 8 its own plan printed: a tip holding “customer
    /// service” (bound by a no-break space) was not counted as printed.
    @Test func bothLanguagesPrintTheSameTips() throws {
        let dir = try Self.dir.get()
        var counts: [String: Int] = [:]
        for lang in ["zh", "en"] {
            let pdf = try PDFLayout(dir.appendingPathComponent("summer.\(lang).pdf"))
            counts[lang] = pdf.pages.flatMap { $0.flatMap(\.lines) }.filter { $0.text.hasPrefix("•") }.count
        }
        #expect(counts["zh"] == counts["en"], "tips printed: \(counts)")
        #expect((counts["zh"] ?? 0) > 0, "the fixture prints no tips")
    }
}
