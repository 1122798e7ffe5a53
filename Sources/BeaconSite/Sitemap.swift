import BeaconCore

/// `sitemap.xml` with every page's language versions as `xhtml:link` alternates.
enum Sitemap {
    static func render(_ pages: [RenderedPage], urls: SiteURLs) -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
        for p in pages.filter(\.inSitemap).sorted(by: { $0.path < $1.path }) {
            out += "  <url>\n    <loc>\(HTML.escape(urls.absolute(p.path)))</loc>\n"
            if let d = p.lastModified { out += "    <lastmod>\(d.iso)</lastmod>\n" }
            if p.alternates.count > 1 {
                for (code, path) in p.alternates.sorted(by: { $0.key < $1.key }) {
                    let lang = urls.language(code)
                    out += "    <xhtml:link rel=\"alternate\" hreflang=\"\(lang.bcp47)\" href=\"\(HTML.escape(urls.absolute(path)))\"/>\n"
                }
            }
            out += "  </url>\n"
        }
        return out + "</urlset>\n"
    }
}
