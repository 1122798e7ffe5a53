import Foundation
import Testing

/// Every character a leaflet prints has ink on the printed page, not only in the text layer:
/// Cairo 1.16 drops a subroutine of 如 from its font subsets (`CFFSubroutineKeeper`), and
/// `pdftotext` would still find the character.
@Suite struct LeafletGlyphInkTests {
    /// A leaflet whose intro begins with 如: its first character sits at the start of a word
    /// box of `pdftotext -bbox`, so its place on the rendered page is known.
    @Test func ruPrintsWithInkAndTheKeeperLeavesNoText() throws {
        let dir = try LeafletFixture.build([
            "content/leaflets/notice.yaml": """
                format: a5
                title: {zh: 致老年朋友的一封信, en: A letter to our older residents}
                intro: {zh: 如果接到陌生来电要求转账，请先挂断再核实。, en: "If a stranger calls and asks for money, hang up and check."}
                cases: [health-products-elderly]
                slogans: [1]
                """,
        ], only: "notice").dir.appendingPathComponent("leaflets")
        let pdf = dir.appendingPathComponent("notice.zh.pdf")
        let text = try Tool.run("pdftotext", [pdf.path, "-"])
        #expect(text.contains("如果接到"))
        #expect(!text.contains("Ã"), "the keeper glyph must not be on any page")
        // The word box that begins with 如, and the page it is on.
        var found: (page: Int, x: Double, y: Double, width: Double, height: Double)?
        for page in 1...2 where found == nil {
            let html = try Tool.run("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-bbox", pdf.path, "-"])
            for line in html.split(separator: "\n") where line.contains(">如果") {
                let characters = line.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }.count
                func attr(_ name: String) -> Double? {
                    guard let r = line.range(of: "\(name)=\"") else { return nil }
                    return Double(line[r.upperBound...].prefix { $0 != "\"" })
                }
                if let x = attr("xMin"), let x1 = attr("xMax"), let y = attr("yMin"), let y1 = attr("yMax"), characters > 0 {
                    found = (page, x, y, (x1 - x) / Double(characters), y1 - y)
                    break
                }
            }
        }
        let word = try #require(found, "no word box begins with 如")
        // Render the first character's box (nine tenths of a character's share of the word's
        // width, so none of the next one) at 144 dpi and count its dark pixels.
        let scale = 2.0
        let width = Int((word.width * 0.9 * scale).rounded()), height = Int((word.height * scale).rounded())
        let prefix = dir.appendingPathComponent("ru").path
        _ = try Tool.run("pdftoppm", ["-f", "\(word.page)", "-l", "\(word.page)", "-r", "144", "-gray", "-singlefile",
                                      "-x", "\(Int(word.x * scale))", "-y", "\(Int(word.y * scale))", "-W", "\(width)", "-H", "\(height)",
                                      pdf.path, prefix])
        let pgm = try Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm"))
        // P5 header: magic, width, height, maximum, each followed by one whitespace byte.
        var fields = 0, at = 0
        while fields < 4, at < pgm.count { if pgm[at] == 0x0A || pgm[at] == 0x20 { fields += 1 }; at += 1 }
        let dark = pgm[at...].filter { $0 < 128 }.count
        #expect(dark > width, "如 printed as blank: \(dark) dark pixels in its \(width)×\(height) box")
    }
}
