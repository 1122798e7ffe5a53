import Foundation

/// Turns a case's Markdown body into the plain paragraphs a leaflet prints: headings kept
/// apart so the police-advice section can be found, list items as paragraphs with a bullet,
/// inline syntax (emphasis, links, code, images, HTML) removed, shortcodes handed to
/// `shortcode` (a `{{< stat … >}}` becomes the figure, anything else disappears).
struct MarkdownText {
    enum Block: Equatable {
        case heading(String)
        case paragraph(String)
    }

    static func blocks(_ markdown: String, bullet: String, shortcode: (String) -> String?) -> [Block] {
        var out: [Block] = []
        var paragraph: [String] = []
        var inFence = false
        func flush() {
            let text = joinLines(paragraph)
            if !text.isEmpty { out.append(.paragraph(inline(text, shortcode: shortcode))) }
            paragraph = []
        }
        let withoutComments = markdown.replacingOccurrences(of: #"<!--[\s\S]*?-->"#, with: "", options: .regularExpression)
        for raw in withoutComments.components(separatedBy: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("```") || line.hasPrefix("~~~") { flush(); inFence.toggle(); continue }
            if inFence { continue }
            if line.isEmpty { flush(); continue }
            if let heading = headingText(line) { flush(); out.append(.heading(inline(heading, shortcode: shortcode))); continue }
            if line.hasPrefix("|") || line.allSatisfy({ "-*_= ".contains($0) }) { flush(); continue }
            var text = line
            while text.hasPrefix(">") { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
            if let item = listItem(text) {
                flush()
                paragraph = [bullet + item]
                continue
            }
            paragraph.append(text)
        }
        flush()
        return out
    }

    /// `## 警方提示` → `警方提示`.
    static func headingText(_ line: String) -> String? {
        guard line.hasPrefix("#") else { return nil }
        let hashes = line.prefix { $0 == "#" }.count
        guard hashes <= 6 else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        return rest.trimmingCharacters(in: CharacterSet(charactersIn: " #"))
    }

    /// `- item`, `* item`, `1. item` → `item`.
    static func listItem(_ line: String) -> String? {
        if let r = line.range(of: #"^([-*+]|\d{1,3}[.)])\s+"#, options: .regularExpression) {
            return String(line[r.upperBound...])
        }
        return nil
    }

    /// Joins the lines of a paragraph: no space between Chinese characters (a soft break in
    /// Chinese is not a space), one space between Latin words.
    static func joinLines(_ lines: [String]) -> String {
        var out = ""
        for line in lines {
            let l = line.hasSuffix("\\") ? String(line.dropLast()) : line
            if let last = out.last, let first = l.first, !(isWide(last) || isWide(first)) { out += " " }
            out += l
        }
        return out
    }

    static func isWide(_ c: Character) -> Bool { c.displayWidthIsWide }

    /// Removes inline Markdown and HTML, keeping the words a reader sees.
    static func inline(_ s: String, shortcode: (String) -> String?) -> String {
        var t = s
        // Shortcodes first, so their quotes and brackets are not taken for Markdown.
        t = replace(t, #"\{\{[<%]\s*(.*?)\s*[>%]\}\}"#) { shortcode($0[1]) ?? "" }
        t = replace(t, #"!\[[^\]]*\]\([^)]*\)"#) { _ in "" }
        t = replace(t, #"\[([^\]]*)\]\([^)]*\)"#) { $0[1] }
        t = replace(t, #"\[([^\]]*)\]\[[^\]]*\]"#) { $0[1] }
        t = replace(t, #"`([^`]*)`"#) { $0[1] }
        t = replace(t, #"</?[A-Za-z][^>]*>"#) { _ in "" }
        t = replace(t, #"(\*\*|__)(.+?)\1"#) { $0[2] }
        t = replace(t, #"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"#) { $0[1] }
        t = replace(t, #"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])"#) { $0[1] }
        t = t.replacingOccurrences(of: "~~", with: "")
        t = replace(t, #"\\([\\`*_{}\[\]()#+\-.!>|~])"#) { $0[1] }
        for (entity, char) in [("&nbsp;", "\u{00A0}"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&amp;", "&")] {
            t = t.replacingOccurrences(of: entity, with: char)
        }
        return t.trimmingCharacters(in: .whitespaces)
    }

    private static func replace(_ s: String, _ pattern: String, _ transform: ([String]) -> String) -> String {
        guard let re = try? NSRegularExpression(pattern: pattern) else { return s }
        let ns = s as NSString
        var out = ""
        var last = 0
        for m in re.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
            let groups = (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
            out += transform(groups)
            last = m.range.location + m.range.length
        }
        out += ns.substring(from: last)
        return out
    }
}

extension Character {
    /// East Asian wide (Han, kana, full-width punctuation).
    var displayWidthIsWide: Bool { displayWidth == 2 }
}
