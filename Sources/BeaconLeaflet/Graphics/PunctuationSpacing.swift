/// Compresses adjacent full-width punctuation, as clreq asks and Pango 1.50 does not: in
/// `”“` or `。”` both marks carry half an em of blank space, so the pair would take 2 em.
/// The OpenType `halt` feature (present in Noto CJK) sets one of them half-width, giving 1.5 em.
enum PunctuationSpacing {
    /// Marks whose blank half is on the right (in mainland China's forms): pause marks and closing brackets.
    static let closing: Set<Unicode.Scalar> = ["，", "。", "、", "；", "：", "？", "！", "”", "’", "）", "》", "」", "』", "】", "〕", "〉"]
    /// Marks whose blank half is on the left: opening brackets and quotes.
    static let opening: Set<Unicode.Scalar> = ["“", "‘", "（", "《", "「", "『", "【", "〔", "〈"]

    /// UTF-8 byte ranges of the marks to set half-width: the first of a pair when it is closing,
    /// else the second when it is opening.
    static func halfWidthRanges(in text: String) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var previous: (scalar: Unicode.Scalar, start: Int, end: Int)?
        var offset = 0
        for scalar in text.unicodeScalars {
            let length = String(scalar).utf8.count
            // A break opportunity between two marks (`。\u{200B}“`) does not part them.
            if scalar == QuoteBreaks.mark { offset += length; continue }
            if let p = previous, closing.contains(p.scalar) || opening.contains(p.scalar),
               closing.contains(scalar) || opening.contains(scalar) {
                if closing.contains(p.scalar) {
                    if out.last.map({ $0 != (p.start, p.end) }) ?? true { out.append((p.start, p.end)) }
                } else if opening.contains(scalar) {
                    out.append((offset, offset + length))
                }
            }
            previous = (scalar, offset, offset + length)
            offset += length
        }
        return out
    }

    /// Marks Noto CJK draws full-width by default (its Chinese forms), which English text needs in
    /// their proportional Latin forms (the font's `pwid` feature): curly quotes and the ellipsis.
    /// Set full-width, `“safe account”` reads as `“ safe account ”` and `Huai’an` as `Huai ’ an`.
    static let latinForms: Set<Unicode.Scalar> = ["‘", "’", "“", "”", "…"]

    /// UTF-8 byte ranges of `latinForms` in `bytes`.
    static func latinRanges(in bytes: [UInt8]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var offset = 0
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            let length = String(scalar).utf8.count
            if latinForms.contains(scalar) { out.append((offset, offset + length)) }
            offset += length
        }
        return out
    }
}
