import Foundation

/// Line-breaking rules Pango 1.50 lacks, as UTF-8 byte ranges inside which no line may break
/// (applied with `pango_attr_allow_breaks_new(FALSE)`; tested in the print research).
///
/// - clreq, basic level: Pango's UAX #14 breaker keeps 、，。：；！？ and closing brackets off
///   the start of a line, but lets · ～ － ／ start one; each is tied to the character before.
/// - A number stays with its unit, 余, % or measure word (`6.84万元`, `131 suspects`).
/// - A short quoted term stays whole (“清关”, up to three characters: longer ones would leave a gappy justified line).
/// - Phrases the theme lists stay whole (`year on year`), and a month name with its day.
/// - A paragraph's last line has at least three characters (or two words).
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

    /// What the language's theme strings add: phrases to keep whole and month names.
    struct Words: Sendable {
        var phrases: [String] = []
        var months: [String] = []
        /// What separates the words a paragraph's last line keeps (the leaflets add the
        /// no-break space, which binds `year on year`).
        var gaps: Set<Unicode.Scalar> = [" "]
    }

    /// Units, counters and approximations a figure is never parted from.
    static let units = "%％余多万亿千百十元角分起人名次个岁年月日号天周笔张部家条台件户倍秒时点折成位项类种批宗期辆套层份只元"

    /// UTF-8 byte ranges (start, end) over which breaks must be forbidden.
    /// `extras: false` gives only clreq's marks (for text too narrow for the other rules).
    static func protectedRanges(in text: String, words: Words = Words(), paragraph: Bool = false, extras: Bool = true) -> [(Int, Int)] {
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
        guard extras else { return out }
        let ns = text as NSString
        func add(_ pattern: String, options: NSRegularExpression.Options = []) {
            guard let re = RegexCache.shared.regex(pattern, options: options) else { return }
            for m in re.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                let start = ns.substring(to: m.range.location).utf8.count
                out.append((start, start + ns.substring(with: m.range).utf8.count))
            }
        }
        // A figure and its unit: 6.84万元, 4400余万元, 53.29%, 131 suspects, 38,600 yuan.
        add(#"\d[\d,.]*(?:[\#(units)]+|\s?[%％]|\s\p{L}+)"#)
        // A word before a figure that belongs to it: 同比下降53.29% is fine to break, "October 31" is not.
        if !words.months.isEmpty {
            let names = words.months.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
            add(#"\b(?:\#(names))\s\d{1,4}\b"#)
        }
        for phrase in words.phrases where !phrase.isEmpty {
            add(NSRegularExpression.escapedPattern(for: phrase).replacingOccurrences(of: " ", with: #"\s+"#), options: .caseInsensitive)
        }
        // A short term in quotes or title marks, marks included.
        add(#"[“‘「《〈（][^“”‘’「」《》〈〉（）\s]{1,3}[”’」》〉）]"#)
        if paragraph { if let tail = tail(of: text, gaps: words.gaps) { out.append(tail) } }
        return out
    }

    /// The end of a paragraph kept on one line: from its third-last letter (Chinese) or its
    /// second-last word (English), so the last line is never one or two characters.
    static func tail(of text: String, gaps: Set<Unicode.Scalar> = [" "]) -> (Int, Int)? {
        let scalars = Array(text.unicodeScalars)
        guard let lastLetter = scalars.lastIndex(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { return nil }
        var start: Int
        if scalars[...lastLetter].suffix(12).contains(where: { $0.properties.isIdeographic }) {
            // Three units back: a hanzi each, or a run of Latin letters or digits (`110`) as one.
            var units = 0
            start = lastLetter
            var i = lastLetter
            while i >= 0 {
                let s = scalars[i]
                if s.properties.isAlphabetic || s.properties.numericType != nil {
                    let latin = s.isASCII
                    if !(latin && i + 1 < scalars.count && scalars[i + 1].isASCII && i + 1 <= lastLetter
                         && (scalars[i + 1].properties.isAlphabetic || scalars[i + 1].properties.numericType != nil)) {
                        units += 1
                    }
                    if units > 3 { break }
                    start = i
                }
                i -= 1
            }
        } else {
            // Back over the last word, its space, and the word before (a no-break space, which
            // binds a phrase such as `year on year`, counts too: else the tail would take in the
            // whole phrase and the figure before it, `18.85% year on year`, as one unbreakable run).
            var i = lastLetter, spaces = 0
            while i > 0 {
                if gaps.contains(scalars[i - 1]) {
                    spaces += 1
                    if spaces == 2 { break }
                }
                i -= 1
            }
            start = i
        }
        let before = String(String.UnicodeScalarView(scalars[..<start])).utf8.count
        return before < text.utf8.count ? (before, text.utf8.count) : nil
    }
}
