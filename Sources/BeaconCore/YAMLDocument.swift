import Yams

/// Parses a user's YAML with errors that name the file and the line.
public enum YAMLDocument {
    /// The root of the YAML in `text`; an empty document gives an empty mapping.
    /// - Parameters:
    ///   - lineOffset: lines of the file before `text` (front matter), added to every line reported.
    public static func parse(_ text: String, file: String, lineOffset: Int = 0) throws -> YAMLValue {
        try guardAgainstAliasBombs(text, file: file, lineOffset: lineOffset)
        do {
            let node = try Yams.compose(yaml: text) ?? Node.mapping(Node.Mapping([]))
            return YAMLValue(node: node, file: file, lineOffset: lineOffset, text: text)
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
            aliases += line.split(separator: " ").filter { $0.hasPrefix("*") && $0.count > 1 && !$0.hasPrefix("**") }.count
            aliases += line.components(separatedBy: ", *").count - 1
            aliases += line.components(separatedBy: "[*").count - 1
            if aliases > 200 {
                throw Diagnostic.error(file, line: lineOffset + i + 1,
                                       "The YAML uses more than 200 aliases (`*name`); Beacon refuses such files because they can expand without limit.",
                                       hint: "Write the values out instead of repeating them through anchors and aliases.")
            }
        }
    }

    static func diagnostic(_ error: YamlError, file: String, lineOffset: Int, text: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = "The YAML is broken: \(problem)"
            if let context { message += " (\(context.text))" }
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

    static func hint(for problem: String) -> String {
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
