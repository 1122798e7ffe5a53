import BeaconCore

/// `sitemap.xml` with every page's language versions as `xhtml:link` alternates.
enum Sitemap {
    /// Written as UTF-8 bytes: interpolating and appending strings line by line took 10 M
    /// instructions per 1,100 pages. It runs after the pages, when nothing else is left to
    /// run, so the entries are written in parts on all cores and joined in order.
    static func render(_ pages: [RenderedPage], urls: SiteURLs) -> String {
        let listed = pages.filter(\.inSitemap).sorted { $0.path < $1.path }
        let partSize = max(64, (listed.count + 15) / 16)
        let parts = ParallelMap.map(Array(stride(from: 0, to: listed.count, by: partSize))) { start in
            entries(listed[start..<min(start + partSize, listed.count)], urls: urls)
        }
        var out: [UInt8] = []
        out.reserveCapacity(256 + parts.reduce(0) { $0 + $1.count })
        func add(_ s: StaticString) { s.withUTF8Buffer { out.append(contentsOf: $0) } }
        add("""
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """)
        for part in parts { out += part }
        add("</urlset>\n")
        return String(decoding: out, as: UTF8.self)
    }

    /// The `<url>` entries of these pages, in their order.
    private static func entries(_ pages: ArraySlice<RenderedPage>, urls: SiteURLs) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(pages.count * 320)
        func add(_ s: StaticString) { s.withUTF8Buffer { out.append(contentsOf: $0) } }
        func add(_ s: String) { out.append(contentsOf: s.utf8) }
        for p in pages {
            add("  <url>\n    <loc>")
            add(HTML.escape(urls.absolute(p.path)))
            add("</loc>\n")
            if let d = p.lastModified {
                add("    <lastmod>")
                add(d.iso)
                add("</lastmod>\n")
            }
            if p.alternates.count > 1 {
                for (code, path) in p.alternates.sorted(by: { $0.key < $1.key }) {
                    add("    <xhtml:link rel=\"alternate\" hreflang=\"")
                    add(urls.language(code).bcp47)
                    add("\" href=\"")
                    add(HTML.escape(urls.absolute(path)))
                    add("\"/>\n")
                }
            }
            add("  </url>\n")
        }
        return out
    }
}
