import BeaconCore

/// A `{{< name arg … key=value >}}` tag in Markdown, with where it stands in its file.
public struct Shortcode: Sendable, Hashable {
    public let name: String
    public let arguments: [String]
    public let options: [String: String]
    /// The tag exactly as written, restored when it stands inside code.
    public let source: String
    /// 1-based line and column within the Markdown text it was found in.
    public let line: Int
    public let column: Int

    /// Parses the inside of a tag (`stat cases_filed change period=2021-h1`); nil when empty.
    /// Values may be quoted with `"` to contain spaces.
    public static func parse(inner: String, source: String, line: Int, column: Int) -> Shortcode? {
        var tokens: [String] = []
        var current = ""
        var inQuotes = false
        var hasToken = false
        for ch in inner {
            if ch == "\"" { inQuotes.toggle(); hasToken = true; continue }
            if ch.isWhitespace && !inQuotes {
                if hasToken { tokens.append(current); current = ""; hasToken = false }
                continue
            }
            current.append(ch)
            hasToken = true
        }
        if hasToken { tokens.append(current) }
        guard let name = tokens.first, !name.isEmpty else { return nil }
        var args: [String] = []
        var options: [String: String] = [:]
        for token in tokens.dropFirst() {
            if let eq = token.firstIndex(of: "="), eq != token.startIndex {
                options[String(token[..<eq])] = String(token[token.index(after: eq)...])
            } else {
                args.append(token)
            }
        }
        return Shortcode(name: name, arguments: args, options: options, source: source, line: line, column: column)
    }
}

/// What a shortcode turns into: HTML for the page, plain text for summaries, feeds and LED lines.
public struct ShortcodeOutput: Sendable {
    public var html: String
    public var plain: String
    /// Block output (a chart) replaces the paragraph it stands alone in.
    public var isBlock: Bool

    public init(html: String, plain: String, isBlock: Bool) {
        self.html = html
        self.plain = plain
        self.isBlock = isBlock
    }
}

/// Renders shortcodes for a language, on a page of a date (nil: undated); the build wires
/// this to the statistics. Throw a `Diagnostic` without file or line: the Markdown renderer adds them.
public typealias ShortcodeHandler = @Sendable (Shortcode, Language, Day?) throws -> ShortcodeOutput
