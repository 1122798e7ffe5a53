/// One problem found in a user's files: where it is, what is wrong, and how to fix it.
///
/// Every user-facing error in Beacon is a `Diagnostic`. Paths are relative to the site
/// folder so that a clerk recognises them; `line` and `column` are 1-based.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning
        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var severity: Severity
    /// Path relative to the site folder, e.g. `content/cases/task-rebate.zh.md`.
    public var file: String?
    public var line: Int?
    public var column: Int?
    /// What is wrong, in plain words; said in the user's language when shown.
    public var what: Message
    /// How to fix it; nil when there is nothing useful to say.
    public var fix: Message?
    /// The offending line of the file, shown with a caret under `column`.
    public var excerpt: String?

    public init(_ severity: Severity = .error, file: String?, line: Int? = nil, column: Int? = nil,
                message: Message, hint: Message? = nil, excerpt: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.what = message
        self.fix = hint
        self.excerpt = excerpt
    }

    public static func error(_ file: String?, line: Int? = nil, column: Int? = nil, _ message: Message,
                             hint: Message? = nil) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, column: column, message: message, hint: hint)
    }

    public static func warning(_ file: String?, line: Int? = nil, column: Int? = nil, _ message: Message,
                               hint: Message? = nil) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line, column: column, message: message, hint: hint)
    }

    /// What is wrong, in the language messages are shown in.
    public var message: String { what.description }

    /// How to fix it, in the language messages are shown in.
    public var hint: String? { fix?.description }

    /// `file:line:column` as editors and terminals link it.
    public var location: String {
        var s = file ?? "<site>"
        if let line { s += ":\(line)"; if let column { s += ":\(column)" } }
        return s
    }

    /// One plain-text block: `path:line:col: error: message` then the excerpt and the hint.
    public var description: String { DiagnosticFormatter(color: false).format(self) }

    /// Moves the diagnostic down by `lines` (front matter starts after the `---` line) and
    /// fills in the file when the lower layer did not know it.
    public func offset(lines: Int, file: String? = nil) -> Diagnostic {
        var d = self
        if let l = d.line { d.line = l + lines }
        if d.file == nil { d.file = file }
        return d
    }
}

/// A build or check that failed: every problem found, errors first.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var description: String { DiagnosticFormatter(color: false).report(diagnostics) }
}
