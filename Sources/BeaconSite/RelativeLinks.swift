import BeaconCore
import Foundation

/// `beacon build --relative` (SPEC §5): every internal link, stylesheet, script and image of
/// every HTML file rewritten relative to that file, and a folder address (`/cases/x/`) to its
/// `index.html`, so a `public/` copied to a USB stick works opened from disk (`file://`), where
/// no server turns a folder into its index page. Only root-relative addresses under the site's
/// `base_url` path change: absolute ones (canonical, hreflang, Open Graph, feed) stay as they
/// are, and so do fragments (`#main`), `mailto:` and `tel:`.
///
/// Done on the finished HTML rather than in every template, so Markdown links, charts, theme
/// overrides and pages other parts add are all covered by one rule.
public enum RelativeLinks {
    /// Attributes whose value is one address.
    static let urlAttributes: Set<String> = ["href", "src", "action", "poster", "data", "formaction", "xlink:href", "cite"]

    /// The files with every `.html` file's internal addresses made relative.
    public static func rewrite(_ files: [OutputFile], basePath: String) -> [OutputFile] {
        let paths = Set(files.map(\.path))
        return ParallelMap.map(files) { file in
            guard file.path.hasSuffix(".html") else { return file }
            let html = String(decoding: file.data, as: UTF8.self)
            return OutputFile(path: file.path, text: rewrite(html: html, file: file.path, basePath: basePath, exists: paths.contains))
        }
    }

    /// One HTML document's addresses made relative to `file` (its path under the output folder).
    static func rewrite(html: String, file: String, basePath: String, exists: (String) -> Bool) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + 256)
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            rest = rest[open...]
            if rest.hasPrefix("<!--") {
                let end = rest.range(of: "-->").map(\.upperBound) ?? rest.endIndex
                out += rest[..<end]
                rest = rest[end...]
                continue
            }
            guard let tagEnd = tagEnd(rest) else { out += rest; return out }
            let tag = rest[..<tagEnd]
            out += rewriteTag(tag, file: file, basePath: basePath, exists: exists)
            rest = rest[tagEnd...]
            // Script and style bodies are not markup.
            let name = tag.dropFirst().prefix { $0.isLetter || $0.isNumber }.lowercased()
            if name == "script" || name == "style", let close = rest.range(of: "</\(name)", options: .caseInsensitive) {
                out += rest[..<close.lowerBound]
                rest = rest[close.lowerBound...]
            }
        }
        out += rest
        return out
    }

    /// The index just after the `>` closing the tag that starts `s`, minding quoted values.
    static func tagEnd(_ s: Substring) -> Substring.Index? {
        var quote: Character?
        var i = s.index(after: s.startIndex)
        while i < s.endIndex {
            let c = s[i]
            if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ">" { return s.index(after: i) }
            i = s.index(after: i)
        }
        return nil
    }

    /// A start tag with its address attributes rewritten; anything else as it was.
    static func rewriteTag(_ tag: Substring, file: String, basePath: String, exists: (String) -> Bool) -> String {
        guard tag.count > 2, tag.dropFirst().first?.isLetter == true else { return String(tag) }
        let isRefresh = tag.range(of: "http-equiv=\"refresh\"", options: .caseInsensitive) != nil
        // The tag name, then attribute by attribute: name, optional `=`, value quoted or not.
        var i = tag[tag.index(after: tag.startIndex)...].firstIndex { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == ">" || $0 == "/" } ?? tag.endIndex
        var out = String(tag[tag.startIndex..<i])
        while i < tag.endIndex {
            let c = tag[i]
            if c == " " || c == "\n" || c == "\t" || c == "/" || c == ">" || c == "\r" { out.append(c); i = tag.index(after: i); continue }
            let nameStart = i
            while i < tag.endIndex, !" \n\t\r=>/".contains(tag[i]) { i = tag.index(after: i) }
            let name = tag[nameStart..<i].lowercased()
            out += tag[nameStart..<i]
            guard i < tag.endIndex, tag[i] == "=" else { continue }
            out.append("=")
            i = tag.index(after: i)
            guard i < tag.endIndex else { break }
            var value: Substring
            var quote: Character?
            if tag[i] == "\"" || tag[i] == "'" {
                quote = tag[i]
                let start = tag.index(after: i)
                let end = tag[start...].firstIndex(of: tag[i]) ?? tag.endIndex
                value = tag[start..<end]
                i = end < tag.endIndex ? tag.index(after: end) : end
            } else {
                let start = i
                while i < tag.endIndex, !" \n\t\r>".contains(tag[i]) { i = tag.index(after: i) }
                value = tag[start..<i]
            }
            var rewritten = String(value)
            if urlAttributes.contains(name) {
                rewritten = relative(String(value), from: file, basePath: basePath, exists: exists) ?? rewritten
            } else if name == "srcset" {
                rewritten = value.split(separator: ",", omittingEmptySubsequences: false).map { part -> String in
                    let trimmed = part.drop { $0 == " " }
                    let url = trimmed.prefix { $0 != " " }
                    let lead = part.prefix(part.count - trimmed.count)
                    return lead + (relative(String(url), from: file, basePath: basePath, exists: exists) ?? String(url)) + trimmed.dropFirst(url.count)
                }.joined(separator: ",")
            } else if name == "content", isRefresh, let range = value.range(of: "url=", options: .caseInsensitive) {
                let url = String(value[range.upperBound...])
                rewritten = value[..<range.upperBound] + (relative(url, from: file, basePath: basePath, exists: exists) ?? url)
            }
            if let quote { out.append(quote); out += rewritten; out.append(quote) } else { out += rewritten }
        }
        return out
    }

    /// `url` relative to the folder of `file`, or nil when it is not a root-relative address
    /// inside the site. A folder address gains `index.html`; so does an address without an
    /// extension that names a folder with an index page.
    static func relative(_ url: String, from file: String, basePath: String, exists: (String) -> Bool) -> String? {
        guard url.hasPrefix("/"), !url.hasPrefix("//") else { return nil }
        let cut = url.firstIndex { $0 == "?" || $0 == "#" } ?? url.endIndex
        var path = String(url[..<cut])
        let suffix = url[cut...]
        if !basePath.isEmpty {
            guard path == basePath || path.hasPrefix(basePath + "/") else { return nil }
            path = String(path.dropFirst(basePath.count))
        }
        var target = path.isEmpty ? "" : String(path.dropFirst())
        if target.isEmpty || target.hasSuffix("/") {
            target += "index.html"
        } else if !exists(target), exists(target + "/index.html") {
            target += "/index.html"
        }
        let from = file.split(separator: "/").dropLast().map(String.init)
        let to = target.split(separator: "/").map(String.init)
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        return (up + to[common...]).joined(separator: "/") + suffix
    }
}
