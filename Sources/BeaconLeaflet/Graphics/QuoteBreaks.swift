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
    /// The marks of a pause, after which justification may open a wider gap.
    static let pauseMarks: Set<Unicode.Scalar> = ["，", "、", "；", "：", "。", "！", "？"]

    /// `text` with a break mark wherever a break next to a quote is allowed, and `style`'s bold
    /// ranges moved to match. Text that has its marks already (a paragraph's continuation) is
    /// returned as it is.
    ///
    /// A space a clerk typed beside a full-width mark in running text (`“解冻费” “保证金”`) is
    /// dropped: the mark carries its own half em of blank, so the space only widened the gap
    /// (to 1.5 em and more, spaced again by justification) and kept the pair from being
    /// compressed (`PunctuationSpacing`). A headline keeps its spaces: they mark its phrases.
    ///
    /// `pauses`: a mark also goes after a pause mark (`，` `、` `；` `：` `。` `！` `？`) before a
    /// hanzi, a letter or a digit, where a break was allowed already: justification spreads
    /// more of a line's room there (`TextLayout.pauseWeight`), beside the mark's own blank half.
    static func insert(in text: String, style: TextStyle, pauses: Bool = false) -> (String, TextStyle) {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        // Where each byte offset of `text` lands: a range starting there (`starts`) starts after
        // a mark put before it, one ending there (`ends`) ends before it.
        var starts: [Int] = [], ends: [Int] = []
        var changed = false
        var kept: Unicode.Scalar?
        var written = 0 // bytes in `out`
        for (i, s) in scalars.enumerated() {
            let length = String(s).utf8.count
            if !style.headline, s == " ", let p = kept, let next = scalars[(i + 1)...].first(where: { $0 != " " }), besideMark(p, next) {
                starts += Array(repeating: written, count: length)
                ends += Array(repeating: written, count: length)
                changed = true
                continue
            }
            let before = written
            if let p = kept {
                let opens = openingQuotes.contains(s) && (p.properties.isIdeographic || PunctuationSpacing.closing.contains(p))
                let closes = closingQuotes.contains(p) && (s.properties.isIdeographic || PunctuationSpacing.opening.contains(s))
                let pause = pauses && pauseMarks.contains(p) && (s.properties.isIdeographic || s.isASCII && (s.properties.isAlphabetic || s.properties.numericType != nil))
                if opens || closes || pause {
                    out.append(mark)
                    written += String(mark).utf8.count
                    changed = true
                }
            }
            starts.append(written)
            ends.append(before)
            for k in 1..<max(1, length) { starts.append(written + k); ends.append(written + k) }
            out.append(s)
            written += length
            kept = s
        }
        guard changed else { return (text, style) }
        starts.append(written)
        ends.append(written)
        var s = style
        s.boldRanges = style.boldRanges.map { starts[min($0.lowerBound, starts.count - 1)]..<ends[min($0.upperBound, ends.count - 1)] }
        return (String(out), s)
    }

    /// A space between these two is one beside a full-width mark with Chinese on its other side
    /// (`”␣“`, `费”␣才`, `交␣“`).
    static func besideMark(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let marks = PunctuationSpacing.closing.union(PunctuationSpacing.opening)
        func chinese(_ c: Unicode.Scalar) -> Bool { c.properties.isIdeographic || marks.contains(c) }
        return (marks.contains(a) || marks.contains(b)) && chinese(a) && chinese(b)
    }
}
