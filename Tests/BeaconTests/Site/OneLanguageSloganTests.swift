import BeaconCore
import Foundation
import Testing

/// A slogan written in one language only (SPEC §6 pairs them, but a clerk adds the Chinese
/// first) appears in that language only: on the home page and leaflets as on the LED boards.
@Suite struct OneLanguageSloganTests {
    static let files = [
        "content/slogans.yaml": "- {zh: 不听不信不转账, en: \"Don't listen, don't believe, don't transfer\"}\n- zh: 只有中文的新标语\n",
        "content/leaflets/all.yaml": "format: a5\ntitle: {zh: 标语, en: Slogans}\nslogans: all\ndate: 2024-01-01\n",
        "content/leaflets/chosen.yaml": "format: a5\ntitle: {zh: 标语, en: Slogans}\nslogans: [1, 2]\ndate: 2024-01-01\n",
    ]

    @Test func theHomePageAndLeafletsShowASloganOnlyInItsOwnLanguage() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let report = try site.build()
        #expect(try site.read("index.html").contains("只有中文的新标语"))
        #expect(!(try site.read("en/index.html").contains("只有中文的新标语")))
        for name in ["all", "chosen"] {
            #expect(try pdfText(site.output.appendingPathComponent("leaflets/\(name).zh.pdf")).contains("只有中文的新标语"))
            let en = try pdfText(site.output.appendingPathComponent("leaflets/\(name).en.pdf"))
            #expect(!en.contains("只有中文的新标语") && en.contains("Don'tlisten"), "\(name): \(en)")
        }
        // Choosing it by number is worth a word; `all` takes what each language has.
        let w = try #require(report.warnings.first { $0.message.contains("Slogan 2 has no `en` text") })
        #expect(w.file == "content/leaflets/chosen.yaml" && w.line == 3)
        #expect(!report.warnings.contains { $0.file == "content/leaflets/all.yaml" && $0.message.contains("logan") })
    }
}
