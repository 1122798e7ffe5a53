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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeFirst()
        for (i, line) in lines.enumerated() where line.trimmingCharacters(in: .whitespaces) == "---" || line.hasPrefix("...") && line.trimmingCharacters(in: .whitespaces) == "..." {
            let yaml = lines[0..<i].joined(separator: "\n")
            let body = lines[(i + 1)...].joined(separator: "\n")
            return FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: i + 3)
        }
        throw Diagnostic.error(source.path, line: 1, column: 1,
                               "The front matter is never closed: the first line is `---` but no later line is.",
                               hint: "Add a line with just `---` after the last setting, before the text starts.")
    }
}
