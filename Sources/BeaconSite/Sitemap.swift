import BeaconCore

/// `sitemap.xml` with every page's language versions as `xhtml:link` alternates.
enum Sitemap {
    /// Written as UTF-8 bytes into one buffer: it runs on one core after the pages, and
    /// interpolating and appending strings line by line took 10 M instructions per 1,100 pages.
    static func render(_ pages: [RenderedPage], urls: SiteURLs) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1024 + pages.count * 320)
        func add(_ s: StaticString) { s.withUTF8Buffer { out.append(contentsOf: $0) } }
        func add(_ s: String) { out.append(contentsOf: s.utf8) }
        add("""
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """)
        for p in pages.filter(\.inSitemap).sorted(by: { $0.path < $1.path }) {
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
        add("</urlset>\n")
        return String(decoding: out, as: UTF8.self)
    }
}
