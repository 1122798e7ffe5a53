import Foundation

/// Line-breaking rules Pango 1.50 lacks, as UTF-8 byte ranges inside which no line may break
/// (applied with `pango_attr_allow_breaks_new(FALSE)`; tested in the print research).
///
/// - clreq, basic level: Pango's UAX #14 breaker keeps 、，。：；！？ and closing brackets off
///   the start of a line, but lets · ～ － ／ start one; each is tied to the character before.
/// - A number stays with its unit, 余, % or measure word (`6.84万元`, `131 suspects`), a
///   Chinese numeral with its measure word (`两个小时`, `十余名`).
/// - A quoted term stays whole (“清关”, up to three characters; on a leaflet up to six, “临时保管账户”,
///   and an English one of up to two words, “safe account”): a reader takes it as one word.
/// - Phrases the theme lists stay whole (`year on year`), and a month name with its day.
/// - A hyphenated name stays whole (`Sub-bureau`): `hyphenatedWords`.
/// - A Chinese date stays whole (`2026年10月31日`), and a short date range (`1月至10月`) too
///   (`Words.dates`: the leaflets ask for it).
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
        /// Chinese dates (年月日) and short date ranges kept whole (`chineseDates`).
        var dates = false
        /// Counts in words kept with their measure words (`两个小时`, `十余名`), figures with
        /// their two-character units (`3个小时`), a day with its month's name (`5 March`), and
        /// only an uncapitalised word taken for a figure's unit (`131 suspects`, not `2026 Ms`):
        /// the leaflets ask for it; posters keep their breaks.
        var counts = false
        /// Longest quoted Chinese term kept whole, in characters (`“征信修复费”`): the leaflets
        /// keep six, and a line a term moves off is spread by justification.
        var termLength = 3
        /// Most words an English quoted term kept whole in running text has (`“safe account”`),
        /// 0 for none. The leaflets keep two: four (`“unlock the frozen account”`) set a tight
        /// leaflet's English stories too long to print (clerk7's `a4-two-long`); headlines,
        /// case titles and slogans keep four (`TextLayout.headlineWords`).
        var quotedWords = 0
    }

    /// A Chinese date of two parts or more: `2026年10月31日`, `2026年10月`, `10月31日`.
    static let chineseDate = #"(?:\d{4}\s?年\s?)?\d{1,2}\s?月(?:\s?\d{1,2}\s?[日号])?"#
    /// A date range: two dates (`1月1日至10月31日`, `2026年1月—10月`), or months or days (`2026年1—10月`, `10月1—7日`).
    static let chineseDateRange = #"(?:\d{4}\s?年\s?)?(?:\d{1,2}\s?月\s?)?\d{1,2}\s?[日号月]?\s?[至到—–\-～~－]\s?"#
        + #"(?:\d{4}\s?年\s?)?(?:\d{1,2}\s?月\s?)?\d{1,2}\s?[日号月]"#
    /// Longest date range kept on one line, in characters: a longer one (`2026年1月1日至2026年10月31日`)
    /// would not fit a narrow column, and breaks at its `至` instead, each date whole.
    static let longestDateRange = 12

    /// UTF-8 byte ranges of the Chinese dates and short date ranges in `text`.
    static func chineseDates(in text: String) -> [(Int, Int)] {
        var out = matches(chineseDate, in: text)
        out += matches(chineseDateRange, in: text).filter { r in
            String(decoding: Array(text.utf8)[r.0..<r.1], as: UTF8.self).count <= longestDateRange
        }
        return out
    }

    /// UTF-8 byte ranges of a figure and its Chinese unit or counter (`2380元`, `21.5万`) and of
    /// the Chinese dates: justification spaces no character inside one, so a figure is never
    /// read apart from its unit (`2380 元`, `2026 年10月`).
    static func tightRanges(in text: String) -> [(Int, Int)] {
        guard text.unicodeScalars.contains(where: { $0.properties.isIdeographic }) else { return [] }
        return matches(#"\d[\d,.]*[\#(units)]+"#, in: text) + chineseDates(in: text)
    }

    /// A quoted term of up to `length` characters, its marks included (`“安全账户”`).
    static func quotedTerms(in text: String, upTo length: Int) -> [(Int, Int)] {
        matches(#"[“‘「《〈（][^“”‘’「」《》〈〉（）\s]{1,\#(length)}[”’」》〉）]"#, in: text)
    }

    /// An English term of up to `words` words in curly double quotes, its marks included
    /// (`“safe account”`); a quote that runs longer is a sentence, and breaks like one. A quote
    /// with hanzi is none: Chinese has no spaces, so `“银行卡信息有误，资金已冻结”` read as one
    /// word and moved whole, leaving the line before it ragged (`quotedTerms` keeps Chinese ones).
    static func quotedPhrases(in text: String, upTo words: Int) -> [(Int, Int)] {
        guard words > 0 else { return [] }
        return matches(#"“[^“”\s\p{Han}]+(?:\s[^“”\s\p{Han}]+){0,\#(words - 1)}”"#, in: text)
    }

    /// UTF-8 byte ranges of the Latin words joined by hyphens (`Sub-bureau`, `Anti-Fraud`),
    /// which a leaflet keeps whole: the office's name on the cover printed `Sub- / bureau`, the
    /// tips `National Anti- / Fraud Centre`. A headline's lines are balanced between whole words
    /// instead; only a compound wider than its column breaks after all. A figure joined to its
    /// unit by a hyphen is one too (`15,000-yuan`): clerk7's leaflet printed `a 15,000- / yuan`.
    static func hyphenatedWords(in text: String) -> [(Int, Int)] {
        matches(#"(?:[A-Za-z][A-Za-z'’]*|\d[\d,.]*)(?:[-‐‑][A-Za-z][A-Za-z'’]*)+"#, in: text)
    }

    /// UTF-8 byte ranges of the matches of `pattern` in `text`.
    static func matches(_ pattern: String, in text: String, options: NSRegularExpression.Options = []) -> [(Int, Int)] {
        guard let re = RegexCache.shared.regex(pattern, options: options) else { return [] }
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            let start = ns.substring(to: m.range.location).utf8.count
            return (start, start + ns.substring(with: m.range).utf8.count)
        }
    }

    /// Units, counters and approximations a figure is never parted from.
    static let units = "%％余多万亿千百十元角分起人名次个岁年月日号天周笔张部家条台件户倍秒时点折成位项类种批宗期辆套层份只元"

    /// Units of two characters a figure or numeral keeps (`3小时`, `两个小时`, `20分钟`): their
    /// first character alone is no unit, so `[units]` would stop before it (`两个 / 小时`).
    static let unitWords = "小时|分钟|季度|公里|平方米"

    /// Chinese numerals, as counts are written in words (`两个`, `十余名`, `半天`, `几万元`, `数次`).
    static let numerals = "一二两三四五六七八九十百千万几数半"

    /// Measure words a Chinese numeral keeps besides `units` (which a figure keeps too).
    static let measureWords = "场封间轮所栋节段句遍趟颗枚本声通"

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
        // A figure and its unit: 6.84万元, 4400余万元, 53.29%, 131 suspects, 38,600 yuan (3个小时).
        // A capitalised word after a figure is no unit (`2026 Ms Wang`: bound, it pushed a whole
        // date and name to the next line); a month is, in a date (`5 March`), below.
        let unit = words.counts ? #"\s[\p{Ll}\p{Lo}]+"# : #"\s\p{L}+"#
        add(#"\d[\d,.]*(?:\#(words.counts ? "(?:\(unitWords)|[\(units)])+" : "[\(units)]+")|\s?[%％]|\#(unit))"#)
        // A Chinese numeral and its measure word: 两个小时, 三天, 十余名, 半个月, 数次, 几万元.
        if words.counts { add(#"[\#(numerals)]+(?:\#(unitWords)|[\#(units)\#(measureWords)])+"#) }
        // A word before a figure that belongs to it: 同比下降53.29% is fine to break, "October 31" is not.
        if !words.months.isEmpty {
            let names = words.months.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
            add(#"\b(?:\#(names))\s\d{1,4}\b"#)
            if words.counts { add(#"\b\d{1,2}\s(?:\#(names))\b"#) }
        }
        for phrase in words.phrases where !phrase.isEmpty {
            add(NSRegularExpression.escapedPattern(for: phrase).replacingOccurrences(of: " ", with: #"\s+"#), options: .caseInsensitive)
        }
        // A short term in quotes or title marks, marks included.
        out += quotedTerms(in: text, upTo: words.termLength) + quotedPhrases(in: text, upTo: words.quotedWords)
        if words.dates { out += chineseDates(in: text) }
        if paragraph { if let tail = tail(of: text, gaps: words.gaps) { out.append(tail) } }
        return out
    }

    /// The end of a paragraph kept on one line: from its third-last letter (Chinese) or its
    /// second-last word (English), so the last line is never one or two characters.
    /// `units`: how many hanzi (or runs of Latin letters or digits) a Chinese last line keeps.
    static func tail(of text: String, gaps: Set<Unicode.Scalar> = [" "], units want: Int = 3) -> (Int, Int)? {
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
                    if units > want { break }
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
