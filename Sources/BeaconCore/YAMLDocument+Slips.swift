/// Typing slips that YAML itself reports in its own words, on the wrong line: a key followed by
/// a full-width colon `：` (the colon a Chinese input method types), indentation with tabs and
/// a number with thousands separators inside `{…}`. Found before YAML reads the text, so the
/// error names the character, its line and column, in the user's language.
extension YAMLDocument {
    static let fullWidthColon: Character = "："

    /// Every slip in `text`, one per line at most; empty when there is none.
    static func slips(in text: String, file: String, lineOffset: Int) -> [Diagnostic] {
        mayHaveSlips(text) ? slipsLineByLine(in: text, file: file, lineOffset: lineOffset) : []
    }

    /// `slips(in:)` without the quick look first (`YAMLSlipPropertyTests` check that it finds
    /// nothing where the quick look sees nothing to find).
    static func slipsLineByLine(in text: String, file: String, lineOffset: Int) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var blockIndent: Int?   // inside a `|` or `>` block: the indentation of the key that opened it
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let lineNumber = lineOffset + index + 1
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            let content = line.dropFirst(indent.count)
            if content.isEmpty || content.hasPrefix("#") { continue }
            let spaces = indent.prefix { $0 == " " }.count
            if let opened = blockIndent {
                if spaces > opened { continue }   // text of the block: anything goes
                blockIndent = nil
            }
            // Most lines hold nothing a slip needs (the quick look, line by line): only whether
            // they open a `|` or `>` block matters.
            guard line.utf8.withContiguousStorageIfAvailable(mayHaveSlips) ?? true else {
                if content.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ">") }), opensBlockScalar(content) { blockIndent = spaces }
                continue
            }
            if indent.contains("\t") {
                let column = indent.firstIndex(of: "\t").map { line.distance(from: line.startIndex, to: $0) + 1 } ?? 1
                found.append(slip(file, lineNumber, column, String(line),
                                  "This line is indented with a tab. YAML only accepts spaces for indentation.",
                                  hint: "Delete the tab at the start of the line and indent with spaces instead, lined up with the lines above (two spaces per level)."))
                continue
            }
            if let (key, column) = keyBeforeFullWidthColon(line) {
                found.append(slip(file, lineNumber, column, String(line),
                                  "`\(key)` is followed by a full-width colon `：` (typed in Chinese input mode), so YAML does not see a setting here.",
                                  hint: "Replace `：` with the ordinary colon `:` followed by a space: `\(key): …`. Switch the input method to English (half-width) to type it."))
                continue
            }
            if let (typed, digits, column) = separatedNumberInBraces(line) {
                found.append(slip(file, lineNumber, column, String(line),
                                  "`\(typed)` is written with thousands separators; inside `{…}` YAML reads each comma as the end of the value, so only `\(typed.prefix { $0 != "," })` would be kept.",
                                  hint: "Write the digits only: `\(digits)`. Beacon writes 万, 亿 and the separators itself."))
                continue
            }
            if let figure = typedFigureInBraces(line) {
                let kept = figure.typed.prefix { $0 != "," && $0 != "，" }
                let fix: Message = figure.approx
                    ? (figure.key == "value"
                        ? "Write the digits only, with `approx: true` for 余 (more than): `{value: \(figure.digits), approx: true}`. Beacon writes 万, 亿, 余, the unit and the separators itself."
                        : "Write the digits only, with `approx: true` for 余 (more than): `\(figure.key): {value: \(figure.digits), approx: true}`. Beacon writes 万, 亿, 余, the unit and the separators itself.")
                    : "Write the digits only: `{\(figure.key): \(figure.digits)}`. Beacon writes 万, 亿, the unit and the separators itself."
                found.append(slip(file, lineNumber, figure.column, String(line),
                                  "`\(figure.typed)` is written with a comma; inside `{…}` YAML reads each comma as the end of the value, so only `\(kept)` would be kept.",
                                  hint: fix))
                continue
            }
            if content.contains(where: { $0 == "|" || $0 == ">" }), opensBlockScalar(content) { blockIndent = spaces }
        }
        return found
    }

    /// Whether `text` holds what a slip needs: a tab, a `：` (EF BC 9A) right after an ASCII
    /// key character (spaces between allowed), or a `{` with a comma (`,` or `，`, EF BC 8C).
    /// Nothing to look for in most front matter; one pass over the bytes (a Chinese summary's
    /// `，` or `警方提示：` alone used to send it through the line-by-line walk).
    static func mayHaveSlips(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(mayHaveSlips)
    }

    /// `mayHaveSlips` of the UTF-8 bytes of a text or of one line.
    static func mayHaveSlips(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var brace = false, comma = false
        let n = bytes.count
        var i = 0
        while i < n {
            switch bytes[i] {
            case 0x09: return true
            case UInt8(ascii: "{"): brace = true
            case UInt8(ascii: ","): comma = true
            case 0xEF where i + 2 < n && bytes[i + 1] == 0xBC:
                if bytes[i + 2] == 0x9A, followsKeyCharacter(bytes, i) { return true }
                if bytes[i + 2] == 0x8C { comma = true }
            default: break
            }
            i += 1
        }
        return brace && comma
    }

    /// Whether the byte before `end`, spaces skipped, can end a key as `keyBeforeFullWidthColon`
    /// reads one (an ASCII letter, digit, `_` or `-`): a `：` after Chinese text is no slip.
    static func followsKeyCharacter(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        var j = end - 1
        while j >= 0, bytes[j] == 0x20 { j -= 1 }
        guard j >= 0 else { return false }
        let c = bytes[j]
        return (0x30...0x39).contains(c) || (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
    }

    private static func slip(_ file: String, _ line: Int, _ column: Int, _ excerpt: String, _ message: Message, hint: Message) -> Diagnostic {
        var d = Diagnostic.error(file, line: line, column: column, message, hint: hint)
        d.excerpt = excerpt
        return d
    }

    /// `title：…`, `- zh：…` or `title: {zh：…`: an ASCII key at the start of the line or of a
    /// `{…}` entry, then `：` (spaces between allowed), outside quotes. Returns the key and the
    /// 1-based column of the `：`.
    static func keyBeforeFullWidthColon(_ line: Substring) -> (String, Int)? {
        guard line.contains(fullWidthColon) else { return nil }
        var quote: Character?
        var keyStart: String.Index?
        var canStartKey = true        // at the line start, after `- `, or starting an entry of `{…}`
        var brackets: [Character] = []
        var previous: Character = ":" // the last character that is not a space; `:` stands for the line start
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            defer { if c != " " { previous = c }; i = line.index(after: i) }
            if let q = quote {
                if c == q { quote = nil }
                continue
            }
            if (c == "\"" || c == "'") && ":{[,-".contains(previous) {
                // A quoted value or key: what is inside is text.
                quote = c
                canStartKey = false
                keyStart = nil
            } else if c == fullWidthColon {
                if let start = keyStart {
                    let key = line[start..<i].trimmingSpaces()
                    if !key.isEmpty && !key.contains(" ") {
                        return (key, line.distance(from: line.startIndex, to: i) + 1)
                    }
                }
                keyStart = nil
                canStartKey = false
            } else if c == ":" {
                // A real key: what follows is its value, where only a `{…}` entry can hold a key.
                keyStart = nil
                canStartKey = false
            } else if c == " " {
                if keyStart != nil {
                    // `title ：` is still the slip; `a b：` is a sentence.
                    let rest = line[i...].drop { $0 == " " }
                    if rest.first != fullWidthColon { keyStart = nil; canStartKey = false }
                }
            } else if c == "-" && canStartKey && keyStart == nil {
                // `- zh：…`: a list item; the key may follow.
            } else if c == "{" || c == "[" {
                brackets.append(c)
                canStartKey = c == "{"
                keyStart = nil
            } else if c == "}" || c == "]" {
                _ = brackets.popLast()
                canStartKey = false
                keyStart = nil
            } else if c == "," {
                canStartKey = brackets.last == "{"
                keyStart = nil
            } else if c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "-") {
                if keyStart == nil {
                    // Keys start with a letter: `- 138：…` in a list is text, not a setting.
                    if canStartKey && (c.isLetter || c == "_") { keyStart = i } else { canStartKey = false }
                }
            } else {
                keyStart = nil
                canStartKey = false
            }
        }
        return nil
    }

    /// `{value: 32,600,000}` or `[…, x: 1,234]`: a value of digits in groups of three, inside
    /// braces or brackets, after `key:`. Returns what was typed, the digits and its column.
    static func separatedNumberInBraces(_ line: Substring) -> (String, String, Int)? {
        guard line.contains(","), line.contains("{") else { return nil }
        return firstColonInBraces(line) { _, valueStart in
            var value = line[valueStart...].prefix { $0.isASCII && ($0.isNumber || $0 == ",") }
            while value.last == "," { value = value.dropLast() }
            let groups = value.split(separator: ",", omittingEmptySubsequences: false)
            let after = line[value.endIndex...].first { $0 != " " }
            guard groups.count >= 2, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
                  after == nil || after == "}" || after == "," else { return nil }
            return (String(value), groups.joined(), line.distance(from: line.startIndex, to: valueStart) + 1)
        }
    }

    /// `{value: 3,260万元}` or `{value: 4,400余万, approx: true}`: a figure typed as in a report,
    /// with a comma, inside braces after `key:`, which YAML would cut at the comma. Returns what
    /// was typed, the exact digits, whether 余 (more than) was written, the key and the column.
    static func typedFigureInBraces(_ line: Substring) -> (typed: String, digits: String, approx: Bool, key: String, column: Int)? {
        guard line.contains("{") else { return nil }
        return firstColonInBraces(line) { key, valueStart in
            guard let key else { return nil }
            // Digits, separators and the words of a figure (万元, 余, full-width digits): no ASCII letter, space, `}` or `:`.
            var value = line[valueStart...].prefix { $0.isNumber || $0 == "," || $0 == "，" || $0 == "." || $0 == "+" || (!$0.isASCII && !$0.isWhitespace && $0 != "：") }
            while value.last == "," || value.last == "，" { value = value.dropLast() }
            let after = line[value.endIndex...].first { $0 != " " }
            guard isGroupedByThousands(value), after == nil || after == "}" || after == ",",
                  let figure = TypedFigure(String(value)), Int(figure.digits) != nil || figure.digits.contains(".") else { return nil }
            return (String(value), figure.digits, figure.approx, String(key), line.distance(from: line.startIndex, to: valueStart) + 1)
        }
    }

    /// Walks `line` as a flow collection (quotes, `{`/`[` depth) and offers `match` every `:`
    /// inside braces or brackets: the plain key right before it (ASCII letters, digits, `_`,
    /// `-`), if any, and where its value starts (after spaces). The first non-nil answer wins.
    private static func firstColonInBraces<T>(_ line: Substring, _ match: (_ key: Substring?, _ valueStart: String.Index) -> T?) -> T? {
        var depth = 0
        var quote: Character?
        var keyStart: String.Index?
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "{" || c == "[" {
                depth += 1
                keyStart = nil
            } else if c == "}" || c == "]" {
                depth -= 1
                keyStart = nil
            } else if c == ":" && depth > 0 {
                let valueStart = line[line.index(after: i)...].firstIndex { $0 != " " } ?? line.endIndex
                if let found = match(keyStart.map { line[$0..<i] }, valueStart) { return found }
                keyStart = nil
            } else if c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "-") {
                if keyStart == nil { keyStart = i }
            } else {
                keyStart = nil
            }
            i = line.index(after: i)
        }
        return nil
    }

    /// `3,260万元`, `４，４００余万`: digits in groups of three after the first (1 to 3 digits),
    /// so a list such as `96110，110` is not taken for a figure.
    static func isGroupedByThousands(_ value: Substring) -> Bool {
        let groups = value.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "，" })
        // Not `isNumber`: 万, 千 and 亿 are numerals to Unicode.
        func isDigit(_ c: Character) -> Bool { TypedFigure.halfWidth(c).isPlainDigit }
        guard groups.count >= 2, (1...3).contains(groups[0].count), groups[0].allSatisfy(isDigit) else { return false }
        return groups.dropFirst().allSatisfy { g in
            g.prefix(3).count == 3 && g.prefix(3).allSatisfy(isDigit) && !(g.dropFirst(3).first.map(isDigit) ?? false)
        }
    }

    /// `summary: |`, `text: >-`, `- |`: the lines after it, indented further, are text.
    static func opensBlockScalar(_ content: Substring) -> Bool {
        var s = content
        if let hash = s.range(of: " #") { s = s[..<hash.lowerBound] }
        let trimmed = s.trimmingSpaces()
        guard let last = trimmed.split(separator: " ").last else { return false }
        guard let first = last.first, first == "|" || first == ">" else { return false }
        guard last.dropFirst().allSatisfy({ "+-0123456789".contains($0) }) else { return false }
        return trimmed == String(last) || trimmed.hasPrefix("-") || trimmed.dropLast(last.count).hasSuffix(": ")
    }
}
