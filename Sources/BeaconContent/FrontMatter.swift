import BeaconCore

/// Splits a Markdown file into its YAML front matter (between `---` lines) and its body.
public struct FrontMatter: Sendable {
    /// The YAML between the fences, without them.
    public let yaml: String
    /// 1-based line of the file on which the YAML starts (the line after the opening `---`).
    public let yamlLine: Int
    public let body: String
    /// 1-based line of the file on which the body starts.
    public let bodyLine: Int

    /// Finds the front matter of `source`; a file without one, or with an unclosed one, is an error.
    public static func split(_ source: SourceText) throws -> FrontMatter {
        let text = source.text
        guard text.hasPrefix("---\n") || text == "---" || text.hasPrefix("---  \n") || text.hasPrefix("--- \n") else {
            throw Diagnostic.error(source.path, line: 1, column: 1,
                                   "The file does not start with front matter (a `---` line, the settings, then another `---` line).",
                                   hint: "Add at the top:\n---\ntitle: …\ndate: 2021-10-31\n---")
        }
        // Walk the lines without splitting the whole file: the body can be long.
        let utf8 = text.utf8
        guard var lineStart = utf8.firstIndex(of: UInt8(ascii: "\n")).map({ utf8.index(after: $0) }) else {
            throw Diagnostic.error(source.path, line: 1, column: 1,
                                   "The front matter is never closed: the first line is `---` but no later line is.",
                                   hint: "Add a line with just `---` after the last setting, before the text starts.")
        }
        let yamlStart = lineStart
        var lineNumber = 2
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            if isFence(utf8[lineStart..<lineEnd], text[lineStart..<lineEnd]) {
                let yaml = yamlStart == lineStart ? "" : String(text[yamlStart..<utf8.index(before: lineStart)])
                let body = lineEnd == utf8.endIndex ? "" : String(text[utf8.index(after: lineEnd)...])
                return FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: lineNumber + 1)
            }
            guard lineEnd < utf8.endIndex else { break }
            lineStart = utf8.index(after: lineEnd)
            lineNumber += 1
        }
        throw Diagnostic.error(source.path, line: 1, column: 1,
                               "The front matter is never closed: the first line is `---` but no later line is.",
                               hint: "Add a line with just `---` after the last setting, before the text starts.")
    }

    /// Whether a line is `---` or `...` between blanks (`.whitespaces`). An ASCII line is checked
    /// by bytes (spaces and tabs are its only blanks); Foundation trims any other, as before:
    /// trimming every front-matter line through Foundation was a tenth of loading a site.
    static func isFence(_ bytes: Substring.UTF8View, _ line: Substring) -> Bool {
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            let fence = line.trimmingSpaces()
            return fence == "---" || fence == "..."
        }
        let core = bytes.drop(while: { $0 == 0x20 || $0 == 0x09 }).reversed().drop(while: { $0 == 0x20 || $0 == 0x09 })
        guard core.count == 3, let first = core.first, first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return false }
        return core.allSatisfy { $0 == first }
    }
}
