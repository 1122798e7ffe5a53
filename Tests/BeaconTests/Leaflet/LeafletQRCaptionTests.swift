@testable import BeaconLeaflet
import Foundation
import Testing

/// The words under a leaflet's QR code say where it leads, read back from the PDFs: "read the
/// whole case" under a code on a leaflet of three cases left a reader to guess which one (it
/// leads to the first).
@Suite struct LeafletQRCaptionTests {
    /// Leaflet name → (its YAML, the caption in Chinese, in English; spaces removed).
    static let leaflets: [String: (yaml: String, zh: String, en: String)] = [
        "one": ("format: a5\ntitle: {zh: 一案, en: One}\ncases: [fake-police-call]\n",
                "扫码阅读案例全文", "Scantoreadthewholecase"),
        "three": ("format: a4-trifold\ntitle: {zh: 三案, en: Three}\ncases: [task-rebate-student, fake-police-call, health-products-elderly]\n",
                  "扫码阅读典型案例一全文", "ScantoreadCase1infull"),
        "second": ("format: a4\ntitle: {zh: 两案, en: Two}\ncases: [task-rebate-student, fake-police-call]\nqr: \"@/cases/fake-police-call.md\"\n",
                   "扫码阅读典型案例二全文", "ScantoreadCase2infull"),
        "elsewhere": ("format: a5\ntitle: {zh: 别案, en: Elsewhere}\ncases: [task-rebate-student]\nqr: \"@/cases/fake-police-call.md\"\n",
                      "扫码了解更多", "Scantolearnmore"),
    ]

    static let built = Result { () throws -> URL in
        var extra: [String: String?] = ["content/leaflets/summer.yaml": nil]
        for (name, l) in leaflets { extra["content/leaflets/\(name).yaml"] = l.yaml }
        return try LeafletFixture.build(extra).dir.appendingPathComponent("leaflets")
    }

    /// However narrow the caption, the case's kicker is not split (`Scan to read Case / 1 in full`
    /// was printed under an A4's code).
    @Test func theCasesKickerStaysOnOneLine() throws {
        let words = LeafletWords(try LeafletFixture.site().language(.en))
        let caption = LeafletQR.caseCaption(0, of: 3, words: words)
        let engine = TextEngine(languageTag: "en")
        engine.leafletRules = true
        var broken = 0
        for width in stride(from: 40.0, through: 160.0, by: 4.0) {
            let lines = TextLayout(caption, style: TextStyle(size: 8, alignment: .centre), width: width, engine: engine).lines
                .map { $0.text.trimmingCharacters(in: .whitespaces) }
            broken += lines.count - 1
            for (a, b) in zip(lines, lines.dropFirst()) {
                #expect(!(a.hasSuffix("Case") && b.first?.isNumber == true), "\(width) pt: «\(a)» / «\(b)»")
            }
        }
        #expect(broken > 0, "the caption is set on more than one line somewhere")
    }

    @Test(arguments: leaflets.keys.sorted(), ["zh", "en"])
    func theCaptionSaysWhereTheCodeLeads(_ name: String, _ language: String) throws {
        let text = try pdfText(Self.built.get().appendingPathComponent("\(name).\(language).pdf")).withoutWhitespace
        let want = try #require(Self.leaflets[name])
        #expect(text.contains(language == "zh" ? want.zh : want.en), "\(name).\(language)")
        // The case's kicker on one line, however narrow the caption (`Scan to read Case / 1 in full`).
        if language == "en", let n = want.en.firstMatch(of: /Case(\d)/)?.1 {
            let lines = try PDFLayout(Self.built.get().appendingPathComponent("\(name).en.pdf")).pages.flatMap { $0.flatMap(\.lines) }
            #expect(lines.contains { $0.text.contains("Case \(n)") || $0.text.contains("Case\u{A0}\(n)") }, "\(name).en: \(lines.filter { $0.text.contains("Scan") || $0.text.contains("full") }.map(\.text))")
        }
        if name != "one" {
            #expect(!text.contains("扫码阅读案例全文") && !text.contains("Scantoreadthewholecase"), "\(name).\(language)")
        }
    }
}
