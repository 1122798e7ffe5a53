/// Break opportunities around quotation marks in Chinese text.
///
/// Pango 1.50 follows UAX #14's rule LB19: no break before or after a quotation mark, because
/// Unicode cannot tell an opening “ from a closing one in every language. In Chinese the marks
/// are unambiguous and clreq breaks before “ and after ” like before and after any hanzi; without
/// that, `的“恋人”推` is one unbreakable run, and the line before it ends ragged or is spread
/// into a gappy one. A zero-width space (which Pango draws as nothing) gives the break back:
/// before an opening quote after a hanzi or a closing mark, and after a closing quote before a
/// hanzi or an opening mark — never before a mark that may not start a line (`”，`).
enum QuoteBreaks {
    static let mark: Unicode.Scalar = "\u{200B}"
    static let openingQuotes: Set<Unicode.Scalar> = ["“", "‘"]
    static let closingQuotes: Set<Unicode.Scalar> = ["”", "’"]

    /// `text` with a break mark wherever a break next to a quote is allowed, and `style`'s bold
    /// ranges moved to match. Text that has its marks already (a paragraph's continuation) is
    /// returned as it is.
    static func insert(in text: String, style: TextStyle) -> (String, TextStyle) {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var inserted: [Int] = [] // byte offsets in `text` before which a mark goes
        var offset = 0
        for (i, s) in scalars.enumerated() {
            if i > 0 {
                let p = scalars[i - 1]
                let before = openingQuotes.contains(s) && (p.properties.isIdeographic || PunctuationSpacing.closing.contains(p))
                let after = closingQuotes.contains(p) && (s.properties.isIdeographic || PunctuationSpacing.opening.contains(s))
                if before || after {
                    out.append(mark)
                    inserted.append(offset)
                }
            }
            out.append(s)
            offset += String(s).utf8.count
        }
        guard !inserted.isEmpty else { return (text, style) }
        let size = String(mark).utf8.count
        // A bold run starting at a quote starts after the mark before it; one ending at a quote ends before the mark after it.
        func start(_ o: Int) -> Int { o + size * inserted.filter { $0 <= o }.count }
        func end(_ o: Int) -> Int { o + size * inserted.filter { $0 < o }.count }
        var s = style
        s.boldRanges = style.boldRanges.map { start($0.lowerBound)..<end($0.upperBound) }
        return (String(out), s)
    }
}
