import Foundation
import Yams

/// The quick reading of the front matter most files have: `key: value` lines, one per line,
/// each value plain text or text in quotes on its line. Such text gives exactly the tree Yams
/// would compose (the same strings, tags, styles and line and column marks), without libyaml's
/// event stream; anything else — comments, lists, maps, multi-line values, escapes, tabs,
/// anchors, duplicate keys, characters YAML treats specially — returns nil and goes to Yams,
/// so every value and every problem is the same as before (`PlainYAMLTests` compare the two).
enum PlainYAML {
    static func mapping(_ text: String) -> Node? {
        // One constructor per document, as `Yams.compose` makes.
        let constructor = Constructor.default
        var text = text
        return text.withUTF8 { bytes -> Node? in
            var pairs: [(Node, Node)] = []
            var firstLine: Int?
            var line = 1
            var start = 0
            let n = bytes.count
            while start <= n {
                var end = start
                while end < n, bytes[end] != 0x0A { end += 1 }
                if end > start {
                    guard let kv = pair(bytes, start, end, line: line, constructor) else { return nil }
                    pairs.append((.scalar(kv.key), .scalar(kv.value)))
                    if firstLine == nil { firstLine = line }
                }
                start = end + 1
                line += 1
            }
            // Duplicate keys are Yams's to report. (Every key is text, so equal keys are equal strings.)
            guard Set(pairs.map { $0.0.scalar?.string ?? "" }).count == pairs.count else { return nil }
            guard let firstLine, let mark = mark(line: firstLine, column: 1),
                  let style = mappingStyle.flatMap(Node.Mapping.Style.init(rawValue:)) else { return nil }
            return .mapping(Node.Mapping(pairs, Tag(.implicit, .default, constructor), style, mark))
        }
    }

    /// `key: value` on bytes `start..<end`: a lower-case key at the start of the line that YAML
    /// reads as text (not `yes`, `no`, `null`…), `: `, then the value.
    static func pair(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int, _ constructor: Constructor) -> (key: Node.Scalar, value: Node.Scalar)? {
        var i = start
        guard i < end, isKeyStart(b[i]) else { return nil }
        while i < end, isKeyByte(b[i]) { i += 1 }
        guard i + 1 < end, b[i] == UInt8(ascii: ":"), b[i + 1] == 0x20 else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        guard !notText.contains(key) else { return nil }
        i += 1
        while i < end, b[i] == 0x20 { i += 1 }
        guard i < end, let keyMark = mark(line: line, column: 1) else { return nil }
        let column = i - start + 1
        guard let v = value(b, i, end, line: line, column: column, constructor) else { return nil }
        // Yams's duplicate check resolves every key's tag, and its `Tag` keeps the name: a key
        // that reads as text leaves Yams tagged `str`.
        return (Node.Scalar(key, Tag(.str, .default, constructor), .plain, keyMark), v)
    }

    /// A plain or quoted value on bytes `start..<end` (after the key's `: `).
    static func value(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int, column: Int, _ constructor: Constructor) -> Node.Scalar? {
        let first = b[start]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            var close = start + 1
            while close < end, b[close] != first { close += 1 }
            guard close < end, (close + 1..<end).allSatisfy({ b[$0] == 0x20 }) else { return nil }
            let inner = UnsafeBufferPointer(rebasing: b[(start + 1)..<close])
            guard first == UInt8(ascii: "'") || !inner.contains(UInt8(ascii: "\\")), let s = safeText(inner),
                  let m = mark(line: line, column: column) else { return nil }
            return first == UInt8(ascii: "'") ? Node.Scalar(s, Tag(.str, .default, constructor), .singleQuoted, m)
                                              : Node.Scalar(s, Tag(.str, .default, constructor), .doubleQuoted, m)
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

    /// The text, when every scalar is one YAML reads as itself inside a value: printable, not
    /// a tab, a line break (U+0085, U+2028, U+2029) or a byte-order mark. Column marks count
    /// scalars, so the text before a value is ASCII (the key) and this needs no counting.
    static func safeText(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let s = String(decoding: bytes, as: UTF8.self)
        for u in s.unicodeScalars {
            switch u.value {
            case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: continue
            default: return nil
            }
        }
        return s
    }

    static func isKeyStart(_ c: UInt8) -> Bool { (0x61...0x7A).contains(c) || c == UInt8(ascii: "_") }
    static func isKeyByte(_ c: UInt8) -> Bool { isKeyStart(c) || (0x30...0x39).contains(c) }

    /// Keys YAML 1.1 reads as a boolean or null rather than text.
    static let notText: Set<String> = ["y", "yes", "n", "no", "true", "false", "on", "off", "null"]
    /// Bytes a plain value may not start with: YAML's indicators and blanks.
    static let indicators: Set<UInt8> = Set("-?:,[]{}#&*!|>'\"%@` \t".utf8)

    /// What only Yams can make: `Mark` has no public initialiser, so each (line, column) is
    /// taken once from a scalar Yams composed there. Front matter uses a few dozen of them.
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

    /// The style Yams gives a block mapping, taken from one it composed.
    static let mappingStyle: UInt32? = (try? Yams.compose(yaml: "a: b", .default, .default, YAMLDocument.encoding))??.mapping?.style.rawValue
}
