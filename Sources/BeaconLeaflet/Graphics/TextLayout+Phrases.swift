/// A text's phrases, as UTF-8 byte ranges, for breaking headlines and slogans where a reader
/// pauses: after a Chinese phrase's mark, a Latin phrase's comma, or a clerk's space.
extension TextLayout {
    /// A Chinese text's phrases, each with the mark that ends it (`，` `、` `；` `：` `！` `？` `。`),
    /// UTF-8 byte ranges.
    static func punctuatedPhrases(_ text: String) -> [(Int, Int)] {
        let ends = QuoteBreaks.pauseMarks
        var out: [(Int, Int)] = []
        var start = 0, offset = 0
        let scalars = Array(text.unicodeScalars)
        for (i, sc) in scalars.enumerated() {
            offset += String(sc).utf8.count
            // A phrase ends after its mark and any closing marks after it (`”，`).
            if ends.contains(sc), i + 1 == scalars.count || !ends.contains(scalars[i + 1]) && !PunctuationSpacing.closing.contains(scalars[i + 1]) {
                out.append((start, offset))
                start = offset
            }
        }
        if start < offset { out.append((start, offset)) }
        return out.filter { $0.1 - $0.0 > 0 }
    }

    /// A Latin-script text's phrases, each up to the comma, semicolon or colon (and closing
    /// quote) that ends it, UTF-8 byte ranges; the space after a phrase's mark is in none.
    static func latinPhrases(_ text: String) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var start = 0
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            if [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(bytes[i]) {
                var end = i + 1
                // A closing quote after the mark belongs to the phrase (`“safe account”,`).
                while end + 2 < bytes.count, bytes[end] == 0xE2, bytes[end + 1] == 0x80, [0x9D, 0x99].contains(bytes[end + 2]) { end += 3 }
                if end < bytes.count, bytes[end] == 0x20 {
                    out.append((start, end))
                    start = end + 1
                    i = start
                    continue
                }
            }
            i += 1
        }
        if start < bytes.count { out.append((start, bytes.count)) }
        return out.filter { $0.1 > $0.0 }
    }

    /// A Chinese headline's phrases between spaces (`初中生买游戏账号 被骗1280元`), UTF-8 byte
    /// ranges: a clerk's space marks where the headline should break, and ICU's dictionary
    /// does not know every word (`账号`, `被骗`). A phrase wider than the column may break after all.
    static func spacedPhrases(_ text: String) -> [(Int, Int)] {
        guard text.contains(" "), text.unicodeScalars.contains(where: { $0.properties.isIdeographic }) else { return [] }
        var out: [(Int, Int)] = []
        var start = 0
        for part in text.split(separator: " ", omittingEmptySubsequences: false) {
            let length = part.utf8.count
            if length > 0 { out.append((start, start + length)) }
            start += length + 1
        }
        return out
    }

    /// A letter of a Latin word or number (`2,380`, `3.5`): justification spaces no gap beside it.
    static func isWordChar(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.isAlphabetic || s.properties.numericType != nil || s == "." || s == ",")
    }
}
