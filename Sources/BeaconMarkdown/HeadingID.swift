/// Makes heading ids: lower-case, spaces to `-`, punctuation dropped, Chinese kept, so
/// `## 警方提示` gets `id="警方提示"` and `## Police advice` gets `id="police-advice"`.
enum HeadingID {
    static func make(_ text: String, taken: inout Set<String>) -> String {
        var out = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber { out.append(ch) }
            else if ch == " " || ch == "-" || ch == "_" { if !out.isEmpty && !out.hasSuffix("-") { out.append("-") } }
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
