import Foundation

/// The `href` and `src` values of an HTML page, and how they map to output files.
enum HTMLLinks {
    /// Every `href="…"` and `src="…"` value (double or single quoted), entities `&amp;` undone.
    static func values(in html: String) -> [String] {
        var out: [String] = []
        let bytes = Array(html.utf8)
        let patterns: [[UInt8]] = [Array("href=".utf8), Array("src=".utf8)]
        var i = 0
        while i < bytes.count {
            var matched: Int?
            for p in patterns where i + p.count < bytes.count && bytes[i..<(i + p.count)].elementsEqual(p) {
                // Only a whole attribute name: `data-href=` does not count.
                if i == 0 || bytes[i - 1] == 0x20 || bytes[i - 1] == 0x0A || bytes[i - 1] == 0x09 { matched = p.count }
            }
            guard let len = matched else { i += 1; continue }
            let quote = bytes[i + len]
            guard quote == 0x22 || quote == 0x27 else { i += len; continue }
            var j = i + len + 1
            while j < bytes.count && bytes[j] != quote { j += 1 }
            out.append(String(decoding: bytes[(i + len + 1)..<min(j, bytes.count)], as: UTF8.self).replacingOccurrences(of: "&amp;", with: "&"))
            i = j + 1
        }
        return out
    }

    /// The output file a link from the page at site path `from` (`/cases/x/`) leads to, or nil
    /// for links that leave the site (other hosts, `mailto:`, in-page `#…`).
    static func outputPath(of link: String, from: String, basePath: String) -> String? {
        if link.isEmpty || link.hasPrefix("#") || link.hasPrefix("//") { return nil }
        if let colon = link.firstIndex(of: ":"), !link[..<colon].contains("/") { return nil }
        guard let base = URL(string: "http://site" + from), let url = URL(string: link, relativeTo: base) else { return nil }
        var path = url.path
        if link.hasSuffix("/") || url.absoluteString.hasSuffix("/") { if !path.hasSuffix("/") { path += "/" } }
        if link.hasPrefix("/") {
            guard basePath.isEmpty || path == basePath || path.hasPrefix(basePath + "/") else { return path }
            path = String(path.dropFirst(basePath.count))
        }
        if path.isEmpty || path.hasSuffix("/") { return String((path + "index.html").dropFirst()) }
        return String(path.dropFirst())
    }
}
