@testable import BeaconLeaflet
import Foundation
import Testing

/// A leaflet lists cases by slug (SPEC §7), and a slug may come from `slug:` in front matter
/// rather than the file name (SPEC §2). Such a case must still be printed, in each language.
@Suite struct LeafletCaseSlugTests {
    /// The fixture's health-products case moved to files named `talk-2022…`: the Chinese one
    /// gives its slug in front matter, the English one has none, so only the file name pairs them.
    static var renamed: [String: String?] {
        let zh = LeafletFixture.files["content/cases/health-products-elderly.zh.md"]!
            .replacingOccurrences(of: "fraud_type: health-products\n", with: "fraud_type: health-products\nslug: health-products-elderly\n")
        let en = LeafletFixture.files["content/cases/health-products-elderly.en.md"]!
        return ["content/cases/health-products-elderly.zh.md": nil, "content/cases/health-products-elderly.en.md": nil,
                "content/cases/talk-2022.zh.md": zh, "content/cases/talk-2022.en.md": en]
    }

    @Test func aCaseWhoseSlugIsSetInFrontMatterIsPrintedInEveryLanguage() throws {
        let (dir, _, _) = try LeafletFixture.build(Self.renamed)
        let zh = try pdfText(dir.appendingPathComponent("leaflets/summer.zh.pdf"))
        let en = try pdfText(dir.appendingPathComponent("leaflets/summer.en.pdf"))
        #expect(zh.contains("老人听“养生讲座”买天价保健品"))
        #expect(en.contains("Ahealthtalkthatsoldanoldwomanoverpricedsupplements"))
        let warnings = LeafletFixture.warnings(try LeafletFixture.site(Self.renamed))
        #expect(!warnings.contains { $0.message.contains("health-products-elderly") }, "\(warnings.map(\.message))")
    }

    @Test func aMissingTranslationOfSuchACaseNamesTheFileToWrite() throws {
        var extra = Self.renamed
        extra["content/cases/talk-2022.en.md"] = .some(nil)
        let (dir, _, _) = try LeafletFixture.build(extra)
        // Printed from the Chinese file rather than left out.
        #expect(try pdfText(dir.appendingPathComponent("leaflets/summer.en.pdf")).contains("老人听“养生讲座”买天价保健品"))
        let warnings = LeafletFixture.warnings(try LeafletFixture.site(extra))
        let w = try #require(warnings.first { $0.message.contains("`health-products-elderly` has no `en` version") })
        #expect(w.hint?.contains("content/cases/talk-2022.en.md") == true)
        #expect(!warnings.contains { $0.message.contains("no `zh` version") })
    }
}
