/// Writes diagnostics the way a clerk can act on them: location, the line with a caret,
/// what is wrong and how to fix it; colours only on a terminal; at most `limit` shown.
public struct DiagnosticFormatter: Sendable {
    public var color: Bool
    public var limit: Int
    /// The language the report is written in, and where its words come from.
    public var language: Language
    public var catalog: MessageCatalog

    /// `language` defaults to the one the user reads (`catalog.language`).
    public init(color: Bool, limit: Int = 20, language: Language? = nil, catalog: MessageCatalog = .shared) {
        self.color = color
        self.limit = limit
        self.language = language ?? catalog.language
        self.catalog = catalog
    }

    /// `message` in the report's language.
    func say(_ message: Message) -> String { message.text(in: language, catalog: catalog) }

    func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    public func format(_ d: Diagnostic) -> String {
        let label = d.severity == .error ? paint(say("error"), "1;31") : paint(say("warning"), "1;33")
        var out = "\(paint(d.location, "1")): \(label): \(say(d.what))"
        if let full = d.excerpt, let line = d.line {
            let gutter = String(line)
            let pad = String(repeating: " ", count: gutter.count)
            let (excerpt, column) = Self.window(full, column: d.column)
            out += "\n \(pad) |\n \(gutter) | \(excerpt)"
            if let column, column >= 1 {
                let prefix = excerpt.prefix(column - 1).map { $0 == "\t" ? "\t" : String(repeating: " ", count: $0.displayWidth) }.joined()
                out += "\n \(pad) | \(prefix)\(paint("^", "1;32"))"
            }
        }
        if let hint = d.fix.map(say), !hint.isEmpty {
            // A hint of several lines (a block to paste) stays inside the problem's block.
            let lines = hint.split(separator: "\n", omittingEmptySubsequences: false)
            let fix = say("fix")
            let indent = String(repeating: " ", count: 6 + fix.reduce(0) { $0 + $1.displayWidth })
            out += "\n  = \(paint(fix, "1;36")): " + lines.joined(separator: "\n" + indent)
        }
        return out
    }

    /// Widest excerpt shown, in terminal columns; a longer line (a whole Chinese paragraph)
    /// is cut to the part around the column, with `…` where it was cut.
    public static let excerptColumns = 100

    /// The part of `line` to show, and the column of the caret within it.
    static func window(_ line: String, column: Int?) -> (String, Int?) {
        let chars = Array(line)
        let width = chars.reduce(0) { $0 + $1.displayWidth }
        guard width > excerptColumns else { return (line, column) }
        let at = max(0, min((column ?? 1) - 1, chars.count))
        var start = at, end = at, used = 0
        // Grow around the caret, a third of the room before it and the rest after.
        while start > 0, used + chars[start - 1].displayWidth <= excerptColumns / 3 { start -= 1; used += chars[start].displayWidth }
        while end < chars.count, used + chars[end].displayWidth <= excerptColumns { used += chars[end].displayWidth; end += 1 }
        var shown = String(chars[start..<end])
        var caret = column.map { $0 - start }
        if start > 0 { shown = "…" + shown; caret = caret.map { $0 + 1 } }
        if end < chars.count { shown += "…" }
        return (shown, caret)
    }

    /// Errors first, then warnings, each group in file order; capped at `limit` with a count of the rest.
    public func report(_ diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sortedForReport()
        var lines = sorted.prefix(limit).map(format)
        if sorted.count > limit { lines.append(say("… and \(sorted.count - limit) more problem(s) not shown.")) }
        // Counted as shown: the same problem found twice (a leaflet's zh and en editions) is one.
        let errors = sorted.filter { $0.severity == .error }.count
        let warnings = sorted.count - errors
        // A failed build without warnings says only its errors (`0 warning(s)` read as one more thing to look into).
        lines.append(warnings == 0 && errors > 0 ? say("\(errors) error(s).") : say("\(errors) error(s), \(warnings) warning(s)."))
        return lines.joined(separator: "\n\n")
    }
}

extension Array where Element == Diagnostic {
    /// Errors before warnings, then by file, line and column; duplicates removed.
    public func sortedForReport() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return filter { seen.insert($0).inserted }.sorted {
            if $0.severity != $1.severity { return $0.severity < $1.severity }
            if ($0.file ?? "") != ($1.file ?? "") { return ($0.file ?? "") < ($1.file ?? "") }
            if ($0.line ?? 0) != ($1.line ?? 0) { return ($0.line ?? 0) < ($1.line ?? 0) }
            return ($0.column ?? 0) < ($1.column ?? 0)
        }
    }
}

extension Character {
    /// Terminal columns: 2 for East Asian wide characters, else 1.
    public var displayWidth: Int {
        guard let v = unicodeScalars.first?.value else { return 1 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
