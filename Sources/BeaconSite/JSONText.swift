/// Writes JSON by hand: deterministic key order and no Foundation round trip, for the
/// search index that can hold thousands of pages.
enum JSONText {
    static func string(_ s: String) -> String {
        var out: [UInt8] = []
        append(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `s` as a JSON string: `"` and `\` escaped, line breaks and other control
    /// characters as `\n`, `\r`, `\t` or `\u00XX`, and `<`, U+2028 and U+2029 as `\u…` so the
    /// index can sit in a script. Read by bytes, copying the runs between escapes at once: walking
    /// scalars into a `String` was a quarter of writing the index's entries.
    static func append(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { b in
            let n = b.count
            var run = 0
            var i = 0
            while i < n {
                let c = b[i]
                let escape: StaticString
                var width = 1
                switch c {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case UInt8(ascii: "<"): escape = "\\u003c"
                case 0xE2 where i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9):
                    escape = b[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    width = 3
                case 0..<0x20:
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hex(c >> 4))
                    out.append(hex(c & 0xF))
                    i += 1
                    run = i
                    continue
                default:
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                escape.withUTF8Buffer { out.append(contentsOf: $0) }
                i += width
                run = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<n]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func hex(_ v: UInt8) -> UInt8 { v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "a") + v - 10 }
}
