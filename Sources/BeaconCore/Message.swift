/// A sentence Beacon says to a user — an error, a hint — kept as an English template with
/// its arguments so that it can be said in the user's language when it is shown.
///
/// Written as an ordinary string literal: `"The slug `\(slug)` is used twice."` becomes the
/// template ``The slug `%1` is used twice.`` with one argument. The template is the key of
/// the translation catalogue (`MessageCatalog`); a template with no translation is shown in
/// English. `%1`…`%9` mark the arguments, so a translation may reorder them; `%%` is a
/// literal `%`. An interpolated `Message` (a phrase from a helper such as
/// `NearestName.hint`) is translated in turn.
public struct Message: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public enum Argument: Sendable, Hashable {
        case text(String)
        case message(Message)
    }

    /// The English sentence with `%1`, `%2`… where the arguments go.
    public let template: String
    public let arguments: [Argument]

    public init(template: String, arguments: [Argument]) {
        self.template = template
        self.arguments = arguments
    }

    /// Text said as it is in every language (a file's own words, a library's error).
    public init(verbatim text: String) {
        self.init(template: "%1", arguments: [.text(text)])
    }

    public init(stringLiteral value: String) {
        self.init(template: Self.escape(value), arguments: [])
    }

    public init(stringInterpolation: StringInterpolation) {
        self.init(template: stringInterpolation.template, arguments: stringInterpolation.arguments)
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var template = ""
        var arguments: [Argument] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            template.reserveCapacity(literalCapacity + 2 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) { template += Message.escape(literal) }

        public mutating func appendInterpolation(_ message: Message) { append(.message(message)) }

        public mutating func appendInterpolation<T>(_ value: T) { append(.text(String(describing: value))) }

        private mutating func append(_ argument: Argument) {
            arguments.append(argument)
            template += "%\(arguments.count)"
        }
    }

    /// The sentence in `language`, from `catalog`; English when the catalogue has no
    /// translation of it.
    public func text(in language: Language, catalog: MessageCatalog = .shared) -> String {
        let pattern = catalog.translation(of: template, in: language) ?? template
        return Self.fill(pattern) { index in
            guard arguments.indices.contains(index) else { return "" }
            switch arguments[index] {
            case .text(let s): return s
            case .message(let m): return m.text(in: language, catalog: catalog)
            }
        }
    }

    /// The sentence in the language messages are shown in (`MessageCatalog.shared.language`).
    public var description: String { text(in: MessageCatalog.shared.language) }

    /// The English sentence, whatever the language shown.
    public var english: String { text(in: MessageCatalog.base, catalog: .english) }

    /// True when the English sentence contains `s` (for tests and filters).
    public func contains(_ s: String) -> Bool { english.contains(s) }

    /// Two sentences one after the other, each translated on its own.
    public static func + (a: Message, b: Message) -> Message {
        Message(template: "%1%2", arguments: [.message(a), .message(b)])
    }

    /// Without a `%` byte there is nothing to escape; asked first because `contains` here is
    /// Foundation's search, and every message literal made (thousands a build) asked it.
    static func escape(_ literal: String) -> String {
        guard literal.utf8.contains(UInt8(ascii: "%")) else { return literal }
        return literal.contains("%") ? literal.replacingOccurrences(of: "%", with: "%%") : literal
    }

    /// Replaces `%1`…`%9` in `pattern` with `argument(0)`…, and `%%` with `%`.
    static func fill(_ pattern: String, _ argument: (Int) -> String) -> String {
        guard pattern.utf8.contains(UInt8(ascii: "%")), pattern.contains("%") else { return pattern }
        var out = ""
        var chars = pattern.makeIterator()
        while let c = chars.next() {
            guard c == "%" else { out.append(c); continue }
            guard let next = chars.next() else { out.append(c); break }
            if let digit = next.wholeNumberValue, digit >= 1 {
                out += argument(digit - 1)
            } else if next == "%" {
                out.append("%")
            } else {
                out.append(c)
                out.append(next)
            }
        }
        return out
    }
}
