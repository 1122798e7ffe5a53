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

    @Test(arguments: leaflets.keys.sorted(), ["zh", "en"])
    func theCaptionSaysWhereTheCodeLeads(_ name: String, _ language: String) throws {
        let text = try pdfText(Self.built.get().appendingPathComponent("\(name).\(language).pdf")).withoutWhitespace
        let want = try #require(Self.leaflets[name])
        #expect(text.contains(language == "zh" ? want.zh : want.en), "\(name).\(language)")
        if name != "one" {
            #expect(!text.contains("扫码阅读案例全文") && !text.contains("Scantoreadthewholecase"), "\(name).\(language)")
        }
    }
}
