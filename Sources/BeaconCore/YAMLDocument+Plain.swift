import Foundation
import Yams

/// The quick reading of the front matter most files have: `key: value` lines, each value plain
/// text or text in quotes on its line, a list on its line (`tags: [安全账户, 'a, b']`) or a list
/// of `- item` lines under a `key:` line. Such text gives exactly the tree Yams would compose
/// (the same strings, tags, styles and line and column marks), without libyaml's event stream;
/// anything else — comments, maps, multi-line values, escapes, tabs, anchors, duplicate keys,
/// characters YAML treats specially — returns nil and goes to Yams, so every value and every
/// problem is the same as before (`PlainYAMLPropertyTests` compare the two).
enum PlainYAML {
    static func mapping(_ text: String) -> Node? {
        var text = text
        let constructor = Self.constructor
        return text.withUTF8 { bytes -> Node? in
            var lines = Lines(bytes)
            var pairs: [(Node, Node)] = []
            var firstLine: Int?
            while let (start, end) = lines.next() {
                if end == start { continue }
                let line = lines.number
                guard let colon = keyEnd(bytes, start, end), let keyMark = mark(line: line, column: 1) else { return nil }
                // Yams's duplicate check resolves every key's tag, and its `Tag` keeps the name: a key
                // that reads as text leaves Yams tagged `str`.
                let key = Node.Scalar(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<colon]), as: UTF8.self),
                                      Tag(.str, .default, constructor), .plain, keyMark)
                let value: Node
                if colon + 1 == end {
                    guard let list = blockSequence(&lines, constructor) else { return nil }
                    value = .sequence(list)
                } else {
                    guard bytes[colon + 1] == 0x20 else { return nil }
                    var i = colon + 1
                    while i < end, bytes[i] == 0x20 { i += 1 }
                    guard i < end else { return nil }
                    if bytes[i] == UInt8(ascii: "[") {
                        guard let list = flowSequence(bytes, i, end, line: line, column: i - start + 1, constructor) else { return nil }
                        value = .sequence(list)
                    } else {
                        guard let scalar = self.value(bytes, i, end, line: line, column: i - start + 1, constructor) else { return nil }
                        value = .scalar(scalar)
                    }
                }
                pairs.append((.scalar(key), value))
                if firstLine == nil { firstLine = line }
            }
            // Duplicate keys are Yams's to report. (Every key is text, so equal keys are equal strings.)
            guard Set(pairs.map { $0.0.scalar?.string ?? "" }).count == pairs.count else { return nil }
            guard let firstLine, let mark = mark(line: firstLine, column: 1),
                  let style = mappingStyle.flatMap(Node.Mapping.Style.init(rawValue:)) else { return nil }
            return .mapping(Node.Mapping(pairs, Tag(.implicit, .default, constructor), style, mark))
        }
    }

    /// The constructor every quick tree's tags hold. `Yams.compose` makes one per document (8k
    /// instructions, a tenth of a quick reading); Beacon reads strings and never constructs a
    /// value through a tag, and a constructor is never changed, so one serves every document.
    nonisolated(unsafe) static let constructor = Constructor.default

    /// The lines of the text, as byte ranges without their `\n`, numbered from 1; `back()` gives
    /// the last line back, for the reader of a list that found where the list ends.
    struct Lines {
        let bytes: UnsafeBufferPointer<UInt8>
        private var start = 0
        private var previous = 0
        private(set) var number = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func next() -> (Int, Int)? {
            guard start <= bytes.count else { return nil }
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            defer { previous = start; start = end + 1; number += 1 }
            return (start, end)
        }

        mutating func back() {
            start = previous
            number -= 1
        }
    }

    /// Where the `:` after the key is, for a line starting with a lower-case key that YAML
    /// reads as text (not `yes`, `no`, `null`…) followed by `: ` or ending in `:`.
    static func keyEnd(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var i = start
        guard i < end, isKeyStart(b[i]) else { return nil }
        while i < end, isKeyByte(b[i]) { i += 1 }
        guard i < end, b[i] == UInt8(ascii: ":"), i + 1 == end || b[i + 1] == 0x20 else { return nil }
        guard !isNotText(b, start, i) else { return nil }
        return i
    }

    /// The `- item` lines under a `key:` line, all with the same indentation (none is allowed),
    /// each item plain or quoted text on its line; nil when anything else is among them.
    static func blockSequence(_ lines: inout Lines, _ constructor: Constructor) -> Node.Sequence? {
        let b = lines.bytes
        var items: [Node] = []
        var indent: Int?
        var listMark: Mark?
        while let (start, end) = lines.next() {
            if end == start { continue }
            var i = start
            while i < end, b[i] == 0x20 { i += 1 }
            let spaces = i - start
            guard i + 1 < end, b[i] == UInt8(ascii: "-"), b[i + 1] == 0x20 else {
                // The next key ends the list; anything else (a continued item, a comment) is Yams's.
                guard spaces == 0, !items.isEmpty else { return nil }
                lines.back()
                break
            }
            if indent == nil {
                indent = spaces
                listMark = mark(line: lines.number, column: spaces + 1)
            }
            guard spaces == indent else { return nil }
            i += 2
            while i < end, b[i] == 0x20 { i += 1 }
            guard i < end, let item = value(b, i, end, line: lines.number, column: i - start + 1, constructor) else { return nil }
            items.append(.scalar(item))
        }
        guard !items.isEmpty, let listMark, let style = blockSequenceStyle.flatMap(Node.Sequence.Style.init(rawValue:)) else { return nil }
        return Node.Sequence(items, Tag(.implicit, .default, constructor), style, listMark)
    }

    /// `[a, 'b, c', "d"]` from the `[` at `start` to the end of the line: items of plain text
    /// without the characters that mean something in a list, or quoted text without escapes.
    static func flowSequence(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int, column: Int, _ constructor: Constructor) -> Node.Sequence? {
        var items: [Node] = []
        var i = start + 1
        // Marks count characters, not bytes: `column` is that of `b[i]` as `i` moves on.
        var col = column + 1
        func advance(to j: Int) {
            while i < j { if b[i] & 0xC0 != 0x80 { col += 1 }; i += 1 }
        }
        func skipSpaces() { while i < end, b[i] == 0x20 { i += 1; col += 1 } }
        skipSpaces()
        if i < end, b[i] == UInt8(ascii: "]") {
            advance(to: i + 1)
        } else {
            while true {
                skipSpaces()
                guard i < end, let m = mark(line: line, column: col) else { return nil }
                let first = b[i]
                if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
                    var close = i + 1
                    while close < end, b[close] != first { close += 1 }
                    guard close < end, let s = quoted(UnsafeBufferPointer(rebasing: b[(i + 1)..<close]), first, constructor, m) else { return nil }
                    items.append(.scalar(s))
                    advance(to: close + 1)
                } else {
                    guard !indicators.contains(first) else { return nil }
                    var stop = i
                    while stop < end, b[stop] != UInt8(ascii: ","), b[stop] != UInt8(ascii: "]") {
                        guard !flowSpecial.contains(b[stop]) else { return nil }
                        stop += 1
                    }
                    var last = stop
                    while b[last - 1] == 0x20 { last -= 1 }
                    guard let s = safeText(UnsafeBufferPointer(rebasing: b[i..<last])) else { return nil }
                    items.append(.scalar(Node.Scalar(s, Tag(.implicit, .default, constructor), .plain, m)))
                    advance(to: last)
                }
                skipSpaces()
                guard i < end else { return nil }
                if b[i] == UInt8(ascii: "]") { advance(to: i + 1); break }
                guard b[i] == UInt8(ascii: ",") else { return nil }
                advance(to: i + 1)
            }
        }
        while i < end { guard b[i] == 0x20 else { return nil }; i += 1 }
        guard let listMark = mark(line: line, column: column),
              let style = flowSequenceStyle.flatMap(Node.Sequence.Style.init(rawValue:)) else { return nil }
        return Node.Sequence(items, Tag(.implicit, .default, constructor), style, listMark)
    }

    /// A plain or quoted value on bytes `start..<end` (after the key's `: ` or an item's `- `).
    static func value(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int, column: Int, _ constructor: Constructor) -> Node.Scalar? {
        let first = b[start]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            var close = start + 1
            while close < end, b[close] != first { close += 1 }
            guard close < end, (close + 1..<end).allSatisfy({ b[$0] == 0x20 }), let m = mark(line: line, column: column) else { return nil }
            return quoted(UnsafeBufferPointer(rebasing: b[(start + 1)..<close]), first, constructor, m)
        }
        guard !indicators.contains(first) else { return nil }
        var last = end
        while last > start, b[last - 1] == 0x20 { last -= 1 }
        let raw = UnsafeBufferPointer(rebasing: b[start..<last])
        // `: ` or a final `:` would start a mapping, ` #` a comment.
        guard raw.last != UInt8(ascii: ":") else { return nil }
        for k in raw.indices.dropLast() {
            if raw[k] == UInt8(ascii: ":"), raw[k + 1] == 0x20 { return nil }
            if raw[k] == 0x20, raw[k + 1] == UInt8(ascii: "#") { return nil }
        }
        guard let s = safeText(raw), let m = mark(line: line, column: column) else { return nil }
        return Node.Scalar(s, Tag(.implicit, .default, constructor), .plain, m)
    }

    /// Text between quotes `quote` (their inside is `inner`), when it has no escape to read.
    static func quoted(_ inner: UnsafeBufferPointer<UInt8>, _ quote: UInt8, _ constructor: Constructor, _ m: Mark) -> Node.Scalar? {
        guard quote == UInt8(ascii: "'") || !inner.contains(UInt8(ascii: "\\")), let s = safeText(inner) else { return nil }
        return quote == UInt8(ascii: "'") ? Node.Scalar(s, Tag(.str, .default, constructor), .singleQuoted, m)
                                          : Node.Scalar(s, Tag(.str, .default, constructor), .doubleQuoted, m)
    }

    /// The text, when every scalar is one YAML reads as itself inside a value: printable, not
    /// a tab, a line break (U+0085, U+2028, U+2029) or a byte-order mark. Read from the UTF-8
    /// bytes (`isSafe` says the same per scalar; `PlainYAMLPropertyTests` check every scalar).
    static func safeText(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 {
                guard c >= 0x20, c != 0x7F else { return nil }
                i += 1
                continue
            }
            // U+0080–U+009F are C2 80–C2 9F; U+2028, U+2029 are E2 80 A8, E2 80 A9; U+FEFF is
            // EF BB BF; U+FFFE, U+FFFF are EF BF BE, EF BF BF. (Surrogates are not UTF-8.)
            switch c {
            case 0xC2: if i + 1 < n, b[i + 1] <= 0x9F { return nil }
            case 0xE2: if i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { return nil }
            case 0xEF:
                if i + 2 < n, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return nil }
                if i + 2 < n, b[i + 1] == 0xBF, b[i + 2] >= 0xBE { return nil }
            default: break
            }
            i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
        }
        return String(decoding: b, as: UTF8.self)
    }

    /// The scalars `safeText` lets through.
    static func isSafe(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    static func isKeyStart(_ c: UInt8) -> Bool { (0x61...0x7A).contains(c) || c == UInt8(ascii: "_") }
    static func isKeyByte(_ c: UInt8) -> Bool { isKeyStart(c) || (0x30...0x39).contains(c) }

    /// Whether the key on `start..<end` is one YAML 1.1 reads as a boolean or null rather than text.
    static func isNotText(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 5 else { return false }
        return notText.contains(String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self))
    }

    static let notText: Set<String> = ["y", "yes", "n", "no", "true", "false", "on", "off", "null"]
    /// Bytes a plain value may not start with: YAML's indicators and blanks.
    static let indicators: Set<UInt8> = Set("-?:,[]{}#&*!|>'\"%@` \t".utf8)
    /// Bytes a plain list item may not hold: those that end it, open or close a collection,
    /// start a comment or a key.
    static let flowSpecial: Set<UInt8> = Set("[]{}#:".utf8)

    /// What only Yams can make: `Mark` has no public initialiser, so each (line, column) is
    /// taken once from a scalar Yams composed there. Front matter uses a few hundred of them.
    static func mark(line: Int, column: Int) -> Mark? {
        let key = line << 20 | column
        if let known = marks.get()[key] { return known }
        guard line < 10_000, column < 10_000,
              let node = try? Yams.compose(yaml: String(repeating: "\n", count: line - 1) + String(repeating: " ", count: column - 1) + "x",
                                           .default, .default, YAMLDocument.encoding),
              let m = node.mark, m.line == line, m.column == column else { return nil }
        marks.update { $0[key] = m }
        return m
    }

    static let marks = Locked<[Int: Mark]>([:])

    /// The styles Yams gives a block mapping and the two kinds of list, taken from ones it composed.
    static let mappingStyle: UInt32? = (try? Yams.compose(yaml: "a: b", .default, .default, YAMLDocument.encoding))??.mapping?.style.rawValue
    static let flowSequenceStyle: UInt32? = (try? Yams.compose(yaml: "a: [b]", .default, .default, YAMLDocument.encoding))??["a"]?.sequence?.style.rawValue
    static let blockSequenceStyle: UInt32? = (try? Yams.compose(yaml: "a:\n- b", .default, .default, YAMLDocument.encoding))??["a"]?.sequence?.style.rawValue
}
