/// Makes heading ids: lower-case, spaces to `-`, punctuation dropped, Chinese kept, so
/// `## 警方提示` gets `id="警方提示"` and `## Police advice` gets `id="police-advice"`.
enum HeadingID {
    static func make(_ text: String, taken: inout Set<String>) -> String {
        var out = ""
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (`## Police advice`): the same by bytes. Each byte is a character of its own
            // (CR LF, one character, is neither kept nor a `-`), its letters and digits A–Z, a–z, 0–9.
            var bytes: [UInt8] = []
            for b in text.utf8 {
                switch b {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(b | 0x20)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(b)
                case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "_"):
                    if let last = bytes.last, last != UInt8(ascii: "-") { bytes.append(UInt8(ascii: "-")) }
                default: break
                }
            }
            out = String(decoding: bytes, as: UTF8.self)
        } else {
            for ch in text.lowercased() {
                if ch.isLetter || ch.isNumber { out.append(ch) }
                else if ch == " " || ch == "-" || ch == "_" { if !out.isEmpty && !out.hasSuffix("-") { out.append("-") } }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty { out = "section" }
        var id = out
        var n = 1
        while taken.contains(id) { id = "\(out)-\(n)"; n += 1 }
        taken.insert(id)
        return id
    }
}
