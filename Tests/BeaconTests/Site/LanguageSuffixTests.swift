import BeaconCore
import Foundation
import Testing

/// File names carry the language (`about.en.md`). Someone used to Hugo may write a region
/// too (`about.zh-CN.md`); the error must name the site's own code, not suggest a slug.
@Suite struct LanguageSuffixTests {
    @Test(arguments: [("content/pages/contact.zh-CN.md", "contact.zh.md", false),
                      ("content/pages/contact.en_us.md", "contact.en.md", false),
                      ("content/bulletins/warning.fr.md", "warning.zh.md", true)])
    func aLanguageWithARegionOrAnUnknownCodeNamesTheSuffixToUse(_ path: String, _ rename: String, _ offersToAdd: Bool) throws {
        let site = try TestSite([path: page("title: Contact\ndate: 2024-01-01")])
        defer { site.remove() }
        let problems = site.failures()
        #expect(problems.count == 1)
        let d = try #require(problems.first)
        #expect(d.file == path)
        #expect(d.message.contains("not one of the site's languages"), "\(d.message)")
        #expect(d.hint?.contains("`\(rename)`") == true, "\(d.hint ?? "")")
        #expect(d.hint?.contains("languages:") == offersToAdd)
    }

    @Test func aDotInANameThatIsNoLanguageIsASlugProblem() throws {
        let site = try TestSite(["content/bulletins/report.v2.md": page("title: 通报\ndate: 2024-01-01")])
        defer { site.remove() }
        let d = try #require(site.failures().first)
        #expect(d.message.contains("slug"), "\(d.message)")
    }
}
