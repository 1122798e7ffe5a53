/// An ASCII comma typed inside Chinese text (`冒充公安,不怕不慌`, an input method left in
/// English mode) shows on a board as a narrow half-width mark glued to the next character.
/// It becomes the full-width `，`, and the spaces after it go; a comma between digits
/// (`3,000`) or in English text is left alone.
enum LEDCommaFix {
    /// The text with such commas replaced, and whether any was.
    static func fix(_ text: String) -> (text: String, changed: Bool) {
        let chars = Array(text)
        var out = ""
        var changed = false
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            i += 1
            guard ch == "," else { out.append(ch); continue }
            let before = out.last { $0 != " " }
            var j = i
            while j < chars.count, chars[j] == " " { j += 1 }
            let after = j < chars.count ? chars[j] : nil
            guard isChinese(before) || isChinese(after) else { out.append(ch); continue }
            while out.last == " " { out.removeLast() }
            out.append("，")
            i = j
            changed = true
        }
        return (out, changed)
    }

    /// A hanzi or a full-width Chinese punctuation mark.
    static func isChinese(_ ch: Character?) -> Bool {
        guard let s = ch?.unicodeScalars.first else { return false }
        if s.properties.isIdeographic { return true }
        switch s.value {
        case 0x3000...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20: return true
        default: return false
        }
    }
}
