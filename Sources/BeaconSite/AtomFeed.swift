import BeaconContent
import BeaconCore

/// The Atom feed of one language: the newest bulletins and cases, absolute URLs throughout.
struct AtomFeed {
    let items: PageItems
    let urls: SiteURLs
    static let size = 20

    /// - Parameter listed: `site.listed(nil, language: lang)`, which the website has made
    ///   already for its lists (sorting every page again cost 6 M instructions a language).
    func render(_ lang: Language, listed: [ContentPage]) -> String {
        let site = items.site
        // A bulletin or case with no version in this language is listed too, marked (SPEC §3).
        let entries = listed.prefix(Self.size)
        let updated = entries.compactMap(\.date).max() ?? site.pages.compactMap(\.date).max() ?? Day.y2000
        let e = HTML.escape
        // No description, no subtitle: an empty one shows as a blank line in feed readers.
        let subtitle = site.config.description.map { "\n  <subtitle>\(e($0.text(lang)))</subtitle>" } ?? ""
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(lang.bcp47)">
          <title>\(e(site.config.title.text(lang)))</title>\(subtitle)
          <link rel="self" type="application/atom+xml" href="\(e(urls.absolute(urls.feed(lang))))"/>
          <link rel="alternate" type="text/html" href="\(e(urls.absolute(urls.home(lang))))"/>
          <id>\(e(urls.absolute(urls.home(lang))))</id>
          <updated>\(updated.rfc3339)</updated>
          <author><name>\(e(site.config.office?.text(lang) ?? site.config.title.text(lang)))</name></author>

        """
        for p in entries {
            let url = urls.absolute(urls.page(p))
            let date = (p.date ?? updated).rfc3339
            // Summary and text stay in the page's own language: say which.
            let xmlLang = p.language == lang ? "" : " xml:lang=\"\(e(p.language.bcp47))\""
            out += """
              <entry>
                <title>\(e(items.listTitle(p, in: lang)))</title>
                <link rel="alternate" type="text/html" href="\(e(url))"/>
                <id>\(e(url))</id>
                <published>\(date)</published>
                <updated>\(date)</updated>
                <summary\(xmlLang)>\(e(items.summary(p)))</summary>
                <content type="html"\(xmlLang)>\(e(absolutize(items.input.bodies[p.id]?.html ?? "")))</content>
              </entry>

            """
        }
        return out + "</feed>\n"
    }

    /// Feed readers show content away from the site: root-relative links must become absolute.
    func absolutize(_ html: String) -> String {
        let origin = Array(urls.absolute("/").dropLast(urls.config.basePath.count + 1).utf8)
        // By bytes, in one pass (Foundation's replacingOccurrences took a millisecond a page).
        let bytes = Array(html.utf8)
        let patterns = [Array("href=\"".utf8), Array("src=\"".utf8)]
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        var i = 0
        scan: while i < bytes.count {
            if bytes[i] == UInt8(ascii: "h") || bytes[i] == UInt8(ascii: "s") {
                for p in patterns where i + p.count < bytes.count && bytes[i + p.count] == UInt8(ascii: "/")
                    && bytes[i..<(i + p.count)].elementsEqual(p) {
                    out += p
                    out += origin
                    i += p.count
                    continue scan
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
