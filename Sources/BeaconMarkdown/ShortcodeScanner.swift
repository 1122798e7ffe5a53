import BeaconCore

/// Finds `{{< … >}}` tags in Markdown and swaps each for a placeholder word that cmark keeps
/// intact, so shortcodes work in any inline position and those inside code stay literal.
struct ShortcodeScanner {
    struct Found {
        let shortcode: Shortcode
        let placeholder: String
    }

    /// Placeholders are letters and digits only, so cmark neither escapes nor splits them.
    static func placeholder(_ i: Int) -> String { "BEACONSHORTCODE\(i)X" }

    /// Whether `{{<` occurs at all, by a plain byte scan (most bodies have no shortcode).
    static func hasOpening(_ markdown: String) -> Bool {
        var braces = 0
        for b in markdown.utf8 {
            if b == UInt8(ascii: "<"), braces >= 2 { return true }
            braces = b == UInt8(ascii: "{") ? braces + 1 : 0
        }
        return false
    }

    /// The Markdown with placeholders, the tags found, and problems (an unclosed tag).
    static func scan(_ markdown: String) -> (text: String, found: [Found], problems: [Diagnostic]) {
        guard hasOpening(markdown) else { return (markdown, [], []) }
        var out = ""
        var found: [Found] = []
        var problems: [Diagnostic] = []
        var line = 1
        // Column and line end are kept as the scan goes, and a line known to have no `>}}` left is
        // not searched again, so a line of thousands of tags stays linear (it was quadratic).
        var column = 1
        var lineEnd: String.Index?
        var noCloseFrom: String.Index?
        var i = markdown.startIndex
        while i < markdown.endIndex {
            let ch = markdown[i]
            if ch == "{", markdown[i...].hasPrefix("{{<") {
                let innerStart = markdown.index(i, offsetBy: 3)
                let end = lineEnd ?? (markdown[i...].firstIndex(of: "\n") ?? markdown.endIndex)
                lineEnd = end
                let close = noCloseFrom.map { innerStart >= $0 } == true ? nil : markdown[innerStart..<end].range(of: ">}}")
                if let close {
                    let source = String(markdown[i..<close.upperBound])
                    let inner = String(markdown[innerStart..<close.lowerBound])
                    if let sc = Shortcode.parse(inner: inner, source: source, line: line, column: column) {
                        let p = placeholder(found.count)
                        found.append(Found(shortcode: sc, placeholder: p))
                        out += p
                    } else {
                        problems.append(.error(nil, line: line, column: column, "The shortcode `\(source)` has no name.",
                                               hint: "Write e.g. `{{< stat cases_filed >}}`."))
                        out += source
                    }
                    column += source.count
                    i = close.upperBound
                    continue
                }
                if noCloseFrom == nil { noCloseFrom = innerStart }
                problems.append(.error(nil, line: line, column: column, "A shortcode starts with `{{<` but is not closed with `>}}` on the same line.",
                                       hint: "Close it on the same line, e.g. `{{< stat cases_filed >}}`."))
            }
            if ch == "\n" {
                line += 1
                column = 1
                lineEnd = nil
                noCloseFrom = nil
            } else {
                column += 1
            }
            out.append(ch)
            i = markdown.index(after: i)
        }
        return (out, found, problems)
    }
}
