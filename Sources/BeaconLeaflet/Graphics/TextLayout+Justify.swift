import CPangoCairo
import Foundation

/// Justifying a laid-out text (两端对齐): where dates and long quoted terms give way to a
/// gappy line, how a line's shortfall is spread between its characters, and the line measures
/// that needs. `TextLayout` lays the text out and calls these.
extension TextLayout {
    /// A date kept whole that leaves the line before it short by more than one and a half
    /// characters (a gappy justified line, or a ragged one) gives way, as a typesetter would: it
    /// breaks after its year (`2026年 / 10月31日`; its month and day stay together); a
    /// paragraph's last line keeps two hanzi and its stop instead of three (`再诱导加大 / 投入。`).
    /// A quoted term does not give way here (`“征 / 信不良”` reads as two words): its shortfall
    /// is shared with the lines above (`spreadShortfall`), and one of four hanzi or more breaks
    /// in the middle only where that cannot help (`releaseTerms`).
    /// `tail`: the paragraph's last three hanzi kept on its last line, and the last two (with
    /// the marks after them, three characters or more: `投入。`), which it gives way to.
    func loosen(engine: TextEngine, protected: [(Int, Int)], dates: [(Int, Int)],
                tail: (full: (Int, Int), short: (Int, Int))? = nil) -> [(Int, Int)] {
        var protected = protected
        let available = Double(pango_layout_get_width(layout)), indent = Double(pango_layout_get_indent(layout))
        for _ in 0..<4 {
            var found: (range: (Int, Int), isDate: Bool, replacement: (Int, Int)?)?
            for i in 0..<Int(pango_layout_get_line_count(layout)) - 1 {
                guard let line = pango_layout_get_line_readonly(layout, Int32(i)),
                      let next = pango_layout_get_line_readonly(layout, Int32(i + 1)) else { continue }
                var ink = PangoRectangle(), logical = PangoRectangle()
                pango_layout_line_get_extents(line, &ink, &logical)
                let room = available - Double(logical.width) - (i == 0 ? max(0, indent) : max(0, -indent))
                guard room > 1.5 * style.size * Double(PANGO_SCALE) else { continue }
                // The kept range the next line starts with (after a break mark before a quote).
                var start = Int(next.pointee.start_index)
                while start + 2 < bytes.count, bytes[start] == 0xE2, bytes[start + 1] == 0x80, bytes[start + 2] == 0x8B { start += 3 }
                if let date = dates.first(where: { d in d.0 == start && protected.contains { $0 == d } }) { found = (date, true, nil); break }
                if let tail, i == Int(pango_layout_get_line_count(layout)) - 2, tail.full.0 == start, protected.contains(where: { $0 == tail.full }) {
                    found = (tail.full, false, tail.short)
                    break
                }
            }
            guard let (range, isDate, replacement) = found else { return spreadShortfall(engine: engine, protected: protected) }
            protected.removeAll { $0 == range }
            if let replacement { protected.append(replacement) }
            if isDate {
                let text = String(decoding: bytes[range.0..<range.1], as: UTF8.self)
                guard let year = text.firstIndex(of: "年") else { break }
                let cut = range.0 + text[...year].utf8.count
                guard cut < range.1 else { break }
                protected += [(range.0, cut), (cut, range.1)]
            }
            // Parts of the range kept by other rules (a figure and its unit, a whole date) stay kept.
            setAttributes(engine: engine, protected: protected)
        }
        return protected
    }

    /// Each line's room (the width it falls short of the column by, in ems), the last line's 0.
    func rooms() -> [Double] {
        let available = Double(pango_layout_get_width(layout)), indent = Double(pango_layout_get_indent(layout))
        let count = Int(pango_layout_get_line_count(layout))
        return (0..<count).map { i in
            guard i < count - 1, let line = pango_layout_get_line_readonly(layout, Int32(i)) else { return 0 }
            var ink = PangoRectangle(), logical = PangoRectangle()
            pango_layout_line_get_extents(line, &ink, &logical)
            return (available - Double(logical.width) - (i == 0 ? max(0, indent) : max(0, -indent))) / Double(PANGO_SCALE) / style.size
        }
    }

    /// A line left short by the rules (a last line kept at three characters took two from it,
    /// `再诱导加 / 大投入。`; a quoted term moved whole to the next line, `把钱转入 / “临时保管账户”`)
    /// shares its shortfall with the lines above, as a typesetter would: the line above breaks a
    /// character earlier, so each is spaced a little rather than one a lot. Where that only
    /// moves the hole up (the line above cannot spare a character without leaving a worse
    /// one), the lines above that break earlier too, a character each. Kept only where it
    /// makes the loosest line tighter.
    func spreadShortfall(engine: TextEngine, protected: [(Int, Int)]) -> [(Int, Int)] {
        var protected = protected
        tries: for _ in 0..<6 {
            let before = rooms()
            guard let worst = before.indices.max(by: { before[$0] < before[$1] }), before[worst] > 1, worst > 0 else { break }
            let count = pango_layout_get_line_count(layout)
            // The lines above take the most room they can give: the break before `worst` moves
            // back one place, then also the one before it, and so on.
            var tried = protected
            for above in stride(from: worst, to: 0, by: -1) {
                guard let pair = pairAcrossBreak(before: above) else { break }
                tried.append(pair)
                setAttributes(engine: engine, protected: tried)
                let after = rooms()
                if pango_layout_get_line_count(layout) == count, (after.max() ?? 0) < before[worst] - 0.01 {
                    protected = tried
                    continue tries
                }
            }
            setAttributes(engine: engine, protected: protected)
            break
        }
        return protected
    }

    /// A quoted term of four to six hanzi kept whole (`“质量问题理赔”`, `“风控专员”`) that leaves
    /// the line before it needing more than `gappyLetterSpacing` a gap, even after
    /// `spreadShortfall`, gives way: it may break inside, its first two hanzi kept with the
    /// opening mark and its last two with the closing one (`以“质量问题 / 理赔”`), as the docs
    /// promise (a gappy line is worse). Clerk6's leaflets left such a line ragged, half empty
    /// (`2. 以“质量问题理赔” / “快递丢失赔偿”为由`; `1. 冒充银行或监管部门的 / “风控专员”`, 4.7 em
    /// short). A term of three hanzi or fewer never breaks (`“解冻 / 费”`).
    func releaseTerms(engine: TextEngine, protected: [(Int, Int)], terms: [(Int, Int)]) -> [(Int, Int)] {
        var protected = protected
        for _ in 0..<4 {
            let room = rooms()
            var released = false
            for i in 0..<max(0, Int(pango_layout_get_line_count(layout)) - 1) {
                guard let line = pango_layout_get_line_readonly(layout, Int32(i)),
                      let next = pango_layout_get_line_readonly(layout, Int32(i + 1)) else { continue }
                let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
                guard start >= 0, start + length <= bytes.count else { continue }
                // The gaps justification may spread (not inside a Latin word or a number).
                let gaps = String(decoding: bytes[start..<start + length], as: UTF8.self).unicodeScalars
                    .filter { !Self.isWordChar($0) && !$0.properties.isWhitespace && $0 != QuoteBreaks.mark }.count - 1
                guard room[i] / Double(max(1, gaps)) > Self.gappyLetterSpacing else { continue }
                var at = Int(next.pointee.start_index)
                while at + 2 < bytes.count, bytes[at] == 0xE2, bytes[at + 1] == 0x80, bytes[at + 2] == 0x8B { at += 3 }
                guard let term = terms.first(where: { $0.0 == at }), protected.contains(where: { $0 == term }) else { continue }
                let scalars = Array(String(decoding: bytes[term.0..<term.1], as: UTF8.self).unicodeScalars)
                guard scalars.filter(\.properties.isIdeographic).count >= 4 else { continue }
                let head = String(String.UnicodeScalarView(scalars.prefix(3))).utf8.count
                let tail = String(String.UnicodeScalarView(scalars.suffix(3))).utf8.count
                protected.removeAll { $0 == term }
                // A paragraph's last three hanzi kept together (`法冻结”。` of `“司法冻结”。`)
                // keep only the term's last two: the term may then break, `“司法 / 冻结”。`.
                protected = protected.map { r in r.0 > term.0 && r.0 < term.1 - tail && r.1 >= term.1 ? (term.1 - tail, r.1) : r }
                protected += [(term.0, term.0 + head), (term.1 - tail, term.1)]
                released = true
            }
            guard released else { break }
            setAttributes(engine: engine, protected: protected)
        }
        return protected
    }

    /// The last character of line `line - 1` and the first of line `line`, as a byte range:
    /// kept together, the break before `line` moves back.
    private func pairAcrossBreak(before line: Int) -> (Int, Int)? {
        guard let l = pango_layout_get_line_readonly(layout, Int32(line)) else { return nil }
        let at = Int(l.pointee.start_index)
        var lo = at - 1
        while lo > 0, bytes[lo] & 0xC0 == 0x80 { lo -= 1 }
        var hi = at + 1
        while hi < bytes.count, bytes[hi] & 0xC0 == 0x80 { hi += 1 }
        return lo >= 0 && hi <= bytes.count ? (lo, hi) : nil
    }

    /// The byte offset each line starts at.
    func lineStarts() -> [Int] {
        (0..<Int(pango_layout_get_line_count(layout))).map { Int(pango_layout_get_line_readonly(layout, Int32($0))?.pointee.start_index ?? -1) }
    }

    /// Byte ranges of the opening marks that start a line (not the first line when it is indented).
    func openingMarksAtLineStarts() -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        for i in 0..<Int(pango_layout_get_line_count(layout)) {
            guard let line = pango_layout_get_line_readonly(layout, Int32(i)) else { continue }
            if i == 0 && pango_layout_get_indent(layout) > 0 { continue }
            // A list item's text starts after its marker: a mark there is a line start too.
            var k = Int(line.pointee.start_index) + (i == 0 ? markerLength : 0)
            // A break mark before the quote (`QuoteBreaks`) may lead the line: it has no width.
            while k + 2 < bytes.count, bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0x8B { k += 3 }
            guard k < bytes.count, let scalar = String(decoding: bytes[k...].prefix(4), as: UTF8.self).unicodeScalars.first,
                  PunctuationSpacing.opening.contains(scalar) else { continue }
            found.append((k, k + String(scalar).utf8.count))
        }
        return found
    }

    /// `ranges` with the overlapping ones joined. Pango 1.50 forbids breaks inside each stretch
    /// over which its no-break attributes are the same, so two that overlap (`year on year` and
    /// a paragraph's last two words, `on year`) would allow a break where one starts inside the
    /// other (`year / on year`). Ranges that only touch stay apart: a break between them is fine.
    static func merged(_ ranges: [(Int, Int)]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        for r in ranges.sorted(by: { $0.0 < $1.0 }) {
            if let last = out.last, r.0 < last.1 { out[out.count - 1].1 = max(last.1, r.1) } else { out.append(r) }
        }
        return out
    }

    /// Width of the widest line, in Pango units (including its indent).
    func widestLine() -> Int32 {
        var widest: Int32 = 0
        // A line's extents leave out the indent: a hanging indent (a slogan's lines after its
        // mark) moves every line but the first right, a first-line indent the first.
        let indent = pango_layout_get_indent(layout)
        for i in 0..<pango_layout_get_line_count(layout) {
            guard let line = pango_layout_get_line_readonly(layout, i) else { continue }
            var ink = PangoRectangle(), logical = PangoRectangle()
            pango_layout_line_get_extents(line, &ink, &logical)
            let shift = i == 0 ? max(indent, 0) : max(-indent, 0)
            widest = max(widest, shift + logical.x + logical.width)
        }
        return widest
    }

    /// How much of a line's room each gap between characters takes, and each gap after a pause
    /// mark (`，` `。` `、`…), in points: the pauses `pauseWeight` times as much, up to
    /// `widestPause` em. A line a term or figure left short reads as spaced out when all its
    /// characters stand apart (`中 心 ” “ 社 保 局 ”`), far less when its pauses open wider, as
    /// its words already stand apart there.
    static func spreading(_ room: Double, gaps: Double, pauses: Int, size: Double) -> (each: Double, pause: Double) {
        guard gaps > 0 else { return (0, 0) }
        guard pauses > 0 else { return (room / gaps, 0) }
        let each = room / (gaps + pauseWeight * Double(pauses))
        if pauseWeight * each <= widestPause * size { return (each, pauseWeight * each) }
        return ((room - widestPause * size * Double(pauses)) / gaps, widestPause * size)
    }

    /// How many times a gap between characters a gap after a pause mark takes of a line's room.
    static let pauseWeight = 3.0

    /// The most a gap after a pause mark takes, in ems (besides the mark's own blank half).
    static let widestPause = 0.5

    /// 两端对齐: every line but the last (and but one ended by a hard break) is spread to the full width by letter spacing between its
    /// characters (not inside a run of Latin letters or digits, which stays a word). Pango's own
    /// justification puts the room only into spaces, which opens holes after a list's number.
    /// The breaks are kept: a paragraph whose lines would break differently stays ragged.
    /// `tight`: byte ranges (a figure with its unit, a date) whose characters take no spacing.
    func justify(engine: TextEngine, protected: [(Int, Int)], tight: [(Int, Int)] = []) {
        let count = Int(pango_layout_get_line_count(layout))
        guard count > 1 else { return }
        let available = Double(pango_layout_get_width(layout))
        let indent = Double(pango_layout_get_indent(layout))
        var starts: [Int] = []
        var spacing: [Int: [(Range<Int>, Double)]] = [:]
        for i in 0..<count {
            guard let line = pango_layout_get_line_readonly(layout, Int32(i)) else { return }
            let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
            starts.append(start)
            guard i < count - 1, length > 0 else { continue }
            var ink = PangoRectangle(), logical = PangoRectangle()
            pango_layout_line_get_extents(line, &ink, &logical)
            // The first line is shortened by a positive indent, the others by a hanging one.
            let room = available - Double(logical.width) - (i == 0 ? max(0, indent) : max(0, -indent))
            // Gaps that take spacing: after every character but the last, except inside a Latin word or number.
            let scalars = Array(String(decoding: bytes[start..<start + length], as: UTF8.self).unicodeScalars)
            var trailing = scalars.count
            while trailing > 0, [" ", "\u{2028}", QuoteBreaks.mark].contains(scalars[trailing - 1]) { trailing -= 1 }
            // A line ended by a hard break (`\` or two spaces at a line's end in Markdown) ends
            // as a paragraph does: ragged, however short.
            let next = start + length
            if trailing < scalars.count && scalars[trailing...].contains("\u{2028}")
                || next + 2 < bytes.count && bytes[next] == 0xE2 && bytes[next + 1] == 0x80 && bytes[next + 2] == 0xA8 { continue }
            var gaps: [Range<Int>] = [], pauses: [Range<Int>] = []
            var offset = start
            // A list item's marker (`• `, `1. `) keeps its width, so the text after it stays in line with the hanging lines.
            let marker = i == 0 ? (style.hangingPrefix.map { bytes.starts(with: Array($0.utf8)) ? $0.utf8.count : 0 } ?? 0) : 0
            for (k, sc) in scalars.enumerated() {
                let size = String(sc).utf8.count
                defer { offset += size }
                // The break mark after a pause mark (`，​`) takes a wider share, `pauseWeight`.
                if sc == QuoteBreaks.mark, k > 0, k < trailing - 1, QuoteBreaks.pauseMarks.contains(scalars[k - 1]) {
                    pauses.append(offset..<offset + size)
                    continue
                }
                guard k < trailing - 1, sc != QuoteBreaks.mark, offset + size > marker else { continue }
                // Pango puts half of a character's letter spacing before it and half after, so
                // spacing the last character of a Latin word or a number would open a gap inside
                // it (`6.8 4万元`, `Ap p`): no character of one takes spacing, and the gap after
                // it gets the next character's half.
                if Self.isWordChar(sc) { continue }
                // Nor does a character of a figure's unit or a date (`2380元`, `2026年10月`); the gap after it takes the next one's half.
                if tight.contains(where: { offset > $0.0 && offset < $0.1 }) { continue }
                gaps.append(offset..<offset + size)
            }
            guard !gaps.isEmpty, room > 0 else { continue }
            // Pango puts half a character's spacing before it, and takes it off only at a line's
            // start: the first character after a list item's marker would move right of the
            // item's hanging lines. It takes none; the gap after it gets the next one's half.
            let afterMarker = marker > 0 && gaps.count > 1 ? gaps.removeFirst() : nil
            let (each, pause) = Self.spreading(room * 0.985 / Double(PANGO_SCALE), gaps: Double(gaps.count) + (afterMarker == nil ? 0 : 0.5),
                                               pauses: pauses.count, size: style.size)
            // TeX's emergency rule: a line with few places to stretch (a long figure or term
            // pushed to the next line) stays ragged rather than letter-spaced into a gappy line.
            guard each <= Self.maxLetterSpacing * style.size else { justified[i] = .some(nil); continue }
            justified[i] = each
            spacing[i] = gaps.map { ($0, each) } + pauses.map { ($0, pause) }
        }
        // Letter spacing must not move a break. Where it does (a line's spacing reaches into the
        // next, or changes how a run is shaped), the line before the first moved break stays
        // ragged and the rest is tried again; the paragraph as a whole keeps its justification.
        for _ in 0..<count {
            guard !spacing.isEmpty else { break }
            setAttributes(engine: engine, protected: protected, spacing: spacing.keys.sorted().flatMap { spacing[$0] ?? [] })
            let n = Int(pango_layout_get_line_count(layout))
            let moved = (1..<count).first { i in
                i >= n || Int(pango_layout_get_line_readonly(layout, Int32(i))?.pointee.start_index ?? -1) != starts[i]
            } ?? (n == count ? nil : count)
            guard let moved else { return }
            // The culprit: the last spaced line before the first break that moved.
            guard let culprit = spacing.keys.filter({ $0 < moved }).max() else { break }
            spacing[culprit] = nil
            justified[culprit] = .some(nil)
        }
        setAttributes(engine: engine, protected: protected)
        justified = [:]
    }
}
