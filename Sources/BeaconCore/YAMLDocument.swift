import Yams

/// Parses a user's YAML with errors that name the file and the line.
public enum YAMLDocument {
    /// Yams's `Parser.Encoding.default` reads the whole process environment on every call
    /// (a tenth of the load step on 11,000 files): read it once.
    nonisolated(unsafe) static let encoding = Parser.Encoding.default

    /// The root of the YAML in `text`; an empty document gives an empty mapping.
    /// - Parameters:
    ///   - lineOffset: lines of the file before `text` (front matter), added to every line reported.
    public static func parse(_ text: String, file: String, lineOffset: Int = 0) throws -> YAMLValue {
        let slips = slips(in: text, file: file, lineOffset: lineOffset)
        if slips.count == 1 { throw slips[0] }
        if !slips.isEmpty { throw BuildFailure(slips) }
        if let node = PlainYAML.mapping(text) { return YAMLValue(node: node, file: file, lineOffset: lineOffset, text: text) }
        try guardAgainstAliasBombs(text, file: file, lineOffset: lineOffset)
        do {
            let node = try Yams.compose(yaml: text, .default, .default, encoding) ?? Node.mapping(Node.Mapping([]))
            try guardAgainstExpansion(node, text: text, file: file, lineOffset: lineOffset)
            return YAMLValue(node: node, file: file, lineOffset: lineOffset, text: text)
        } catch let d as Diagnostic {
            throw d
        } catch let error as YamlError {
            throw diagnostic(error, file: file, lineOffset: lineOffset, text: text)
        } catch {
            throw Diagnostic.error(file, line: lineOffset + 1, "The YAML cannot be read: \(error)")
        }
    }

    /// More aliases than any real site uses make "billion laughs" files expand without limit;
    /// refuse them before composing.
    static func guardAgainstAliasBombs(_ text: String, file: String, lineOffset: Int) throws {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return }
        var aliases = 0
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            aliases += aliasCount(line)
            if aliases > maxAliases {
                throw Diagnostic.error(file, line: lineOffset + i + 1,
                                       "The YAML uses more than \(maxAliases) aliases (`*name`); Beacon refuses such files because they can expand without limit.",
                                       hint: "Write the values out instead of repeating them through anchors and aliases.")
            }
        }
    }

    static let maxAliases = 200

    /// `*name` tokens of a line: a `*` at the start of a value (after a space, `[`, `{`, `,`, `-`
    /// or `:`) followed by a name character. Quoted text may be over-counted, which is harmless.
    static func aliasCount(_ line: Substring) -> Int {
        var count = 0
        var previous: UInt8 = UInt8(ascii: " ")
        var afterStar = false
        for b in line.utf8 {
            if afterStar, b != UInt8(ascii: "*"), b != UInt8(ascii: " "), b != UInt8(ascii: "\t") { count += 1 }
            afterStar = b == UInt8(ascii: "*") && [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "["), UInt8(ascii: "{"),
                                                  UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: ":")].contains(previous)
            previous = b
        }
        return count
    }

    /// Composed aliases share their node, so a few dozen of them can stand for billions of values
    /// that every later walk over the tree would visit. Count the values as a reader sees them,
    /// stopping as soon as there are far more than the text could hold without aliases.
    static func guardAgainstExpansion(_ root: Node, text: String, file: String, lineOffset: Int) throws {
        guard text.utf8.contains(UInt8(ascii: "*")) else { return }
        let budget = max(10_000, text.utf8.count * 4)
        var stack = [root]
        var seen = 0
        while let node = stack.popLast() {
            seen += 1
            if seen > budget {
                let firstAlias = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { aliasCount($0) > 0 } ?? 0
                throw Diagnostic.error(file, line: lineOffset + firstAlias + 1,
                                       "The YAML's anchors and aliases (`&name`, `*name`) expand to more than \(budget) values; Beacon refuses such files because they can grow without limit (a \"billion laughs\" file).",
                                       hint: "Write the values out instead of repeating them through anchors and aliases.")
            }
            switch node {
            case .mapping(let m):
                for (k, v) in m { stack.append(k); stack.append(v) }
            case .sequence(let s):
                stack.append(contentsOf: s)
            case .scalar, .alias:
                break
            }
        }
    }

    static func diagnostic(_ error: YamlError, file: String, lineOffset: Int, text: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if let d = misindentedKey(problem: problem, line: mark.line, text: text, file: file, lineOffset: lineOffset) { return d }
            // libyaml's own words are English for programmers; its context (`while parsing a
            // block mapping`) says nothing to a clerk once the problem is in plain words.
            let message: Message = if let said = problemText(problem) { "The YAML is broken: \(said)" }
                else { context.map { "The YAML is broken: \(problem) (\($0.text))" } ?? "The YAML is broken: \(problem)" }
            var d = Diagnostic.error(file, line: mark.line + lineOffset, column: mark.column, message,
                                     hint: hint(for: problem))
            d.excerpt = text.line(mark.line)
            return d
        case .duplicatedKeysInMapping(let duplicates, let context):
            var d = Diagnostic.error(file, line: context.mark.line + lineOffset, column: context.mark.column,
                                     "The key \(duplicates.map { "`\($0)`" }.joined(separator: ", ")) is written twice.",
                                     hint: "Keep one of the two lines.")
            d.excerpt = text.line(context.mark.line)
            return d
        case .reader(let problem, _, _, _):
            return .error(file, line: lineOffset + 1, "The YAML cannot be read: \(problem)", hint: "Save the file as UTF-8 text.")
        default:
            return .error(file, line: lineOffset + 1, "The YAML cannot be read: \(error)")
        }
    }

    static func hint(for problem: String) -> Message {
        if problem.contains("mapping values are not allowed") {
            return "A value contains `: `. Put the whole value in quotes, e.g. `title: \"通报: 九月\"`."
        }
        if problem.contains("found character that cannot start any token") {
            return "Values starting with `@`, `` ` `` or a tab must be quoted; indent with spaces, not tabs."
        }
        if problem.contains("did not find expected key") || problem.contains("block end") {
            return "Check the indentation: items of one list or map must line up, with spaces only."
        }
        if problem.contains("found unexpected end of stream") || problem.contains("quoted scalar") {
            return "A quote is opened and never closed; close it on the same line."
        }
        return "Check the line and the one before it: indentation with spaces, a space after each `:` and `-`, quotes closed."
    }
}
