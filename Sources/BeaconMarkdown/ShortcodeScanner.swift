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

    /// The Markdown with placeholders, the tags found, and problems (an unclosed tag).
    static func scan(_ markdown: String) -> (text: String, found: [Found], problems: [Diagnostic]) {
        guard markdown.contains("{{<") else { return (markdown, [], []) }
        var out = ""
        var found: [Found] = []
        var problems: [Diagnostic] = []
        var line = 1
        var lineStart = markdown.startIndex
        var i = markdown.startIndex
        while i < markdown.endIndex {
            let ch = markdown[i]
            if ch == "{", markdown[i...].hasPrefix("{{<") {
                let column = markdown[lineStart..<i].count + 1
                let innerStart = markdown.index(i, offsetBy: 3)
                let lineEnd = markdown[i...].firstIndex(of: "\n") ?? markdown.endIndex
                if let close = markdown[innerStart..<lineEnd].range(of: ">}}") {
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
                    i = close.upperBound
                    continue
                }
                problems.append(.error(nil, line: line, column: column, "A shortcode starts with `{{<` but is not closed with `>}}` on the same line.",
                                       hint: "Close it on the same line, e.g. `{{< stat cases_filed >}}`."))
            }
            if ch == "\n" { line += 1; lineStart = markdown.index(after: i) }
            out.append(ch)
            i = markdown.index(after: i)
        }
        return (out, found, problems)
    }
}
