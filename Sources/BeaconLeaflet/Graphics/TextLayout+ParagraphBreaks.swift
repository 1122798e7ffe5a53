import BeaconWords
import CPangoCairo

/// A justified Chinese paragraph's breaks chosen as a whole (Knuth–Plass), not line by line.
///
/// Pango fills each line as full as it can; a run the rules keep whole (a figure with its unit,
/// a quoted term, a date, a paragraph's last three hanzi) then moves down whole and leaves the
/// line before it short, spread by justification into a gappy line (clerk7's `中 心 ” “ 社 保 局
/// ” 开 头 ， 再 转 接`, 0.37 em a gap). Repairing one line at a time (`loosen`,
/// `spreadShortfall`, `releaseTerms`) judged each rule alone. Here one dynamic programme over
/// the paragraph weighs them together: every break the rules allow is a candidate at no cost,
/// and each rule's fallback break is one at a cost (`BreakCosts`), against the spacing each
/// line would need. The chosen breaks are forced (each line's interior kept whole) and kept
/// only where Pango reproduces them; elsewhere the line-by-line repairs run as before.
extension TextLayout {
    /// A kept range that may give way at some breaks inside it, each at a cost.
    struct Giving {
        var range: (Int, Int)
        /// Byte offset of a break inside `range` → its cost (badness units, `BreakCosts`).
        var breaks: [Int: Double]
    }

    /// The costs of the fallback breaks, in the units of a line's badness (10 000 × s³ for `s`
    /// ems of letter spacing a gap: 0.05 em costs 1.25, 0.1 em 10, 0.15 em 34, 0.25 em 156).
    /// A kept term's break costs more than a line at 0.1 em a gap and less than one at 0.15
    /// em: it gives way to a gappy line, never to an even one.
    enum BreakCosts {
        /// A quoted term of four to six hanzi, two or more each side (`“安全 / 账户”`).
        static let term = 32.0
        /// A quoted term of seven hanzi or more, at ICU's word boundary (`“消除不良 / 征信记录”`),
        /// plus `offCentre` for each hanzi the two sides differ by.
        static let longTerm = 4.0
        static let offCentre = 2.0
        /// A long term broken elsewhere (`“流水 / 验证未通过”`, `“消除不良征 / 信记录”`).
        static let longTermAnywhere = 80.0
        /// A date after its year (`2026年 / 10月31日`).
        static let date = 14.0
        /// A paragraph's last line of two hanzi and its stop (`投入。`) rather than three.
        static let shortTail = 16.0
    }

    /// Letter spacing, in ems a gap, under which a paragraph is left as Pango broke it.
    static let wholeParagraphSpacing = 0.1

    /// The badness of a line `spare` ems short: spaced `s` ems a gap, TeX's cube; a line that
    /// would need more than `maxLetterSpacing` stays ragged, worse than any break, and the
    /// more so the larger the hole at its end.
    static func badness(_ s: Double, spare: Double) -> Double {
        s > maxLetterSpacing ? 1000 + 300 * spare : 10_000 * s * s * s
    }

    /// The fallback breaks of a paragraph's kept ranges: `dates` after the year, `tail` (its
    /// last three hanzi) at its last two, quoted terms of four hanzi up to `termLength` two and
    /// two, and (not kept, `long`) terms of seven hanzi or more at ICU's words.
    func givings(engine: TextEngine, dates: [(Int, Int)], tail: (full: (Int, Int), short: (Int, Int))?) -> (kept: [Giving], long: [Giving]) {
        var kept: [Giving] = []
        for d in dates {
            let part = String(decoding: bytes[d.0..<d.1], as: UTF8.self)
            guard let year = part.firstIndex(of: "年") else { continue }
            var cut = d.0 + part[...year].utf8.count
            while cut < d.1, bytes[cut] == 0x20 { cut += 1 }
            if cut < d.1 { kept.append(Giving(range: d, breaks: [cut: BreakCosts.date])) }
        }
        if let tail { kept.append(Giving(range: tail.full, breaks: [tail.short.0: BreakCosts.shortTail])) }
        let locale = engine.languageTag.replacingOccurrences(of: "-", with: "_")
        var long: [Giving] = []
        for term in LineBreakRules.quotedTerms(in: String(decoding: bytes, as: UTF8.self), upTo: 16) {
            let inner = Array(bytes[term.0..<term.1])
            let scalars = Array(String(decoding: inner, as: UTF8.self).unicodeScalars)
            let hanzi = scalars.dropFirst().dropLast()
            guard hanzi.allSatisfy(\.properties.isIdeographic), hanzi.count >= 4 else { continue }
            // Offsets after each hanzi but the last: breaks inside, with the hanzi before each.
            var offsets: [(offset: Int, before: Int)] = []
            var o = term.0 + String(scalars[0]).utf8.count
            for (k, s) in hanzi.enumerated().dropLast() { o += String(s).utf8.count; offsets.append((o, k + 1)) }
            let words = Set(WordBoundaries.offsets(String(decoding: inner, as: UTF8.self), locale: locale).map { $0 + term.0 })
            var breaks: [Int: Double] = [:]
            if hanzi.count <= engine.breakWords.termLength {
                for (offset, before) in offsets where before >= 2 && hanzi.count - before >= 2 {
                    breaks[offset] = BreakCosts.term + (words.contains(offset) ? 0 : 6)
                }
                kept.append(Giving(range: term, breaks: breaks))
            } else if hanzi.count > engine.breakWords.termLength {
                for (offset, before) in offsets {
                    let after = hanzi.count - before
                    breaks[offset] = words.contains(offset) && before >= 2 && after >= 2
                        ? BreakCosts.longTerm + BreakCosts.offCentre * Double(abs(before - after)) : BreakCosts.longTermAnywhere
                }
                long.append(Giving(range: term, breaks: breaks))
            }
        }
        return (kept, long)
    }

    /// Sets the paragraph in its best breaks (no more lines than now) and gives the protected
    /// ranges that keep them: `.even` (the layout untouched) where no line is spaced over
    /// `wholeParagraphSpacing` and no long term is broken off its words, or where no other
    /// choice is better; `.notTried` where Pango does not reproduce the choice.
    func paragraphBreaks(engine: TextEngine, protected: [(Int, Int)], kept: [Giving], long: [Giving], tight: [(Int, Int)]) -> ParagraphBreaks {
        let count = Int(pango_layout_get_line_count(layout))
        // A hard break (`\` in Markdown) ends a line that stays ragged: such text is left alone.
        guard count > 1, !bytes.contains(0x0A), !String(decoding: bytes, as: UTF8.self).contains("\u{2028}") else { return .notTried }
        let measure = LineMeasure(self, tight: tight)
        let starts = lineStarts()
        let giving = kept.filter { g in protected.contains { $0 == g.range } }
        let base = protected.filter { p in !giving.contains { $0.range == p } }

        // Where a line may start: Pango's breaks without the ranges that may give way, those
        // ranges' own breaks, and not just anywhere inside a long term.
        setAttributes(engine: engine, protected: base)
        var n: Int32 = 0
        var legal: Set<Int> = []
        if let attrs = pango_layout_get_log_attrs_readonly(layout, &n) {
            for i in 1..<min(Int(n), measure.offsets.count - 1) where attrs[i].is_line_break != 0 { legal.insert(measure.offsets[i]) }
        }
        setAttributes(engine: engine, protected: protected)
        var cost: [Int: Double] = [0: 0, bytes.count: 0]
        for offset in legal {
            var c = 0.0
            var allowed = true
            for g in giving + long where g.range.0 < offset && offset < g.range.1 {
                if let k = g.breaks[offset] { c += k } else { allowed = false }
            }
            if allowed { cost[offset] = c }
        }
        let points = cost.keys.sorted()
        /// The spacing, in ems, between the characters of a line from `a` to `b` `spare` points short.
        func spacing(_ measure: LineMeasure, _ a: Int, _ b: Int, spare: Double) -> Double {
            let gaps = measure.gaps(a, b)
            guard gaps.letters > 0 else { return spare > 0.05 * style.size ? 1 : 0 }
            return Self.spreading(spare, gaps: Double(gaps.letters), pauses: gaps.pauses, size: style.size).each / style.size
        }
        func lineCost(_ a: Int, _ b: Int, line: Int) -> Double? {
            guard let spare = measure.spare(a, b, line: line) else { return nil }
            if b == bytes.count { return 0 }
            let s = spacing(measure, a, b, spare: spare)
            return Self.badness(s, spare: spare / style.size) + (cost[b] ?? 0)
        }
        // Today's breaks, as costly as the choice must beat.
        var now = 0.0, worst = 0.0
        for (i, (a, b)) in zip(starts, starts.dropFirst() + [bytes.count]).enumerated() {
            if b < bytes.count, let spare = measure.spare(a, b, line: i) {
                worst = max(worst, spacing(measure, a, b, spare: spare))
            }
            now += lineCost(a, b, line: i) ?? 1000
        }
        let brokenLong = starts.contains { b in long.contains { $0.range.0 < b && b < $0.range.1 && ($0.breaks[b] ?? 0) >= BreakCosts.longTermAnywhere } }
        guard worst > Self.wholeParagraphSpacing || brokenLong else { return .even }

        // best[j][p]: the least cost of setting the text up to points[p] in j lines.
        let last = points.count - 1
        var best = Array(repeating: Array(repeating: Double.infinity, count: points.count), count: count + 1)
        var from = Array(repeating: Array(repeating: -1, count: points.count), count: count + 1)
        best[0][0] = 0
        for j in 0..<count {
            for s in 0..<last where best[j][s] < .infinity {
                var e = s + 1
                while e <= last, let c = lineCost(points[s], points[e], line: j) {
                    if best[j][s] + c < best[j + 1][e] { best[j + 1][e] = best[j][s] + c; from[j + 1][e] = s }
                    e += 1
                }
            }
        }
        guard let lines = (1...count).reversed().min(by: { best[$0][last] < best[$1][last] }), best[lines][last] < .infinity else { return .notTried }
        guard best[lines][last] < now - 0.5 else { return .even }
        var chosen: [Int] = []
        var p = last
        for j in stride(from: lines, to: 0, by: -1) {
            let s = from[j][p]
            guard s >= 0 else { return .notTried }
            chosen.insert(points[s], at: 0)
            p = s
        }
        guard chosen != starts else { return .even }

        // The ranges given way split at the chosen breaks; each line kept whole, so Pango can
        // break only where the chosen lines meet.
        var tried = base
        for g in giving {
            let inside = chosen.filter { g.range.0 < $0 && $0 < g.range.1 }
            if inside.isEmpty { tried.append(g.range); continue }
            let cuts = [g.range.0] + inside + [g.range.1]
            tried += zip(cuts, cuts.dropFirst()).map { ($0, $1) }
        }
        tried += zip(chosen, chosen.dropFirst() + [bytes.count]).map { ($0, $1) }
        let marks = lineStartMarks
        setAttributes(engine: engine, protected: tried)
        halveLineStartMarks(engine: engine, protected: tried)
        if lineStarts() == chosen { return .chosen(tried) }
        lineStartMarks = marks
        setAttributes(engine: engine, protected: protected)
        return .notTried
    }

    /// What `paragraphBreaks` did.
    enum ParagraphBreaks {
        /// The paragraph is set in its best breaks already: it is left as it is.
        case even
        /// It is set in other breaks, kept by these protected ranges.
        case chosen([(Int, Int)])
        /// No choice could be made or Pango did not follow it: the line-by-line repairs run.
        case notTried
    }

    /// A paragraph's characters measured once on one unbroken line, so the width and the gaps
    /// of any line from one break to another are known without setting it.
    struct LineMeasure {
        /// Byte offset of each character, and the text's length last.
        let offsets: [Int]
        /// Pango units from the text's start to each offset in `offsets`.
        private let x: [Double]
        private let index: [Int: Int]
        /// How many characters before each one (and the end) take letter spacing (`justify`), and
        /// how many are break marks after a pause mark (`，​`), which take a wider share.
        private let spaced: [Int], pauses: [Int]
        /// Opening marks at a line start are set half-width (`halveLineStartMarks`): those
        /// halved now, by offset, and where opening marks are.
        private let halved: Set<Int>
        private let opening: Set<Int>
        private let bytes: [UInt8]
        private let available: Double, indent: Double, marker: Int

        init(_ t: TextLayout, tight: [(Int, Int)]) {
            bytes = t.bytes
            var offsets: [Int] = [], spaced = [0], pauses = [0], opening: Set<Int> = []
            var o = 0
            var previous: Unicode.Scalar?
            for s in String(decoding: t.bytes, as: UTF8.self).unicodeScalars {
                pauses.append(pauses.last! + (s == QuoteBreaks.mark && previous.map(QuoteBreaks.pauseMarks.contains) == true ? 1 : 0))
                previous = s
                offsets.append(o)
                let size = String(s).utf8.count
                let takes = s != QuoteBreaks.mark && o + size > t.markerLength && !TextLayout.isWordChar(s)
                    && !tight.contains { o > $0.0 && o < $0.1 }
                spaced.append(spaced.last! + (takes ? 1 : 0))
                if PunctuationSpacing.opening.contains(s) { opening.insert(o) }
                o += size
            }
            offsets.append(o)
            self.offsets = offsets
            self.spaced = spaced
            self.pauses = pauses
            self.opening = opening
            index = Dictionary(uniqueKeysWithValues: offsets.enumerated().map { ($1, $0) })
            halved = Set(t.lineStartMarks.map(\.0))
            available = Double(pango_layout_get_width(t.layout))
            indent = Double(pango_layout_get_indent(t.layout))
            marker = t.markerLength
            var x: [Double] = []
            if let single = pango_layout_copy(t.layout) {
                pango_layout_set_width(single, -1)
                pango_layout_set_indent(single, 0)
                for offset in offsets.dropLast() {
                    var rect = PangoRectangle()
                    pango_layout_index_to_pos(single, Int32(offset), &rect)
                    x.append(Double(rect.x))
                }
                var ink = PangoRectangle(), logical = PangoRectangle()
                pango_layout_get_extents(single, &ink, &logical)
                x.append(Double(logical.width))
                g_object_unref(UnsafeMutableRawPointer(single))
            }
            self.x = x
        }

        /// Where the line from `a` ends once its trailing blanks and break marks are left out.
        private func visibleEnd(_ a: Int, _ b: Int) -> Int {
            var end = b
            while end > a {
                if bytes[end - 1] == 0x20 { end -= 1 } else if end - 3 >= a, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x8B { end -= 3 } else { break }
            }
            return end
        }

        private func width(of offset: Int) -> Double {
            guard let i = index[offset], i + 1 < x.count else { return 0 }
            return x[i + 1] - x[i]
        }

        /// The room line `line` from `a` to `b` leaves in its column, in points; nil when it
        /// does not fit.
        func spare(_ a: Int, _ b: Int, line: Int) -> Double? {
            guard let i = index[a], let j = index[visibleEnd(a, b)], x.count == offsets.count else { return nil }
            var w = x[j] - x[i]
            // The line's first visible character (after the list marker, a break mark).
            var k = a + (line == 0 ? marker : 0)
            while k + 2 < bytes.count, bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0x8B { k += 3 }
            let startsMarked = !(line == 0 && indent > 0) && opening.contains(k)
            // A mark halved now but not at this line's start is set full; one at it, half.
            for mark in halved where mark >= a && mark < b {
                if !(mark == k && startsMarked) { w += width(of: mark) }
            }
            if startsMarked, !halved.contains(k) { w -= width(of: k) / 2 }
            let room = available - (line == 0 ? max(0, indent) : max(0, -indent))
            return w <= room + 0.05 * Double(PANGO_SCALE) ? (room - w) / Double(PANGO_SCALE) : nil
        }

        /// The gaps of the line from `a` to `b` that take letter spacing (`justify`): after every
        /// character but its last visible one, except inside a Latin word or number, a figure's
        /// unit or a date, and the list marker.
        func gaps(_ a: Int, _ b: Int) -> (letters: Int, pauses: Int) {
            var end = b
            // Trailing blanks, line separators and break marks take none; nor does the last character.
            while end > a {
                var k = end - 1
                while k > a, bytes[k] & 0xC0 == 0x80 { k -= 1 }
                let s = String(decoding: bytes[k..<end], as: UTF8.self).unicodeScalars.first
                end = k
                if let s, ![" ", "\u{2028}", QuoteBreaks.mark].contains(s) { break }
            }
            guard let i = index[a], let j = index[end], j > i else { return (0, 0) }
            // A pause's mark at the line's start has no mark before it on the line.
            return (spaced[j] - spaced[i], pauses[j] - pauses[i + 1])
        }
    }
}
