/// YAML errors libyaml words for programmers, said as a clerk needs them. A key indented more
/// than the key above it (`en:` at three spaces under `zh:` at two, `title:` at one under
/// `format:`) is "mapping values are not allowed in this context" to libyaml, whose `: ` Beacon
/// took for one inside a value ("Put the whole value in quotes"): clerk7's leaflet got that
/// wrong fix, and in Chinese the parser's English untranslated.
extension YAMLDocument {
    /// The error for a key on line `number` of `text` (1-based) indented more than the key on
    /// the line above it, which has its value on its own line; nil when the line is not such a key.
    static func misindentedKey(problem: String, line number: Int, text: String, file: String, lineOffset: Int) -> Diagnostic? {
        guard problem.contains("mapping values are not allowed") || problem.contains("did not find expected key") else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard lines.indices.contains(number - 1), let (key, indent) = keyStart(lines[number - 1]) else { return nil }
        // The line above that holds something (blank lines and comments do not count).
        guard let above = lines[..<(number - 1)].lastIndex(where: { !$0.allSatisfy(\.isWhitespace) && !$0.drop { $0 == " " }.hasPrefix("#") }),
              let (aboveKey, aboveIndent) = keyStart(lines[above]), indent > aboveIndent else { return nil }
        // A key with no value opens a map: the lines under it are indented, rightly.
        let value = lines[above].drop { $0 == " " }.dropFirst(aboveKey.count + 1).drop { $0 == " " }
        guard !value.isEmpty, !value.hasPrefix("#"), !value.hasPrefix("|"), !value.hasPrefix(">") else { return nil }
        let fix: Message = aboveIndent == 0
            ? "Start `\(key):` at the beginning of the line, like `\(aboveKey):` on line \(lineOffset + above + 1)."
            : "Indent `\(key):` by \(aboveIndent) space(s), like `\(aboveKey):` on line \(lineOffset + above + 1)."
        var d = Diagnostic.error(file, line: lineOffset + number, column: indent + 1,
                                 "Line \(lineOffset + number) is indented more than the key above it (\(indent) space(s) before `\(key):`, \(aboveIndent) before `\(aboveKey):`): keys of one map line up.",
                                 hint: fix)
        d.excerpt = String(lines[number - 1])
        return d
    }

    /// The key a line starts with (`en` of `   en: Online love`, `title` of `title:`) and the
    /// spaces before it; nil for a list item, a comment, a quoted key or a line without `: `.
    static func keyStart(_ line: Substring) -> (String, Int)? {
        let indent = line.prefix { $0 == " " }.count
        let content = line.dropFirst(indent)
        guard let first = content.first, !"-#\"'{[&*!|>".contains(first) else { return nil }
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let after = content[content.index(after: colon)...]
        guard after.isEmpty || after.first == " " else { return nil }
        let key = content[..<colon]
        guard !key.isEmpty, key.count <= 40 else { return nil }
        return (String(key), indent)
    }

    /// libyaml's problem said in words a clerk reads, in the user's language; nil for one
    /// Beacon has no words for (shown as libyaml says it).
    static func problemText(_ problem: String) -> Message? {
        if problem.contains("mapping values are not allowed") { return "a `: ` where no `key: value` can start" }
        if problem.contains("did not find expected key") { return "a line that does not line up with the lines above it" }
        if problem.contains("did not find expected '-' indicator") { return "a list item that does not line up with the items above it" }
        if problem.contains("found character that cannot start any token") { return "a character that cannot start a value" }
        if problem.contains("found unexpected end of stream") { return "the file ends inside a quote" }
        if problem.contains("could not find expected ':'") { return "a key without its `:`" }
        if problem.contains("did not find expected ',' or '}'") { return "a `{` not closed with `}`" }
        if problem.contains("did not find expected ',' or ']'") { return "a `[` not closed with `]`" }
        if problem.contains("did not find expected node content") { return "a value is missing" }
        return nil
    }
}
