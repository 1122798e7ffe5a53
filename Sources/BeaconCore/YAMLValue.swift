import Yams

/// A node of a user's YAML file together with where it came from, so every typed read can
/// fail with the file, the line and the column of the value that is wrong.
/// `@unchecked` because Yams does not mark its `Node` Sendable; it is safe because a
/// `YAMLValue` only holds a parsed node in `let`s and nothing mutates a node after parsing.
public struct YAMLValue: @unchecked Sendable, Hashable {
    public let node: Node
    public let file: String
    /// Lines before the YAML in its file (front matter starts after the opening `---`).
    public let lineOffset: Int
    /// The YAML text, for quoting the offending line.
    public let text: String

    public init(node: Node, file: String, lineOffset: Int, text: String) {
        self.node = node
        self.file = file
        self.lineOffset = lineOffset
        self.text = text
    }

    public var line: Int? { node.mark.map { $0.line + lineOffset } }
    public var column: Int? { node.mark?.column }

    /// A diagnostic pointing at this value.
    public func error(_ message: Message, hint: Message? = nil, severity: Diagnostic.Severity = .error) -> Diagnostic {
        var d = Diagnostic(severity, file: file, line: line, column: column, message: message, hint: hint)
        if let mark = node.mark { d.excerpt = text.line(mark.line) }
        return d
    }

    func child(_ node: Node) -> YAMLValue { YAMLValue(node: node, file: file, lineOffset: lineOffset, text: text) }

    // MARK: Shapes

    public var isNull: Bool {
        if case .scalar(let s) = node { return s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string) }
        return false
    }

    public var isMapping: Bool { node.mapping != nil }

    /// The key–value pairs of a mapping, keys as strings, in file order.
    public func pairs() throws -> [(key: String, keyValue: YAMLValue, value: YAMLValue)] {
        guard let mapping = node.mapping else {
            throw error("Expected a set of `key: value` lines here, found \(kindName).",
                        hint: "Write each setting on its own line as `name: value`.")
        }
        return mapping.map { (k, v) in (k.string ?? "\(k)", child(k), child(v)) }
    }

    /// Values of a sequence; a single scalar counts as a one-item list.
    public func items() throws -> [YAMLValue] {
        if let seq = node.sequence { return seq.map(child) }
        if isNull { return [] }
        if node.scalar != nil { return [self] }
        throw error("Expected a list here, found \(kindName).", hint: "Write a list as `[a, b]` or as lines starting with `- `.")
    }

    public subscript(key: String) -> YAMLValue? {
        guard let mapping = node.mapping else { return nil }
        for (k, v) in mapping where k.string == key { return child(v) }
        return nil
    }

    public var kindName: Message {
        switch node {
        case .scalar(let s): return "the value `\(s.string)`"
        case .mapping: return "a set of `key: value` lines"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    // MARK: Typed reads

    public func string() throws -> String {
        guard case .scalar(let s) = node else {
            throw error("Expected text here, found \(kindName).", hint: "Put the text on the same line after the colon; quote it if it contains `:` or `#`.")
        }
        return s.string
    }

    public func nonEmptyString(_ what: String) throws -> String {
        let s = try string().trimmingSpaces()
        if s.isEmpty || isNull { throw error("`\(what)` is empty.", hint: "Give `\(what)` a value, or remove the line.") }
        return s
    }

    public func int(_ what: String) throws -> Int {
        let s = try string().replacingOccurrences(of: "_", with: "")
        guard let v = Int(s) else {
            throw error("`\(what)` must be a whole number, found `\(s)`.", hint: Self.wholeNumberHint(typed: s, what: what))
        }
        return v
    }

    /// The exact digits for a figure typed as in a spreadsheet (`loss: 3.86万元` → `38600`).
    /// `amount` says "more than" as `{value: …, approx: true}`, a `value:` beside `approx:`.
    static func wholeNumberHint(typed s: String, what: String) -> Message {
        if let typed = TypedFigure(s), Int(typed.digits) != nil {
            let key = what.split(separator: ".").last.map(String.init) ?? what
            let form: TypedFigure.ApproxForm = key == "value" ? .sibling : (what == "amount" ? .mapping : .none)
            return typed.hint(key: key, approxForm: form)
        }
        if let typed = TypedFigure(s), typed.digits.contains(".") {
            return "Write a whole number of digits: `\(typed.digits)` has decimals; round it to the figure in the case file."
        }
        return "Write digits only, without units or separators, e.g. `44000000`."
    }

    public func nonNegativeInt(_ what: String) throws -> Int {
        let v = try int(what)
        if v < 0 { throw error("`\(what)` cannot be negative (found \(v)).", hint: "Write the figure as a whole number of zero or more.") }
        return v
    }

    public func bool(_ what: String) throws -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        case let s: throw error("`\(what)` must be `true` or `false`, found `\(s)`.", hint: "Write `\(what): true` or `\(what): false`.")
        }
    }

    public func day(_ what: String) throws -> Day {
        let s = try string()
        if let d = Day(iso: s) { return d }
        if let meant = Day.meant(by: s) {
            throw error("`\(what)` must be written `YYYY-MM-DD`, with two digits for the month and the day, found `\(s)`.",
                        hint: "Write `\(what.split(separator: ".").last.map(String.init) ?? what): \(meant.iso)`.")
        }
        if Day.hasDateShape(s) {
            throw error("`\(what)` is not a real date: `\(s)` does not exist in the calendar.",
                        hint: "Check the month and the day; dates are written `YYYY-MM-DD`, e.g. `2021-09-30`.")
        }
        throw error("`\(what)` must be a date written `YYYY-MM-DD`, found `\(s)`.", hint: "Write it like `2021-09-30`.")
    }

    public func stringList(_ what: String) throws -> [String] {
        try items().map { try $0.string() }
    }

    /// Reports keys not in `known` with the nearest known one, pointing at the key's line.
    /// `noun` and `nouns` name one and several of them ("setting", "settings").
    public func unknownKeys(known: [String], noun: Message = "key", nouns: Message = "keys") throws -> [Diagnostic] {
        try pairs().compactMap { pair in
            known.contains(pair.key) ? nil
                : pair.keyValue.error("Unknown \(noun) `\(pair.key)`.", hint: NearestName.hint(for: pair.key, among: known, noun: nouns))
        }
    }
}
