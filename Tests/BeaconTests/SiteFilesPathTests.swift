import BeaconContent
import Foundation
import PropertyBased
import Testing

/// Listing a site's files takes a path as it is where standardizing it would change nothing;
/// the answer must be Foundation's `standardizedFileURL.path` for every path.
@Suite struct SiteFilesPathTests {
    @Test func standardizedPathIsFoundations() async {
        let parts = Gen.element(of: ["a", "b.md", ".", "..", "", "~", "中文", "a b", "%20", ".hidden", "x.", "...", "c"])
            .compactMap { $0 }.array(of: 0...6)
        await propertyCheck(count: FrontMatterPropertyTests.count * 10, input: parts) { parts in
            for path in ["/" + parts.joined(separator: "/"), "/tmp/" + parts.joined(separator: "/"), "/tmp/" + parts.joined(separator: "/") + "/"] {
                let url = URL(fileURLWithPath: path)
                #expect(standardizedPath(url) == url.standardizedFileURL.path, "\(path.debugDescription)")
            }
        }
    }

    @Test func aListedFileIsRelativeToTheSite() {
        let root = URL(fileURLWithPath: "/tmp/site")
        #expect(relative(URL(fileURLWithPath: "/tmp/site/content/cases/a.md"), to: root) == "content/cases/a.md")
        #expect(relative(URL(fileURLWithPath: "/tmp/site/content/../static/x.png"), to: root) == "static/x.png")
        #expect(relative(URL(fileURLWithPath: "/tmp/other/a.md"), to: root) == "/tmp/other/a.md")
    }
}
