import BeaconCore
import Foundation

/// Finds `{{< … >}}` tags in Markdown and swaps each for a placeholder word that cmark keeps
/// intact, so shortcodes work in any inline position and those inside code stay literal.
struct ShortcodeScanner {
    struct Found {
        let shortcode: Shortcode
        let placeholder: String
        /// A tag written the Hugo way (`{{ stat x }}`, `{{% stat x %}}`): an error outside code,
        /// the text as written inside it.
        var mistyped = false
    }

    /// Placeholders are letters and digits only, so cmark neither escapes nor splits them.
    static func placeholder(_ i: Int) -> String { "BEACONSHORTCODE\(i)X" }

    /// Whether `{{<` (or a mistyped `{{ `, `{{%`, `{{name`) occurs at all, by a plain byte scan
    /// (most bodies have no shortcode).
    static func hasOpening(_ markdown: String) -> Bool {
        var text = markdown
        // Over the contiguous bytes, jumping from `{` to `{` (iterating `utf8` was 1% of a build).
        return text.withUTF8 { buf in
            guard let base = buf.baseAddress else { return false }
            let n = buf.count
            var i = 0
            while i + 2 < n, let hit = memchr(base + i, Int32(UInt8(ascii: "{")), n - i - 2) {
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if buf[i + 1] == UInt8(ascii: "{") {
                    let b = buf[i + 2]
                    if b == UInt8(ascii: "<") || b == UInt8(ascii: "%") || b == UInt8(ascii: " ")
                        || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) { return true }
                }
                i += 1
            }
            return false
        }
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
            if ch == "{", let (source, inner) = mistyped(markdown, at: i),
               let sc = Shortcode.parse(inner: inner, source: source, line: line, column: column) {
                let p = placeholder(found.count)
                found.append(Found(shortcode: sc, placeholder: p, mistyped: true))
                out += p
                column += source.count
                i = markdown.index(i, offsetBy: source.count)
                continue
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

    /// A tag at `i` written with Hugo's or a template's braces, `{{ stat cases_filed }}` or
    /// `{{% stat cases_filed %}}`, closed on the same line: its text and the inside as a
    /// `{{< … >}}` tag would hold it. Only a name of ASCII letters, digits, `_` and `-` counts,
    /// so other text in double braces is left alone.
    static func mistyped(_ markdown: String, at i: String.Index) -> (source: String, inner: String)? {
        let rest = markdown[i...]
        guard rest.hasPrefix("{{"), !rest.hasPrefix("{{<"), !rest.hasPrefix("{{{") else { return nil }
        let lineEnd = rest.firstIndex(of: "\n") ?? rest.endIndex
        var inner = rest[rest.index(i, offsetBy: 2)..<lineEnd]
        guard let close = inner.range(of: "}}") else { return nil }
        let source = String(rest[i..<close.upperBound])
        inner = inner[..<close.lowerBound]
        if inner.hasPrefix("%") { inner = inner.dropFirst() }
        if inner.hasSuffix("%") { inner = inner.dropLast() }
        let trimmed = inner.trimmingSpaces()
        let name = trimmed.prefix { !$0.isWhitespace }
        guard let first = name.first, first.isASCII, first.isLetter,
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }),
              !trimmed.contains("{"), !trimmed.contains("}") else { return nil }
        return (source, trimmed)
    }
}
