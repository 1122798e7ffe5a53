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
}
