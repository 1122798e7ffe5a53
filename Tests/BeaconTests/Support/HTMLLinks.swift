import Foundation

/// Reads `href` and `src` attribute values out of HTML; enough to check links in tests.
enum HTMLLinks {
    static func all(in html: String) -> [String] {
        var out: [String] = []
        for attr in ["href=\"", "src=\""] {
            var rest = html[...]
            while let r = rest.range(of: attr) {
                let after = rest[r.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                out.append(String(after[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = after[end...]
            }
        }
        return out
    }

    /// The output file a root-relative link under `basePath` points to, or nil for other links.
    static func file(for link: String, basePath: String) -> String? {
        var path = link
        if let hash = path.firstIndex(of: "#") { path = String(path[..<hash]) }
        if let q = path.firstIndex(of: "?") { path = String(path[..<q]) }
        guard path.hasPrefix(basePath + "/") else { return nil }
        path = String(path.dropFirst(basePath.count + 1))
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        return path.removingPercentEncoding ?? path
    }
}
