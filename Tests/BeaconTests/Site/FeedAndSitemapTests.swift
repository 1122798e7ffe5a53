import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct FeedAndSitemapTests {
    /// Parses XML and collects the text of every element named `name`.
    final class Collector: NSObject, XMLParserDelegate {
        let name: String
        var values: [String] = []
        var attributes: [[String: String]] = []
        private var current: String?
        init(_ name: String) { self.name = name }
        func parser(_ parser: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String] = [:]) {
            if e == name || qualifiedName == name { current = ""; attributes.append(a) }
        }
        func parser(_ parser: XMLParser, foundCharacters s: String) { current? += s }
        func parser(_ parser: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
            if e == name || qualifiedName == name, let c = current { values.append(c); current = nil }
        }
    }

    func parse(_ text: String, collecting name: String) -> (ok: Bool, collector: Collector) {
        let parser = XMLParser(data: Data(text.utf8))
        let c = Collector(name)
        parser.delegate = c
        return (parser.parse(), c)
    }

    @Test func feedsAreWellFormedWithAbsoluteURLs() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        try site.build()
        for path in ["feed.xml", "en/feed.xml"] {
            let (ok, ids) = parse(try site.read(path), collecting: "id")
            #expect(ok, "\(path) is not well-formed")
            #expect(ids.values.count >= 2)
            for id in ids.values { #expect(id.hasPrefix("https://example.gov.cn/fanzha/"), "\(id)") }
        }
        let zh = try site.read("feed.xml")
        #expect(zh.contains("<title>九月警情通报</title>"))
        #expect(!zh.contains("<subtitle>"), "a site without a description has no empty subtitle")
        #expect(zh.contains("href=&quot;https://example.gov.cn/fanzha/cases/rebate/&quot;"))
    }

    @Test func sitemapHasEveryPageWithHreflangAlternates() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        try site.build()
        let text = try site.read("sitemap.xml")
        let (ok, locs) = parse(text, collecting: "loc")
        #expect(ok)
        #expect(locs.values.contains("https://example.gov.cn/fanzha/cases/rebate/"))
        #expect(locs.values.contains("https://example.gov.cn/fanzha/en/cases/rebate/"))
        #expect(locs.values.allSatisfy { $0.hasPrefix("https://example.gov.cn/fanzha/") })
        let (_, links) = parse(text, collecting: "xhtml:link")
        #expect(links.attributes.contains { $0["hreflang"] == "en" && $0["href"] == "https://example.gov.cn/fanzha/en/cases/rebate/" })
        #expect(try site.read("robots.txt").contains("Sitemap: https://example.gov.cn/fanzha/sitemap.xml"))
    }
}
