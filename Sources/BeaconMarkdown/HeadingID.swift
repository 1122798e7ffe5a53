/// Makes heading ids: lower-case, spaces to `-`, punctuation dropped, Chinese kept, so
/// `## 警方提示` gets `id="警方提示"` and `## Police advice` gets `id="police-advice"`.
enum HeadingID {
    static func make(_ text: String, taken: inout Set<String>) -> String {
        var out = byBytes(text) ?? byCharacters(text)
        while out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty { out = "section" }
        var id = out
        var n = 1
        while taken.contains(id) { id = "\(out)-\(n)"; n += 1 }
        taken.insert(id)
        return id
    }

    /// The id's text (before trailing dashes are dropped), character by character: a letter or
    /// number of the lower-cased text is kept, a space, `-` or `_` becomes one `-`.
    static func byCharacters(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber { out.append(ch) }
            else if ch == " " || ch == "-" || ch == "_" { if !out.isEmpty && !out.hasSuffix("-") { out.append("-") } }
        }
        return out
    }

    /// `byCharacters` read from the UTF-8 bytes, for text of ASCII, hanzi (U+3400–U+4DBF,
    /// U+4E00–U+9FFF: letters without case) and the CJK and general punctuation of
    /// `droppedPunctuation`; nil for any other scalar. Each of these scalars is a character
    /// of its own (CR LF, one character, is neither kept nor a `-`, as each of its bytes),
    /// ASCII letters and digits are A–Z, a–z, 0–9. Lower-casing the text and walking its
    /// characters was 8,000 instructions a Chinese heading.
    static func byBytes(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { b -> String? in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(b.count)
            var i = 0
            while i < b.count {
                let c = b[i]
                if c < 0x80 {
                    switch c {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(c | 0x20)
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(c)
                    case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "_"):
                        if let last = bytes.last, last != UInt8(ascii: "-") { bytes.append(UInt8(ascii: "-")) }
                    default: break
                    }
                    i += 1
                    continue
                }
                guard c & 0xF0 == 0xE0, i + 2 < b.count else { return nil }
                let v = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                if (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<i + 3]))
                } else if !droppedPunctuation(v) {
                    return nil
                }
                i += 3
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Punctuation of three UTF-8 bytes that is neither a letter nor a number, has no case and
    /// joins no neighbour: dashes, quotes and `…` (U+2010–U+2027), the ideographic space and
    /// comma, full stop and ditto mark, CJK brackets and quotes, and full-width punctuation
    /// (not the full-width letters and digits). `HeadingIDChineseTests` checks each against `byCharacters`.
    static func droppedPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x2010...0x2027, 0x3000...0x3004, 0x3008...0x3011, 0x3014...0x301F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40,
             0xFF5B...0xFF65: true
        default: false
        }
    }
}
