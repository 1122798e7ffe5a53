/// Writes diagnostics the way a clerk can act on them: location, the line with a caret,
/// what is wrong and how to fix it; colours only on a terminal; at most `limit` shown.
public struct DiagnosticFormatter: Sendable {
    public var color: Bool
    public var limit: Int

    public init(color: Bool, limit: Int = 20) {
        self.color = color
        self.limit = limit
    }

    private func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    public func format(_ d: Diagnostic) -> String {
        let label = d.severity == .error ? paint("error", "1;31") : paint("warning", "1;33")
        var out = "\(paint(d.location, "1")): \(label): \(d.message)"
        if let full = d.excerpt, let line = d.line {
            let (excerpt, shownColumn) = Self.window(full, column: d.column)
            let gutter = String(line)
            let pad = String(repeating: " ", count: gutter.count)
            out += "\n \(pad) |\n \(gutter) | \(excerpt)"
            if let column = shownColumn, column >= 1 {
                let prefix = excerpt.prefix(column - 1).map { $0 == "\t" ? "\t" : String(repeating: " ", count: $0.displayWidth) }.joined()
                out += "\n \(pad) | \(prefix)\(paint("^", "1;32"))"
            }
        }
        if let hint = d.hint, !hint.isEmpty { out += "\n  = \(paint("fix", "1;36")): \(hint)" }
        return out
    }

    /// At most `width` characters of a long line (a minified or binary-looking file), around
    /// `column`, with `…` where text was left out; returns the column within what is shown.
    static func window(_ line: String, column: Int?, width: Int = 120) -> (String, Int?) {
        let chars = Array(line)
        guard chars.count > width else { return (line, column) }
        let col = max(1, min(column ?? 1, chars.count + 1))
        let start = max(0, min(col - 1 - width / 3, chars.count - width))
        let end = min(chars.count, start + width)
        let head = start > 0 ? "…" : ""
        let tail = end < chars.count ? "…" : ""
        return (head + String(chars[start..<end]) + tail, column.map { _ in col - start + head.count })
    }

    /// Errors first, then warnings, each group in file order; capped at `limit` with a count of the rest.
    public func report(_ diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sortedForReport()
        var lines = sorted.prefix(limit).map(format)
        if sorted.count > limit { lines.append("… and \(sorted.count - limit) more problem(s) not shown.") }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        lines.append("\(errors) error(s), \(warnings) warning(s).")
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
