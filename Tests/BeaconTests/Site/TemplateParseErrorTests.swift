import BeaconCore
import Foundation
import Testing

/// A site's own template that does not parse is one error: its path, the line and column of
/// the tag at fault, what is wrong in plain words and the fix; never also "no such template".
@Suite struct TemplateParseErrorTests {
    static let path = "themes/default/templates/case.mustache"

    static func builtin() throws -> String {
        try String(contentsOf: TestSite.themeSource.appendingPathComponent("templates/case.mustache"), encoding: .utf8)
    }

    /// The one error of a build with `template` as the site's case.mustache; public/ unchanged.
    func refused(_ template: String) throws -> Diagnostic {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        try site.build()
        let before = try site.snapshot()
        try site.write(Self.path, template)
        let problems = site.failures()
        #expect(try site.snapshot() == before, "a refused build changed public/")
        try #require(problems.count == 1, "expected one error, got \(problems.map(\.description))")
        #expect(!problems[0].what.english.contains("has no"))
        #expect(problems[0].file == Self.path)
        return problems[0]
    }

    @Test func aMistypedClosingNameNamesBothTags() throws {
        let d = try refused(try Self.builtin().replacingOccurrences(of: "{{/hasRelated}}", with: "{{/hasRelate}}"))
        #expect(d.line == 23 && d.column == 1)
        #expect(d.what.english == "The section `{{#hasRelated}}` opened on line 18 is closed by `{{/hasRelate}}`, which has another name.")
        #expect(d.fix?.english == "Close it with `{{/hasRelated}}`, or correct the name in one of the two tags.")
    }

    @Test func anUnclosedSectionPointsAtItsOpening() throws {
        let d = try refused("<p>\n  {{#title}}unclosed\n</p>\n")
        #expect(d.line == 2 && d.column == 3)
        #expect(d.what.english == "The section `{{#title}}` is never closed.")
        #expect(d.fix?.english == "Add `{{/title}}` where the section should end.")
    }

    @Test func aStrayClosingTag() throws {
        let d = try refused("<p>{{title}}</p>{{/title}}\n")
        #expect(d.line == 1 && d.column == 17)
        #expect(d.what.english == "`{{/title}}` closes a section that is not open here.")
        #expect(d.fix?.english == "Delete it, or open the section before it with `{{#title}}`.")
    }

    @Test func anUnfinishedTag() throws {
        let d = try refused(try Self.builtin().replacingOccurrences(of: "<h1>{{title}}</h1>", with: "<h1>{{title}</h1>"))
        #expect(d.line == 6)
        #expect(d.what.english == "This tag is not finished: a name of letters, digits, `_`, `-` or `.` must be followed by `}}`.")
        #expect(d.fix?.english == "Close the tag with `}}`, e.g. `{{title}}`, and check for a missing or extra brace.")
    }
}
