@testable import BeaconBuild
@testable import BeaconSite
import Foundation
import Testing

/// `beacon build --relative` (SPEC §5): every internal address relative to its page and
/// leading to a file, so `public/` works opened from disk; the absolute ones stay absolute.
@Suite struct RelativeBuildTests {
    /// Every `href`, `src`, `action` and `srcset` address of an HTML file, read with a pattern
    /// of its own (not the rewriter's scanner), with the tag's `rel`.
    static func addresses(_ html: String) -> [(attribute: String, value: String, tag: String)] {
        let tag = try! NSRegularExpression(pattern: "<[a-zA-Z][^>]*>")
        let attribute = try! NSRegularExpression(pattern: "\\s(href|src|action|srcset|content)=\"([^\"]*)\"")
        var out: [(String, String, String)] = []
        let ns = html as NSString
        for t in tag.matches(in: html, range: NSRange(location: 0, length: ns.length)) {
            let text = ns.substring(with: t.range)
            for a in attribute.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)) {
                out.append(((text as NSString).substring(with: a.range(at: 1)), (text as NSString).substring(with: a.range(at: 2)), text))
            }
        }
        return out
    }

    @Test func everyInternalAddressIsRelativeAndLeadsToAFile() throws {
        var files = Fixtures.bilingual
        files["static/images/map.png"] = "png"
        files["content/pages/about.zh.md"] = page("title: 关于\nmenu: true\nweight: 3", "![地图](/images/map.png)\n\n[回到顶部](#top) [热线](@/pages/hotline.md#call)")
        let site = try TestSite(files)
        defer { site.remove() }
        try site.build { $0.relative = true }
        var pages = 0
        for (path, data) in try site.snapshot() where path.hasSuffix(".html") {
            pages += 1
            let folder = (path as NSString).deletingLastPathComponent
            for (attribute, value, tag) in Self.addresses(String(decoding: data, as: UTF8.self)) {
                if attribute == "content" {
                    if tag.contains("og:url") { #expect(value.hasPrefix("https://example.gov.cn/fanzha/"), "\(path): \(tag)") }
                    continue
                }
                if tag.contains("rel=\"canonical\"") || tag.contains("rel=\"alternate\"") {
                    #expect(value.hasPrefix("https://example.gov.cn/fanzha/"), "\(path): \(tag) stays absolute")
                    continue
                }
                if value.isEmpty || value.hasPrefix("#") || value.hasPrefix("https://") || value.hasPrefix("mailto:") || value.hasPrefix("tel:") { continue }
                #expect(!value.hasPrefix("/"), "\(path): \(attribute)=\"\(value)\" is not relative")
                let file = String(value.prefix { $0 != "#" && $0 != "?" })
                let target = ((folder as NSString).appendingPathComponent(file) as NSString).standardizingPath
                var isDir: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: site.output.appendingPathComponent(target).path, isDirectory: &isDir)
                #expect(exists && !isDir.boolValue, "\(path): \(attribute)=\"\(value)\" leads to no file")
            }
        }
        #expect(pages > 20)
        let about = try site.read("about/index.html")
        #expect(about.contains("src=\"../images/map.png\""))
        #expect(about.contains("href=\"../hotline/index.html#call\""))
        #expect(try site.read("en/cases/rebate/index.html").contains("href=\"../../../cases/rebate/index.html\""))
        // The search index's addresses are relative to the search page.
        #expect(try site.read("en/search/index.js").contains("\"u\":\"../cases/rebate/index.html\""))
    }

    @Test func aNormalBuildKeepsRootRelativeAddresses() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        try site.build()
        #expect(try site.read("en/cases/rebate/index.html").contains("href=\"/fanzha/cases/rebate/\""))
        #expect(try site.read("en/search/index.js").contains("\"u\":\"/fanzha/en/cases/rebate/\""))
    }

    @Test(arguments: [
        ("/fanzha/cases/x/", "en/cases/y/index.html", "../../../cases/x/index.html"),
        ("/fanzha/", "index.html", "index.html"),
        ("/fanzha", "en/index.html", "../index.html"),
        ("/fanzha/assets/css/site.css?v=1", "cases/index.html", "../assets/css/site.css?v=1"),
        ("/fanzha/cases/x/#advice", "cases/x/index.html", "index.html#advice"),
        ("/elsewhere/", "index.html", nil),
        ("//cdn.example.com/x.js", "index.html", nil),
        ("https://example.gov.cn/fanzha/", "index.html", nil),
    ] as [(String, String, String?)])
    func addressesBecomeRelativeToTheirPage(_ url: String, _ file: String, _ expected: String?) {
        #expect(RelativeLinks.relative(url, from: file, basePath: "/fanzha", exists: { _ in false }) == expected)
    }

    @Test func scriptsStylesAndCommentsAreLeftAlone() {
        let html = "<a href=\"/fanzha/x/\">x</a><script>var u = \"<a href='/fanzha/y/'>\";</script><!-- <a href=\"/fanzha/z/\"> --><img alt='a > b' src='/fanzha/i.png'>"
        let out = RelativeLinks.rewrite(html: html, file: "cases/index.html", basePath: "/fanzha", exists: { _ in false })
        #expect(out == "<a href=\"../x/index.html\">x</a><script>var u = \"<a href='/fanzha/y/'>\";</script><!-- <a href=\"/fanzha/z/\"> --><img alt='a > b' src='../i.png'>")
    }
}
