@testable import BeaconLeaflet
import BeaconWords
import Testing

/// The line-breaking rules beyond punctuation, set by Pango at many widths.
@Suite struct LineBreakRulesTests {
    static let words = LineBreakRules.Words(phrases: ["year on year", "million yuan"], months: ["October"], counts: true)

    func lines(_ text: String, width: Double, size: Double = 10.5, language: String = "zh-CN", headline: Bool = false) -> [String] {
        let engine = TextEngine(languageTag: language)
        engine.breakWords = Self.words
        engine.justify = language.hasPrefix("zh")
        engine.headlinePhrases = true
        return TextLayout(text, style: TextStyle(size: size, headline: headline), width: width, engine: engine).lines.map(\.text)
    }

    @Test(arguments: stride(from: 70.0, through: 200.0, by: 9.0).map { $0 })
    func figuresKeepTheirUnitsAndShortQuotesStayWhole(_ width: Double) {
        let zh = "民警提示：女子被骗6.84万元，另有4400余万元被冻结，同比下降53.29%，抓获131名嫌疑人，涉及“清关”“解冻”等话术。"
        let out = lines(zh, width: width)
        for (a, b) in zip(out, out.dropFirst()) {
            let parted = a.last?.isNumber == true && b.first.map { LineBreakRules.units.contains($0) } == true
            #expect(!parted, "\(a) / \(b)")
            #expect(!(a.hasSuffix("“清") || a.hasSuffix("“解")), "\(a) / \(b)")
        }
        #expect(out.joined() == zh)
    }

    // From 100 pt, where the longest kept run ("53.29% year on year.") fits on a line.
    @Test(arguments: stride(from: 100.0, through: 240.0, by: 7.0).map { $0 })
    func englishFiguresDatesAndPhrasesStayTogether(_ width: Double) {
        let en = "By 31 October, 131 suspects had been caught, more than 44 million yuan was frozen, and cases were down 53.29% year on year."
        let out = lines(en, width: width, language: "en")
        for (a, b) in zip(out, out.dropFirst()) {
            let a = a.trimmingCharacters(in: .whitespaces)
            #expect(!(a.last?.isNumber == true && b.first?.isLetter == true), "\(a) / \(b)")
            #expect(!a.hasSuffix("year on") && !a.hasSuffix("year") || a.hasSuffix("on year"), "\(a) / \(b)")
            #expect(!(a.hasSuffix("million") && b.hasPrefix("yuan")), "\(a) / \(b)")
        }
    }

    @Test(arguments: stride(from: 60.0, through: 240.0, by: 5.0).map { $0 })
    func noParagraphEndsOnOneOrTwoCharacters(_ width: Double) {
        for text in ["随后对方以“连单任务”为由，要求她继续加大垫付金额，张某先后转账9次，共计3.86万元，对方随即将她拉黑，发现被骗立即拨打110。",
                     "所有刷单都是违法行为，所有要求先垫付资金的刷单都是诈骗，小额返利是诱饵，连单解冻是陷阱，千万不要上当受骗。"] {
            let out = lines(text, width: width)
            guard out.count > 1, let last = out.last else { continue }
            #expect(last.count > 2 && last != "110。", "\(width): «\(last)»")
        }
    }

    /// A Chinese numeral stays with its measure word, and a figure with a unit of two
    /// characters: `两 / 个小时` and `两个 / 小时` were printed.
    @Test(arguments: stride(from: 60.0, through: 240.0, by: 5.0).map { $0 })
    func chineseNumeralsKeepTheirMeasureWords(_ width: Double) {
        let text = "短短两个小时里，她先后转账三次，十余名“客服”轮番催促，半个月后又有几名受害人报警，前后共计数起案件，每次都在一天之内骗走1.5万元，最长的一通电话打了3个小时，另一次只用了20分钟。"
        let out = lines(text, width: width)
        #expect(out.joined() == text)
        let numerals = "一二两三四五六七八九十几数半余"
        for (a, b) in zip(out, out.dropFirst()) {
            guard let last = a.last, let first = b.first else { continue }
            let parted = (numerals.contains(last) || last.isNumber) && "个名起次天万元小时分钟通".contains(first)
            #expect(!parted, "\(width) pt: «\(a)» / «\(b)»")
            #expect(!(a.hasSuffix("个") && b.hasPrefix("小时")) && !(a.hasSuffix("分") && b.hasPrefix("钟")), "\(width) pt: «\(a)» / «\(b)»")
        }
    }

    /// A hyphenated name in a headline (the office on the cover) is never broken at its hyphen
    /// (`Sub- / bureau`): its lines are balanced between whole words.
    @Test(arguments: stride(from: 90.0, through: 300.0, by: 10.0).map { $0 })
    func aHyphenatedNameIsNotBrokenAtItsHyphen(_ width: Double) {
        let engine = TextEngine(languageTag: "en")
        engine.breakWords = Self.words
        engine.headlinePhrases = true
        engine.leafletRules = true
        let office = "Anti-Fraud Centre of the Qingxi County Public Security Sub-bureau"
        let layout = TextLayout(office, style: TextStyle(size: 13, bold: true, headline: true), width: width, engine: engine)
        let out = layout.lines.map { $0.text.trimmingCharacters(in: .whitespaces) }
        #expect(out.joined(separator: " ").replacingOccurrences(of: "\u{A0}", with: " ") == office)
        for line in out.dropLast() { #expect(!line.hasSuffix("-"), "\(width) pt: \(out)") }
    }

    /// A date stays whole (`5 October 2026`), but a year is not bound to the name after it as a
    /// figure to its unit (`2026 Ms`): that run of five words went down whole and left
    /// `On the evening of` alone on a short line.
    @Test func aYearIsNotBoundToTheNameAfterIt() {
        let text = "On the evening of 5 October 2026 Ms Wang applied for a loan online, and a caller said her account was frozen."
        var parted = 0
        for width in stride(from: 100.0, through: 240.0, by: 4.0) {
            let out = lines(text, width: width, language: "en").map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{A0}", with: " ") }
            for (a, b) in zip(out, out.dropFirst()) {
                #expect(!a.hasSuffix(" 5") && !a.hasSuffix("October") && !b.hasPrefix("2026"), "\(width) pt: «\(a)» / «\(b)»")
                if a.hasSuffix("2026") && b.hasPrefix("Ms") { parted += 1 }
            }
        }
        #expect(parted > 0, "somewhere the line breaks between the date and the name")
    }

    @Test func headlinesBreakBetweenWordsAndComeOutEven() {
        let title = "2021年1月至10月全区打击治理电信网络诈骗成效"
        for width in stride(from: 120.0, through: 260.0, by: 10.0) {
            let out = lines(title, width: width, size: 13, headline: true)
            guard out.count == 2 else { continue }
            // ICU's dictionary: 诈骗 and 成效 are words, never parted.
            #expect(!out[0].hasSuffix("诈") && !out[0].hasSuffix("成"), "\(out)")
            // Balanced: the lines differ by a few characters, not a full line and a stub.
            #expect(abs(out[0].count - out[1].count) <= 5, "\(out)")
        }
        #expect(WordBoundaries.words("打击治理电信网络诈骗成效", locale: "zh_CN").count >= 4)
    }

    @Test func aFigureWiderThanTheColumnMayBreakAfterAll() {
        let engine = TextEngine(languageTag: "en")
        engine.breakWords = Self.words
        let l = TextLayout("44 million yuan", style: TextStyle(size: 19, bold: true), width: 60, engine: engine)
        #expect(l.relaxed && l.lines.count > 1)
        let wide = TextLayout("more than 44 million yuan", style: TextStyle(size: 12, bold: true), width: 130, engine: engine)
        #expect(!wide.relaxed)
        #expect(wide.lines.last?.text.hasSuffix("44\u{A0}million\u{A0}yuan") == true, "\(wide.lines.map(\.text))")
    }

    /// A Chinese headline breaks at the clerk's space rather than inside a word ICU's dictionary
    /// does not know (`账号`): `初中生买游戏账 / 号 被骗1280元` was printed.
    @Test(arguments: stride(from: 130.0, through: 200.0, by: 10.0).map { $0 })
    func aChineseHeadlineBreaksAtItsSpace(_ width: Double) {
        let out = lines("初中生买游戏账号 被骗1280元", width: width, size: 15, headline: true).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(out == ["初中生买游戏账号", "被骗1280元"], "\(width) pt: \(out)")
    }

    /// A figures heading set poster-large (a panel of its own) in a column narrower than its date
    /// range: the range breaks at `至`, a figure keeps its unit and the words stay whole. clerk8's
    /// tri-fold printed `2026年1月至10 / 月全县打击治理电 / 信网络诈骗成效`.
    @Test(arguments: stride(from: 18.0, through: 40.0, by: 2.0).map { $0 })
    func aHeadlineTooWideForItsDateRangeStillKeepsFiguresAndWords(_ size: Double) {
        let engine = TextEngine(languageTag: "zh-CN")
        engine.breakWords = LineBreakRules.Words(months: [], dates: true, counts: true, termLength: 6)
        engine.leafletRules = true
        engine.headlinePhrases = true
        engine.quoteBreaks = true
        let layout = TextLayout("2026年1月至10月全县打击治理电信网络诈骗成效", style: TextStyle(size: size, bold: true, leading: 1.35, headline: true),
                                width: 227, engine: engine)
        let lines = layout.lines.map(\.text)
        #expect(lines.joined() == "2026年1月至10月全县打击治理电信网络诈骗成效")
        for (line, next) in zip(lines, lines.dropFirst()) {
            #expect(!(line.last?.isNumber ?? false && "年月".contains(next.first ?? " ")), "\(size) pt: \(lines)")
            #expect(!(line.hasSuffix("电") && next.hasPrefix("信")), "\(size) pt: \(lines)")
        }
    }

    /// A slogan as a leaflet sets it: bold, after its mark, its wrapped lines hung after the mark.
    func slogan(_ text: String, width: Double, language: String) -> TextLayout {
        let engine = TextEngine(languageTag: language)
        engine.breakWords = Self.words
        engine.leafletRules = true
        engine.headlinePhrases = true
        engine.latinPunctuation = true
        engine.quoteBreaks = language.hasPrefix("zh")
        var style = TextStyle(size: 12, bold: true, leading: 1.45, headline: true)
        style.hangingPrefix = "◆\u{00A0}"
        return TextLayout("◆\u{00A0}" + text, style: style, width: width, engine: engine)
    }

    /// The widths, in 5 pt steps, at which `whole` takes two lines though `first` fits on one.
    func twoLineWidths(_ first: String, _ whole: String, language: String) -> [Double] {
        let head = slogan(first, width: 2000, language: language).inkWidth, all = slogan(whole, width: 2000, language: language).inkWidth
        return stride(from: (head + 4).rounded(.up), to: all - 4, by: 5).map { $0 }
    }

    /// A wrapped slogan breaks after its comma or semicolon, not at a word inside a phrase:
    /// clerk6's leaflets printed `◆ 先交钱才放款 / 的网贷，都是诈骗` and `◆ Refunds go back the
    /// way you / paid; you never pay to get one`.
    @Test func aWrappedSloganBreaksAfterItsPhrase() {
        for (first, rest, language) in [("先交钱才放款的网贷，", "都是诈骗", "zh-CN"), ("接到96110来电，", "请务必接听", "zh-CN"),
                                        ("Refunds go back the way you paid;", " you never pay to get one", "en")] {
            let widths = twoLineWidths(first, first + rest, language: language)
            #expect(!widths.isEmpty, "\(first)")
            for width in widths {
                let lines = slogan(first + rest, width: width, language: language).lines.map { $0.text.trimmingCharacters(in: .whitespaces) }
                #expect(lines.count == 2 && lines[0].hasSuffix(String(first.last!)), "\(width) pt: \(lines)")
            }
        }
    }

    /// A leaflet keeps English quoted terms of up to four words whole; a Chinese quote has no
    /// spaces, and was taken for a one-word English term of any length: `“银行卡信息有误，资金已冻结”`
    /// moved whole to the next line and left `他点提现时，页面却说` ragged (clerk6's a4-two).
    @Test func aLongChineseQuoteIsNoEnglishTermKeptWhole() {
        let words = LineBreakRules.Words(counts: true, termLength: 6, quotedWords: 4)
        let text = "他点提现时，页面却说“银行卡信息有误，资金已冻结”。他又付了“安全验证费”。"
        let bytes = Array(text.utf8)
        let ranges = LineBreakRules.protectedRanges(in: text, words: words, paragraph: false)
        let kept = ranges.map { String(decoding: bytes[$0.0..<$0.1], as: UTF8.self) }
        #expect(!kept.contains { $0.contains("银行卡信息有误") }, "\(kept)")
        #expect(kept.contains("“安全验证费”"), "\(kept)")
        let english = LineBreakRules.protectedRanges(in: "pay to “unlock the frozen account” now", words: words, paragraph: false)
        #expect(english.contains { $0 == (7, 7 + "“unlock the frozen account”".utf8.count) }, "\(english)")
    }

    /// A figure joined to its unit by a hyphen stays whole, and a headline keeps an English
    /// quoted term of up to four words whole: clerk7's leaflets printed `a 15,000- / yuan
    /// “deposit”`, `The police / have no “safe / account”` and `an “unfreezing / fee”`.
    @Test(arguments: stride(from: 60.0, through: 260.0, by: 6.0).map { $0 })
    func englishHyphenedFiguresAndHeadlineTermsStayWhole(_ width: Double) {
        let engine = TextEngine(languageTag: "en")
        engine.breakWords = LineBreakRules.Words(counts: true, termLength: 6, quotedWords: 2)
        engine.leafletRules = true
        engine.headlinePhrases = true
        engine.latinPunctuation = true
        let body = TextLayout("The man then asked for a 15,000-yuan “deposit” to prove she could pay it back.",
                              style: TextStyle(size: 10), width: width, engine: engine).lines.map { $0.text.trimmingCharacters(in: .whitespaces) }
        #expect(!body.contains { $0.hasSuffix("15,000-") }, "\(width) pt: \(body)")
        for title in ["The police have no “safe account”", "Driver charged an “unfreezing fee” and a “deposit”",
                      "He paid to “unlock the frozen account”"] {
            let style = TextStyle(size: 14, bold: true, headline: true)
            // Only where each term fits a line: a narrower column must break it.
            let terms = LineBreakRules.matches(#"“[^”]*”"#, in: title).map { String(decoding: Array(title.utf8)[$0.0..<$0.1], as: UTF8.self) }
            guard terms.allSatisfy({ TextLayout($0, style: style, width: 2000, engine: engine).inkWidth < width - 1 }) else { continue }
            let layout = TextLayout(title, style: style, width: width, engine: engine)
            let lines = layout.lines.map { $0.text.trimmingCharacters(in: .whitespaces) }
            for (a, b) in zip(lines, lines.dropFirst()) {
                let open = a.lastIndex(of: "“").map { !a[$0...].contains("”") } ?? false
                #expect(!open, "\(width) pt: \(a) / \(b)")
            }
        }
    }
}
