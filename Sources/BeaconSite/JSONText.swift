/// Writes JSON by hand: deterministic key order and no Foundation round trip, for the
/// search index that can hold thousands of pages.
enum JSONText {
    /// `s` as a JSON string: quotes, backslashes, control characters, `<` (so the index can sit
    /// in a `<script>`) and the line and paragraph separators U+2028/U+2029 escaped, everything
    /// else as it is. Written by UTF-8 bytes (by Unicode scalars it was a thirtieth of a build).
    static func string(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        out.append(UInt8(ascii: "\""))
        let hex = Array("0123456789abcdef".utf8)
        var bytes = s.utf8.makeIterator()
        func escape(_ text: String) { out.append(contentsOf: text.utf8) }
        while let b = bytes.next() {
            switch b {
            case UInt8(ascii: "\""): escape("\\\"")
            case UInt8(ascii: "\\"): escape("\\\\")
            case UInt8(ascii: "\n"): escape("\\n")
            case UInt8(ascii: "\r"): escape("\\r")
            case UInt8(ascii: "\t"): escape("\\t")
            case UInt8(ascii: "<"): escape("\\u003c")
            case 0..<0x20:
                escape("\\u00")
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            case 0xE2:
                // The lead byte of a three-byte scalar (the string is valid UTF-8); U+2028 and
                // U+2029 are E2 80 A8 and E2 80 A9.
                guard let second = bytes.next(), let third = bytes.next() else { out.append(b); break }
                if second == 0x80, third == 0xA8 { escape("\\u2028") } else if second == 0x80, third == 0xA9 { escape("\\u2029") } else {
                    out.append(b)
                    out.append(second)
                    out.append(third)
                }
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }
}
