import BeaconCore
import Foundation
import Testing

/// Content kept in subfolders (`content/bulletins/2024/…`, as Zola users do): an `@/` link
/// names the file's path under content/ (SPEC §3), translations pair within their folder, and
/// the page is still published at `/bulletins/<slug>/` (SPEC §5).
@Suite struct SubfolderContentTests {
    static let files = [
        "content/bulletins/2024/radio.zh.md": page("title: 广播提示\ndate: 2024-01-05", "每天广播两次。"),
        "content/bulletins/2024/radio.en.md": page("title: Radio reminders\ndate: 2024-01-05", "Twice a day."),
        "content/pages/contact.zh.md": page("title: 联系我们", "见[广播](@/bulletins/2024/radio.md)。"),
        "content/pages/contact.en.md": page("title: Contact", "See [radio](@/bulletins/2024/radio.md)."),
    ]

    @Test func aLinkByTheFilesPathFindsItInEachLanguage() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        #expect(site.exists("bulletins/radio/index.html") && site.exists("en/bulletins/radio/index.html"))
        #expect(try site.read("contact/index.html").contains("href=\"/fanzha/bulletins/radio/\""))
        #expect(try site.read("en/contact/index.html").contains("href=\"/fanzha/en/bulletins/radio/\""))
        // The pair in the subfolder is one page in two languages.
        #expect(try site.read("bulletins/radio/index.html").contains("hreflang=\"en\" href=\"https://example.gov.cn/fanzha/en/bulletins/radio/\""))
    }

    @Test func aLinkWithoutTheSubfolderNamesThePathToWrite() throws {
        var files = Self.files
        files["content/pages/contact.zh.md"] = page("title: 联系我们", "见[广播](@/bulletins/radio.md)。")
        let site = try TestSite(files)
        defer { site.remove() }
        let d = try #require(site.failures().first)
        #expect(d.file == "content/pages/contact.zh.md")
        #expect(d.hint?.contains("`@/bulletins/2024/radio.md`") == true, "\(d.message) / \(d.hint ?? "")")
    }
}
