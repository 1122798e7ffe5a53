/// Chinese line-breaking fixes Pango 1.50 lacks (W3C clreq, basic level).
///
/// Pango's UAX #14 breaker already keeps 、，。：；！？ and closing brackets and quotes off the
/// start of a line and opening ones off the end, but lets these marks start a line. For each
/// occurrence we forbid a break between the mark and the character before it
/// (`pango_attr_allow_breaks_new(FALSE)` over both; tested in the print research).
enum LineBreakRules {
    /// Marks clreq keeps off the start of a line that Pango 1.50 allows there.
    static let noBreakBefore: Set<Unicode.Scalar> = [
        "\u{00B7}", // · middle dot (interpunct in names)
        "\u{30FB}", // ・ katakana middle dot
        "\u{FF5E}", // ～ fullwidth tilde (ranges)
        "\u{FF0D}", // － fullwidth hyphen-minus
        "\u{FF0F}", // ／ fullwidth solidus
        "\u{FE4F}", // ﹏ wavy low line
        "\u{2013}", // – en dash (connector)
        "\u{301C}", // 〜 wave dash
    ]

    /// UTF-8 byte ranges (start, end) over which breaks must be forbidden.
    static func protectedRanges(in text: String) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var offset = 0
        var previousStart: Int?
        for scalar in text.unicodeScalars {
            let length = String(scalar).utf8.count
            if noBreakBefore.contains(scalar), let p = previousStart {
                out.append((p, offset + length))
            }
            previousStart = offset
            offset += length
        }
        return out
    }
}
