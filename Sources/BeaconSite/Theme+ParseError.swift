import BeaconCore
import Mustache

/// A theme template that swift-mustache cannot parse, told as one error: the template's path,
/// the line and column of the tag at fault, what is wrong in plain words and how to fix it.
/// swift-mustache reports an unclosed section at the end of the file, so the sections are
/// matched here to point at the tag the editor has to change.
extension Theme {
    static func parseProblem(_ error: Error, template text: String, path: String) -> Diagnostic {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func excerpt(_ line: Int) -> String? { lines.indices.contains(line - 1) ? String(lines[line - 1]) : nil }
        func problem(_ line: Int, _ column: Int, _ what: Message, _ fix: Message) -> Diagnostic {
            var d = Diagnostic.error(path, line: line, column: column, what, hint: fix)
            d.excerpt = excerpt(line)
            return d
        }
        let parserError = error as? MustacheTemplate.ParserError
        let kind = parserError?.error as? MustacheTemplate.Error
        let line = parserError?.context.lineNumber ?? 1
        let column = parserError?.context.columnNumber ?? 1
        switch (kind, SectionTags.firstMismatch(in: text)) {
        case (.sectionCloseNameIncorrect?, .wrongClose(let open, let close)?):
            return problem(close.line, close.column,
                           "The section `\(open.tag)` opened on line \(open.line) is closed by `\(close.tag)`, which has another name.",
                           "Close it with `{{/\(open.name)}}`, or correct the name in one of the two tags.")
        case (.sectionCloseNameIncorrect?, .strayClose(let close)?):
            return problem(close.line, close.column,
                           "`\(close.tag)` closes a section that is not open here.",
                           "Delete it, or open the section before it with `{{#\(close.name)}}`.")
        case (.expectedSectionEnd?, .unclosed(let open)?):
            return problem(open.line, open.column,
                           "The section `\(open.tag)` is never closed.",
                           "Add `{{/\(open.name)}}` where the section should end.")
        case (.unfinishedName?, _):
            return problem(line, column,
                           "This tag is not finished: a name of letters, digits, `_`, `-` or `.` must be followed by `}}`.",
                           "Close the tag with `}}`, e.g. `{{title}}`, and check for a missing or extra brace.")
        default:
            let detail = kind.map { "\($0)" } ?? "\(error)"
            return problem(line, column,
                           "This tag cannot be read (\(detail)).",
                           "Write tags as `{{name}}`, `{{#name}}…{{/name}}` or `{{> partial}}`, and check for a missing or extra brace.")
        }
    }
}

/// `{{#name}}`, `{{^name}}` and `{{/name}}` with where they stand, matched like a stack.
enum SectionTags {
    struct Tag {
        let tag: String
        let name: String
        let line: Int
        let column: Int
    }

    enum Mismatch {
        case wrongClose(open: Tag, close: Tag)
        case strayClose(Tag)
        case unclosed(Tag)
    }

    /// The first section tag that does not match, in the default `{{ }}` delimiters.
    static func firstMismatch(in text: String) -> Mismatch? {
        var stack: [Tag] = []
        var line = 1
        var column = 1
        var i = text.startIndex
        while i < text.endIndex {
            if text[i...].hasPrefix("{{"), let close = text[i...].range(of: "}}") {
                let source = String(text[i..<close.upperBound])
                let inner = source.dropFirst(2).dropLast(2).drop { $0 == " " }
                if let sigil = inner.first, "#^/$<".contains(sigil) {
                    let name = inner.dropFirst().trimmingCharacters(in: .whitespaces)
                    let tag = Tag(tag: source, name: name, line: line, column: column)
                    if sigil == "/" {
                        guard let open = stack.popLast() else { return .strayClose(tag) }
                        if open.name != name { return .wrongClose(open: open, close: tag) }
                    } else {
                        stack.append(tag)
                    }
                }
                for ch in source {
                    if ch == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                i = close.upperBound
                continue
            }
            if text[i] == "\n" { line += 1; column = 1 } else { column += 1 }
            i = text.index(after: i)
        }
        return stack.last.map { .unclosed($0) }
    }
}
