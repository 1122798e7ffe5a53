import CPangoCairo
import Foundation

/// One paragraph set by Pango at a fixed width; owns its `PangoLayout` and can draw any run
/// of its lines, so a paragraph may continue in the next panel.
final class TextLayout {
    /// A line's vertical position inside the paragraph, in points.
    struct Line {
        var top: Double
        var bottom: Double
        var baseline: Double
        var x: Double
        /// The text of the line, for tests of line breaking.
        var text: String
    }

    let layout: OpaquePointer
    private(set) var style: TextStyle
    let width: Double
    private(set) var bytes: [UInt8]
    private(set) var lines: [Line] = []
    /// True when the text had to break where the rules forbid (a figure wider than the column).
    private(set) var relaxed = false
    /// Widest line, in points, to catch a word wider than the column.
    private(set) var inkWidth = 0.0
    /// Opening marks (“ （ 《) that start a line, set half-width (`halt`), UTF-8 byte ranges:
    /// set full-width, their blank half would start the line with a blank.
    var lineStartMarks: [(Int, Int)] = []
    /// A line left starting with a blank is drawn from its first letter (`TextEngine.leafletRules`).
    private var dropBlankLineStarts = false
    /// UTF-8 length of the list marker the text starts with (`1. `, `• `), 0 when none.
    private(set) var markerLength = 0
    /// Justification, line by line: the letter spacing added (points per gap), or nil for a
    /// line left ragged because it would need more than `maxLetterSpacing` (for tests).
    var justified: [Int: Double?] = [:]

    init(_ text: String, style: TextStyle, width: Double, engine: TextEngine) {
        CairoFontLock.enter()
        defer { CairoFontLock.leave() }
        // Pango 1.50 still breaks at a space inside a no-break range, so the spaces the rules
        // protect (`131 suspects`, `year on year`) become no-break spaces; bold ranges follow.
        // Chinese text first gets its breaks next to quotation marks (`QuoteBreaks`).
        let pauses = engine.isCJK && engine.justify && style.justify && !style.headline && style.alignment == .left
        let (original, originalStyle) = engine.quoteBreaks ? QuoteBreaks.insert(in: text, style: style, pauses: pauses) : (text, style)
        // A list item's marker (`1. `, `• `) is not part of its text for the rules: `3. The`
        // is no figure with its unit, whose space would be bound and the marker lost.
        let marker = style.hangingPrefix.map { original.hasPrefix($0) ? $0.utf8.count : 0 } ?? 0
        markerLength = marker
        let (text, style) = Self.bindSpaces(original, style: originalStyle, words: engine.breakWords,
                                            ranges: original.contains(" ") ? Self.afterMarker(marker, original) { engine.protectedRanges(in: $0, paragraph: false) } : nil)
        self.style = style
        self.width = width
        bytes = Array(text.utf8)
        layout = pango_layout_new(engine.context)
        let font = FontDescription(face: style.face, size: style.size, bold: style.bold)
        pango_layout_set_font_description(layout, font.pointer)
        pango_layout_set_width(layout, Int32(((width - style.barInset) * Double(PANGO_SCALE)).rounded(.down)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_justify(layout, 0)
        pango_layout_set_alignment(layout, style.alignment == .centre ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT)
        // Pango's line spacing multiplies the font's own line height (1.45 em for Noto CJK);
        // convert so `leading` is the baseline distance in ems, as typographers give it.
        let metrics = pango_context_get_metrics(engine.context, font.pointer, engine.language)
        let natural = Double(pango_font_metrics_get_height(metrics)) / Double(PANGO_SCALE)
        pango_font_metrics_unref(metrics)
        if natural > 0 { pango_layout_set_line_spacing(layout, Float(style.leading * style.size / natural)) }
        var indent = Int32((style.indent * style.size * Double(PANGO_SCALE)).rounded())
        if let prefix = style.hangingPrefix, marker > 0 {
            // A negative indent hangs every line after the first by the bullet's width.
            var bulletStyle = style
            bulletStyle.hangingPrefix = nil
            bulletStyle.bar = nil
            indent = -Int32((TextLayout.cached(prefix + "x", style: bulletStyle, width: 1000, engine: engine).inkWidth
                            - TextLayout.cached("x", style: bulletStyle, width: 1000, engine: engine).inkWidth) * Double(PANGO_SCALE))
        }
        pango_layout_set_indent(layout, indent)
        pango_layout_set_text(layout, text, -1)
        let body = style.alignment == .left && !style.headline
        // Every paragraph but a headline (balanced instead) keeps its last line at three
        // characters or more: a centred label too (`来电务必 / 接听`).
        let paragraph = engine.leafletRules ? !style.headline : body
        var protected = Self.afterMarker(marker, text) { engine.protectedRanges(in: $0, paragraph: paragraph) }
        if style.headline { protected += engine.words(in: text) + (engine.headlinePhrases ? Self.spacedPhrases(text) : []) }
        // A hyphenated name stays whole (`Sub-bureau`, `Anti-Fraud`), on the cover as in the text.
        if engine.leafletRules { protected += Self.afterMarker(marker, text) { LineBreakRules.hyphenatedWords(in: $0) } }
        if style.wholeWords && !style.headline { protected += Self.afterMarker(marker, text) { engine.words(in: $0) } }
        // A headline or slogan keeps a quoted term whole, however long (`“安全账户”`, `“safe
        // account”`), while it fits: clerk7's cover read `The police / have no “safe / account”`.
        let terms = style.headline && engine.leafletRules
            ? LineBreakRules.quotedTerms(in: text, upTo: 8) + LineBreakRules.quotedPhrases(in: text, upTo: Self.headlineWords) : []
        setAttributes(engine: engine, protected: protected + terms)
        if !terms.isEmpty, widestLine() <= pango_layout_get_width(layout) + Int32(PANGO_SCALE / 2) { protected += terms }
        else if !terms.isEmpty { setAttributes(engine: engine, protected: protected) }
        // A headline's phrase between spaces wider than the column breaks between its words
        // (ICU's) first; only then may a figure, term or word kept whole break after all.
        if style.headline || style.wholeWords, engine.headlinePhrases, widestLine() > pango_layout_get_width(layout) + Int32(PANGO_SCALE / 2) {
            protected = Self.afterMarker(marker, text) { engine.protectedRanges(in: $0, paragraph: false) + engine.words(in: $0) }
            setAttributes(engine: engine, protected: protected)
        }
        if widestLine() > pango_layout_get_width(layout) + Int32(PANGO_SCALE / 2) {
            // The original spaces come back too, so the text can break at them.
            let plain = text.replacingOccurrences(of: "\u{00A0}", with: " ")
            if plain != text, original == plain {
                bytes = Array(plain.utf8)
                pango_layout_set_text(layout, plain, -1)
                self.style.boldRanges = originalStyle.boldRanges
            }
            relaxed = true
            let set = String(decoding: bytes, as: UTF8.self)
            // The leaflets first give up only what is long to keep whole (a date range, a phrase,
            // a quoted term): a figure keeps its unit, a date each part and a headline its words
            // (a figures heading set poster-large broke `2026年1月至10 / 月全县打击治理电 / 信`).
            if engine.leafletRules {
                protected = Self.figuresAndWords(in: set, headline: style.headline, engine: engine)
                setAttributes(engine: engine, protected: protected)
            }
            if !engine.leafletRules || widestLine() > pango_layout_get_width(layout) + Int32(PANGO_SCALE / 2) {
                protected = LineBreakRules.protectedRanges(in: set, extras: false)
                setAttributes(engine: engine, protected: protected)
            }
        }
        var chosenAsWhole = false
        if engine.leafletRules && body && engine.isCJK && !relaxed {
            // Lines are judged as printed, with the opening marks that start them set half-width.
            halveLineStartMarks(engine: engine, protected: protected)
            let dates = engine.breakWords.dates ? Self.afterMarker(marker, text) { LineBreakRules.chineseDates(in: $0) } : []
            let tails = Self.afterMarker(marker, text) { rest in
                [LineBreakRules.tail(of: rest, gaps: engine.breakWords.gaps), LineBreakRules.tail(of: rest, gaps: engine.breakWords.gaps, units: 2)].compactMap { $0 }
            }
            let tail = tails.count == 2 && String(decoding: bytes[tails[1].0...], as: UTF8.self).count >= 3 ? (tails[0], tails[1]) : nil
            // A justified paragraph's breaks are chosen as a whole where a line would be gappy
            // (`paragraphBreaks`); where not, or where Pango does not follow, line by line.
            let giving = givings(engine: engine, dates: dates, tail: tail)
            switch style.justify && engine.justify ? paragraphBreaks(engine: engine, protected: protected, kept: giving.kept, long: giving.long,
                                                                     tight: Self.afterMarker(marker, text) { LineBreakRules.tightRanges(in: $0) }) : .notTried {
            case .even: chosenAsWhole = true
            case .chosen(let whole): protected = whole; chosenAsWhole = true
            case .notTried: protected = loosen(engine: engine, protected: protected, dates: dates, tail: tail)
            }
        }
        if engine.leafletRules { halveLineStartMarks(engine: engine, protected: protected) }
        if engine.leafletRules && body && engine.isCJK && !relaxed && !chosenAsWhole {
            // Halving the marks that start lines moves breaks (a quoted term fits a line it did
            // not): a line that leaves short shares its shortfall too.
            let spread = spreadShortfall(engine: engine, protected: protected)
            if spread.count != protected.count {
                protected = spread
                halveLineStartMarks(engine: engine, protected: protected)
            }
            // A term of four to six hanzi kept whole that still leaves the line before it too
            // short to justify breaks inside after all, two hanzi or more on each side.
            let terms = Self.afterMarker(marker, text) { LineBreakRules.quotedTerms(in: $0, upTo: engine.breakWords.termLength) }
            let released = releaseTerms(engine: engine, protected: protected, terms: terms)
            if released.count != protected.count {
                protected = released
                halveLineStartMarks(engine: engine, protected: protected)
            }
        }
        if body && style.justify && engine.justify {
            justify(engine: engine, protected: protected, tight: engine.leafletRules ? Self.afterMarker(marker, text) { LineBreakRules.tightRanges(in: $0) } : [])
        }
        // A slogan's breaks are chosen over the whole slogan (`TextLayout+SloganBreaks`).
        if style.slogan, style.headline, engine.leafletRules, !relaxed, let chosen = setSloganBreaks(engine: engine, protected: protected) {
            protected = chosen
            halveLineStartMarks(engine: engine, protected: protected)
        } else if style.headline {
            // A slogan of phrases (`链接不乱点，来电不轻信，信息不透露`, `Refunds go back the way
            // you paid; you never pay to get one`) breaks after a phrase's mark where each phrase
            // fits a line, not inside a phrase at a word ICU guessed (`不轻 / 信`, `先交钱才放款 /
            // 的网贷，都是诈骗`), unless that leaves a last line of under a third of the longest.
            let phrases = engine.leafletRules && !relaxed ? engine.isCJK ? Self.punctuatedPhrases(text) : Self.latinPhrases(text) : []
            let full = pango_layout_get_width(layout)
            if phrases.count > 1 {
                setAttributes(engine: engine, protected: protected + phrases)
                if widestLine() <= full + Int32(PANGO_SCALE / 2) {
                    balance(blankStarts: engine.leafletRules)
                    let counts = lineCharacterCounts()
                    if Double(counts.last ?? 0) >= max(3, Double(counts.max() ?? 0) / 3) { protected += phrases }
                }
                if !protected.contains(where: { p in phrases.contains { $0 == p } }) {
                    pango_layout_set_width(layout, full)
                    setAttributes(engine: engine, protected: protected)
                    balance(blankStarts: engine.leafletRules)
                }
            } else {
                balance(blankStarts: engine.leafletRules)
            }
            if engine.leafletRules { halveLineStartMarks(engine: engine, protected: protected) }
        }
        if engine.leafletRules { dropBlankLineStarts = true }
        measure()
    }

    /// What a paragraph too wide for its column still keeps whole: a figure with its unit
    /// (`10月`, `863万余元`), each single date, and in a headline ICU's words.
    static func figuresAndWords(in text: String, headline: Bool, engine: TextEngine) -> [(Int, Int)] {
        var words = LineBreakRules.Words()
        words.counts = engine.breakWords.counts
        words.months = engine.breakWords.months
        var out = LineBreakRules.protectedRanges(in: text, words: words)
        if engine.breakWords.dates { out += LineBreakRules.matches(LineBreakRules.chineseDate, in: text) }
        if headline { out += engine.words(in: text) }
        return out
    }

    deinit { CairoFontLock.run { g_object_unref(UnsafeMutableRawPointer(layout)) } }

    /// `ranges` found in `text` after its first `marker` bytes (a list item's marker), as byte
    /// ranges of the whole text.
    static func afterMarker(_ marker: Int, _ text: String, _ ranges: (String) -> [(Int, Int)]) -> [(Int, Int)] {
        guard marker > 0 else { return ranges(text) }
        let rest = String(decoding: Array(text.utf8)[marker...], as: UTF8.self)
        return ranges(rest).map { ($0.0 + marker, $0.1 + marker) }
    }

    /// `text` with each space inside a protected range replaced by U+00A0, and the style's bold
    /// ranges moved to match (each replacement adds a byte).
    /// `ranges`: the text's protected ranges when already known.
    static func bindSpaces(_ text: String, style: TextStyle, words: LineBreakRules.Words, ranges known: [(Int, Int)]? = nil) -> (String, TextStyle) {
        guard text.contains(" ") else { return (text, style) }
        let ranges = known ?? LineBreakRules.protectedRanges(in: text, words: words)
        let bytes = Array(text.utf8)
        var replaced: [Int] = []
        for (start, end) in ranges {
            for i in start..<min(end, bytes.count) where bytes[i] == 0x20 && (i > start && i < end - 1) { replaced.append(i) }
        }
        guard !replaced.isEmpty else { return (text, style) }
        let set = Set(replaced)
        var out: [UInt8] = []
        for (i, b) in bytes.enumerated() { if set.contains(i) { out += [0xC2, 0xA0] } else { out.append(b) } }
        let sorted = set.sorted()
        func moved(_ offset: Int) -> Int { offset + sorted.prefix { $0 < offset }.count }
        var s = style
        s.boldRanges = style.boldRanges.map { moved($0.lowerBound)..<moved($0.upperBound) }
        return (String(decoding: out, as: UTF8.self), s)
    }

    /// Sets the text's attributes: language, no-break ranges, compressed punctuation, bold runs,
    /// and extra letter spacing (`spacing`: byte range and points) for justified lines.
    func setAttributes(engine: TextEngine, protected: [(Int, Int)], spacing: [(Range<Int>, Double)] = []) {
        let attrs = pango_attr_list_new()
        defer { pango_attr_list_unref(attrs) }
        func insert(_ a: UnsafeMutablePointer<PangoAttribute>?, _ start: Int, _ end: Int) {
            guard let a else { return }
            a.pointee.start_index = UInt32(start)
            a.pointee.end_index = UInt32(min(end, bytes.count))
            pango_attr_list_insert(attrs, a)
        }
        pango_attr_list_insert(attrs, pango_attr_language_new(engine.language))
        for (start, end) in engine.leafletRules ? Self.merged(protected) : protected { insert(pango_attr_allow_breaks_new(0), start, end) }
        for (start, end) in PunctuationSpacing.halfWidthRanges(in: String(decoding: bytes, as: UTF8.self)) + lineStartMarks {
            insert(pango_attr_font_features_new("halt 1"), start, end)
        }
        if engine.latinPunctuation && !engine.isCJK {
            for (start, end) in PunctuationSpacing.latinRanges(in: bytes) { insert(pango_attr_font_features_new("pwid 1"), start, end) }
        }
        for r in style.boldRanges where r.lowerBound < bytes.count { insert(pango_attr_weight_new(PANGO_WEIGHT_BOLD), r.lowerBound, r.upperBound) }
        for (r, points) in spacing { insert(pango_attr_letter_spacing_new(Int32((points * Double(PANGO_SCALE)).rounded(.down))), r.lowerBound, r.upperBound) }
        pango_layout_set_attributes(layout, attrs)
    }

    /// No line starts with a blank: an opening mark at a line's start (`“工程师”`, `（分6笔）`)
    /// is set half-width, as clreq allows, so its ink starts at the margin like the lines
    /// around it. Halving a mark can move the breaks after it, so the line starts are found
    /// again until they settle (a paragraph's first line keeps its indent and is not touched
    /// when indented; Latin-form quotes have no blank half).
    func halveLineStartMarks(engine: TextEngine, protected: [(Int, Int)]) {
        guard !(engine.latinPunctuation && !engine.isCJK) else { return }
        // Halving a mark can move the breaks so that another starts a line, or this one no
        // longer does; a mark once halved stays so until the starts settle (else they can
        // alternate), then the marks no longer at a line start are set full again if that
        // moves no break.
        for _ in 0..<4 {
            let found = openingMarksAtLineStarts()
            let known = Set(lineStartMarks.map(\.0))
            let new = found.filter { !known.contains($0.0) }
            if new.isEmpty { break }
            lineStartMarks += new
            setAttributes(engine: engine, protected: protected)
        }
        let starts = Set(openingMarksAtLineStarts().map(\.0))
        guard lineStartMarks.contains(where: { !starts.contains($0.0) }) else { return }
        let all = lineStartMarks
        let breaks = lineStarts()
        lineStartMarks = all.filter { starts.contains($0.0) }
        setAttributes(engine: engine, protected: protected)
        // Setting a mark full again must move no break: a balanced headline would gain a line
        // (`办案，更没有“安全 / 账户”`).
        if Set(openingMarksAtLineStarts().map(\.0)) != starts || engine.leafletRules && lineStarts() != breaks {
            lineStartMarks = all
            setAttributes(engine: engine, protected: protected)
        }
    }

    /// How many characters each line holds.
    private func lineCharacterCounts() -> [Int] {
        (0..<Int(pango_layout_get_line_count(layout))).compactMap { i in
            guard let line = pango_layout_get_line_readonly(layout, Int32(i)) else { return nil }
            let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
            guard start >= 0, length >= 0, start + length <= bytes.count else { return nil }
            return String(decoding: bytes[start..<start + length], as: UTF8.self).filter { !$0.isWhitespace && $0 != "\u{200B}" }.count
        }
    }

    /// The most letter spacing justification adds between two characters, in ems. Chinese
    /// justification has no ragged lines: a figure with its unit or a quoted term that does not
    /// fit is made up for by spacing the line's characters (clreq), up to this much; only past
    /// it does the line stay ragged.
    static let maxLetterSpacing = 0.4

    /// Letter spacing, in ems a gap, from which a justified line reads as spaced out: clerk7
    /// saw `的 洗 钱 案 ， 要 求 她 配 合` (0.16 em) and `不 要 接 受 陌 生 人 的` (0.29 em) as
    /// gaps of half a character. A quoted term of four hanzi or more kept whole gives way
    /// rather than leave the line before it so (`releaseTerms`).
    static let gappyLetterSpacing = 0.2

    /// Most words of an English quoted term a headline, case title or slogan keeps whole
    /// (`an “unfreezing fee”`, `“unlock the frozen account”`).
    static let headlineWords = 4

    /// A headline of several lines is set as narrow as keeps its line count and every line
    /// within the width, so its lines come out about even instead of a full line over a stub.
    /// A width at which a line would start with a space (Pango falls back to breaking before
    /// it when a phrase kept whole does not fit: `寄包裹被扣海关 / ␣要交“清关费”`) is too narrow.
    private func balance(blankStarts: Bool) {
        let full = pango_layout_get_width(layout)
        let count = pango_layout_get_line_count(layout)
        guard count > 1, full > 0, !blankStarts || blankLineStart() == nil else { return }
        var (lo, hi) = (full / 2, full)
        while hi - lo > Int32(PANGO_SCALE) {
            let mid = (lo + hi) / 2
            pango_layout_set_width(layout, mid)
            // Too narrow, too, where a run kept whole no longer fits: Pango then sets it on one
            // line past the width, so the count alone would call the width fine (a case title
            // of one kept phrase ran over the next column).
            let tooNarrow = pango_layout_get_line_count(layout) > count || widestLine() > mid + Int32(PANGO_SCALE / 2)
            if tooNarrow || blankStarts && blankLineStart() != nil { lo = mid } else { hi = mid }
        }
        pango_layout_set_width(layout, hi)
    }

    /// The first line after the first that starts with a blank (a space, a no-break or an
    /// ideographic space), or nil.
    private func blankLineStart() -> Int? {
        for i in 1..<max(1, Int(pango_layout_get_line_count(layout))) {
            guard let line = pango_layout_get_line_readonly(layout, Int32(i)) else { continue }
            if Self.blankLength(bytes, at: Int(line.pointee.start_index)) > 0 { return i }
        }
        return nil
    }

    /// Bytes of blanks (space, U+00A0, U+3000) at `offset`.
    static func blankLength(_ bytes: [UInt8], at offset: Int) -> Int {
        var k = offset
        while k < bytes.count {
            if bytes[k] == 0x20 { k += 1 }
            else if k + 1 < bytes.count, bytes[k] == 0xC2, bytes[k + 1] == 0xA0 { k += 2 }
            else if k + 2 < bytes.count, bytes[k] == 0xE3, bytes[k + 1] == 0x80, bytes[k + 2] == 0x80 { k += 3 }
            else { break }
        }
        return k - offset
    }

    private func measure() {
        let scale = Double(PANGO_SCALE)
        guard let iter = pango_layout_get_iter(layout) else { return }
        defer { pango_layout_iter_free(iter) }
        repeat {
            var y0: Int32 = 0, y1: Int32 = 0
            pango_layout_iter_get_line_yrange(iter, &y0, &y1)
            var ink = PangoRectangle(), logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, &ink, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iter)) / scale
            var lineText = ""
            if let line = pango_layout_iter_get_line_readonly(iter) {
                let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
                if start >= 0, length >= 0, start + length <= bytes.count {
                    lineText = String(decoding: bytes[start..<start + length], as: UTF8.self).replacingOccurrences(of: "\u{200B}", with: "")
                }
            }
            // A line that still starts with a blank (a figure or phrase wider than the column,
            // broken where Pango could) is drawn from its first letter: no line starts blank.
            var x = Double(logical.x) / scale
            if dropBlankLineStarts, let line = pango_layout_iter_get_line_readonly(iter), lines.count > 0 {
                let start = Int(line.pointee.start_index)
                let blank = Self.blankLength(bytes, at: start)
                if blank > 0, blank < Int(line.pointee.length) {
                    var at: Int32 = 0
                    pango_layout_line_index_to_x(line, Int32(start + blank), 0, &at)
                    // Centred text re-centres on what is left.
                    x -= Double(at) / scale * (style.alignment == .centre ? 0.5 : 1)
                    lineText = String(lineText.drop { $0.isWhitespace })
                }
            }
            lines.append(Line(top: Double(y0) / scale, bottom: Double(y1) / scale, baseline: baseline,
                              x: x, text: lineText))
            inkWidth = max(inkWidth, Double(logical.width) / scale)
        } while pango_layout_iter_next_line(iter) != 0
    }

    /// The text from line `k` on (posters use it to see what did not fit).
    func remainder(after k: Int) -> String { continuation(after: k).text }

    /// The text from line `k` on, to continue the paragraph in the next frame at its own width,
    /// with the style's bold ranges moved to match.
    func continuation(after k: Int) -> (text: String, boldRanges: [Range<Int>]) {
        guard k < lines.count, let line = CairoFontLock.run({ pango_layout_get_line_readonly(layout, Int32(k)) }) else { return ("", []) }
        var start = min(bytes.count, Int(line.pointee.start_index))
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        let text = String(decoding: bytes[start...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let bold = style.boldRanges.compactMap { r -> Range<Int>? in
            let lo = max(0, r.lowerBound - start), hi = r.upperBound - start
            return hi > lo ? lo..<hi : nil
        }
        return (text, bold)
    }

    /// Height of lines `range`, from the top of the first to the bottom of the last.
    func height(_ range: Range<Int>) -> Double {
        guard !range.isEmpty else { return 0 }
        return lines[range.upperBound - 1].bottom - lines[range.lowerBound].top
    }

    var height: Double { height(0..<lines.count) }

    /// Draws lines `range` with the top of the first at (`x`, `y`).
    func draw(_ range: Range<Int>, on canvas: CairoCanvas, x: Double, y: Double) {
        guard !range.isEmpty else { return }
        let origin = lines[range.lowerBound].top
        if let bar = style.bar {
            canvas.fill(Rect(x: x, y: y, width: 1.5, height: height(range)), bar)
        }
        let x = x + style.barInset
        canvas.setColour(style.colour)
        CairoFontLock.enter()
        defer { CairoFontLock.leave() }
        for i in range {
            guard let line = pango_layout_get_line_readonly(layout, Int32(i)) else { continue }
            cairo_move_to(canvas.cr, x + lines[i].x, y + lines[i].baseline - origin)
            pango_cairo_show_layout_line(canvas.cr, line)
        }
    }
}

