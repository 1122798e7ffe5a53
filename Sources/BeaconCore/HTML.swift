/// HTML and XML text escaping, shared by every renderer.
public enum HTML {
    /// Escapes `& < > " '` for text and attribute values.
    /// Read as UTF-8 bytes, the runs between the five marks copied at once: appending scalar
    /// after scalar made escaping a feed's page texts 200,000 instructions an entry.
    public static func escape(_ s: String) -> String {
        var text = s
        let marked = text.withUTF8 { b in b.contains { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 } }
        guard marked else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        text.withUTF8 { b in
            var run = 0
            for i in 0..<b.count {
                let entity: StaticString
                switch b[i] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                entity.withUTF8Buffer { out.append(contentsOf: $0) }
                run = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run...]))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Removes tags from an HTML fragment, leaving its text (for summaries of shortcode output).
    public static func stripTags(_ s: String) -> String {
        var out = ""
        var inTag = false
        for ch in s {
            if ch == "<" { inTag = true } else if ch == ">" { inTag = false } else if !inTag { out.append(ch) }
        }
        return out
    }
}
