import CPangoCairo
import Foundation

/// Where a slogan's lines break, chosen as a designer would rather than by Pango's greedy
/// filling narrowed to even lines: after a phrase's mark first (`，` `；` `, `), else between
/// words, in lines of about even length, never a line of one word or two hanzi beside longer
/// ones. clerk8 saw `通过电话办案，更 / 没有“安全账户”` (for `通过电话办案，/ 更没有“安全账户”`)
/// and `◆ Police, / prosecutors and courts never handle cases by phone, / and there is no …`.
extension TextLayout {
    /// What a way of breaking costs, in lines: each line costs one, a break inside a phrase
    /// more (a reader takes a phrase as one thought: a line more to keep it whole is worth it).
    static let sloganLineCost = 1.0
    static let sloganMidPhraseCost = 1.6
    /// A line of one word or two hanzi beside longer lines (`◆ Police,`, `更`).
    static let sloganStubCost = 4.0
    /// A phrase's one word (or two hanzi) on the other side of a break from the rest of it.
    static let sloganDanglingCost = 1.5
    /// A line ending on a Latin word of one or two letters (`and never share a / verification
    /// code`): it reads on into the next line.
    static let sloganWeakEndCost = 0.8
    /// Uneven lines: per line, the square of its distance from the even length, as a share of
    /// the column (so a wide column's long lines are not held to a few ems).
    static let sloganUnevenCost = 2.0

    /// Sets the slogan's breaks where `sloganBreaks` chooses them and returns the no-break
    /// ranges that hold them, or nil (the layout as it was) when there is nothing to choose (one
    /// line) or no choice fits (a word wider than the column).
    /// `protected`: what may not break (words, figures, quoted terms), as the layout has it set.
    func setSloganBreaks(engine: TextEngine, protected: [(Int, Int)]) -> [(Int, Int)]? {
        let full = pango_layout_get_width(layout)
        guard full > 0, pango_layout_get_line_count(layout) > 1 else { return nil }
        let indent = Double(pango_layout_get_indent(layout)) / Double(PANGO_SCALE)
        let room = (first: Double(full) / Double(PANGO_SCALE) - max(0, indent), rest: Double(full) / Double(PANGO_SCALE) - max(0, -indent))
        // Where a line may start, and how far along one unbroken line each such place is.
        let starts = lineBreakOffsets()
        pango_layout_set_width(layout, -1)
        let x = { (offset: Int) -> Double in
            var pos = PangoRectangle()
            pango_layout_index_to_pos(self.layout, Int32(offset), &pos)
            return Double(pos.x) / Double(PANGO_SCALE)
        }
        let places = [0] + starts + [bytes.count]
        // Where each place is along the line, and where a line ending there ends as printed
        // (leaving out the blanks it ends on).
        let startX = places.map(x)
        let endX = places.map { offset -> Double in
            var end = offset
            while end > 0 {
                if bytes[end - 1] == 0x20 { end -= 1 } else if end >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 { end -= 2 } else { break }
            }
            return x(end)
        }
        pango_layout_set_width(layout, full)
        let width = { (i: Int, j: Int) in endX[j] - startX[i] }
        let chosen = Self.sloganBreaks(widths: width, count: places.count, room: room, mark: hang,
                                       afterPhrase: places.map { isPhraseEnd(before: $0) }, weakEnd: places.map { isWeakEnd(before: $0) },
                                       stub: { i, j in self.isStub(self.bytes[places[i]..<places[j]]) })
        guard let chosen else { return nil }
        let breaks = chosen.map { places[$0] }
        // Each chosen line kept whole: Pango may break only where chosen.
        var kept: [(Int, Int)] = []
        var from = 0
        for b in breaks + [bytes.count] { kept.append((from, b)); from = b }
        setAttributes(engine: engine, protected: protected + kept)
        if lineStarts() != [0] + breaks {
            // Two chosen lines that fit one (a phrase kept to its own line): set as narrow as the
            // widest chosen line, so Pango breaks where chosen.
            let widest = zip([0] + chosen, chosen + [places.count - 1]).enumerated().map { k, p in
                width(p.0, p.1) + (k == 0 ? max(0, indent) : max(0, -indent))
            }.max() ?? 0
            pango_layout_set_width(layout, min(full, Int32((widest + 1) * Double(PANGO_SCALE))))
        }
        guard lineStarts() == [0] + breaks, widestLine() <= full + Int32(PANGO_SCALE / 2) else {
            pango_layout_set_width(layout, full)
            setAttributes(engine: engine, protected: protected)
            return nil
        }
        return protected + kept
    }

    /// The best way to break a text of `count` places (its start, where a line may start, its
    /// end) into lines: the places where lines start, the first left out, or nil when none fits.
    /// `widths(i, j)`: printed width of a line from place i to place j; `room`: the first
    /// line's width and the others'; `mark`: the width of the mark the first line starts with
    /// (the others hang after it), left out where lines are compared; `afterPhrase[i]`: place i
    /// follows a phrase's mark;
    /// `weakEnd[i]`: the word before place i is one a line should not end on (`a`, `to`);
    /// `stub(i, j)`: a line from i to j is a single word or up to two hanzi.
    static func sloganBreaks(widths: (Int, Int) -> Double, count: Int, room: (first: Double, rest: Double), mark: Double,
                             afterPhrase: [Bool], weakEnd: [Bool], stub: (Int, Int) -> Bool) -> [Int]? {
        let last = count - 1
        guard last > 1 else { return nil }
        var memo: [[Double?]] = Array(repeating: Array(repeating: nil, count: count), count: count)
        func width(_ i: Int, _ j: Int) -> Double {
            if let w = memo[i][j] { return w }
            let w = widths(i, j)
            memo[i][j] = w
            return w
        }
        // Every line count from two up, fewest first, until a line more costs more than the best
        // found: for each, the cheapest breaks for lines as even as that count makes them.
        var best: (cost: Double, breaks: [Int])?
        let total = width(0, last) - mark
        for lines in 2...min(last, 8) where Double(lines) * room.rest + room.first - room.rest >= total - 0.01 {
            let even = total / Double(lines)
            // cost[n][j]: the cheapest n lines ending at place j; from[n][j]: where the last starts.
            var cost = Array(repeating: Array(repeating: Double.infinity, count: count), count: lines + 1)
            var from = Array(repeating: Array(repeating: -1, count: count), count: lines + 1)
            cost[0][0] = 0
            for n in 1...lines {
                for j in 1...last {
                    for i in 0..<j where cost[n - 1][i] < .infinity && (i == 0) == (n == 1) {
                        guard width(i, j) <= (n == 1 ? room.first : room.rest) + 0.01 else { continue }
                        // The text's own width: the lines compared as a reader sees them.
                        let w = width(i, j) - (i == 0 ? mark : 0)
                        // A line after the first longer than the even length counts double: a display
                        // line's first line is its longest (`Every paid order-brushing / job is a scam`).
                        let longer = n > 1 && w > even ? 2.0 : 1.0
                        var c = cost[n - 1][i] + sloganLineCost + longer * sloganUnevenCost * pow((w - even) / room.rest, 2)
                        if j < last && !afterPhrase[j] { c += sloganMidPhraseCost }
                        if j < last && weakEnd[j] { c += sloganWeakEndCost }
                        // A stub: one word, or a line under half the even length (`wanted for
                        // money laundering: / hang up`).
                        if stub(i, j) || w < even / 2 { c += sloganStubCost }
                        // A word of a phrase left across a break: the line starts with the end of a
                        // phrase begun above (`strangers, and never`), or ends with the start of
                        // one that goes on below (`办案，更`).
                        if i > 0, let k = (i + 1..<j).first(where: { afterPhrase[$0] }), stub(i, k) { c += sloganDanglingCost }
                        if j < last, let k = (i + 1..<j).last(where: { afterPhrase[$0] }), stub(k, j) { c += sloganDanglingCost }
                        if c < cost[n][j] { (cost[n][j], from[n][j]) = (c, i) }
                    }
                }
            }
            guard cost[lines][last] < .infinity else { continue }
            var breaks: [Int] = []
            var j = last
            for n in stride(from: lines, to: 0, by: -1) { j = from[n][j]; if j > 0 { breaks.insert(j, at: 0) } }
            if best == nil || cost[lines][last] < best!.cost - 1e-9 { best = (cost[lines][last], breaks) }
            if let b = best, Double(lines + 1) * sloganLineCost > b.cost { break }
        }
        return best?.breaks
    }

    /// UTF-8 offsets where Pango may start a line (its breaks as the attributes allow them).
    private func lineBreakOffsets() -> [Int] {
        var n: Int32 = 0
        guard let attrs = pango_layout_get_log_attrs_readonly(layout, &n) else { return [] }
        var out: [Int] = []
        var offset = 0, index = 0
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if index > 0, index < Int(n), attrs[index].is_line_break != 0 { out.append(offset) }
            offset += String(scalar).utf8.count
            index += 1
        }
        return out
    }

    /// Marks that end a phrase (not `、`, which parts the items of a list).
    static let phraseMarks = Set("，；：！？。,;:!?".unicodeScalars)

    /// Closing quotes and brackets, which may follow a phrase's mark (`“安全账户”，` `”，`).
    static let closingMarks = Set("”’」』）》〉】)]\"'".unicodeScalars)

    /// Whether the text before `offset` ends a phrase: a mark that ends one (`phraseMarks`, a
    /// closing quote after it), or a clerk's space between
    /// hanzi. A phrase of under three words (or two hanzi) is none: `The police,` starts a list
    /// (`The police, prosecutors and courts`), and breaks after it are no better than others.
    private func isPhraseEnd(before offset: Int) -> Bool {
        guard offset > 0, offset < bytes.count else { return false }
        let before = Array(String(decoding: bytes[..<offset], as: UTF8.self).unicodeScalars)
        var i = before.count - 1
        var spaced = false
        while i >= 0, before[i] == " " || before[i] == "\u{00A0}" { i -= 1; spaced = true }
        while i >= 0, Self.closingMarks.contains(before[i]) { i -= 1 }
        guard i >= 0, Self.phraseMarks.contains(before[i]) || spaced && before[i].properties.isIdeographic else { return false }
        // The phrase: back to the mark that ends the one before, or the slogan's start.
        let start = before[..<i].lastIndex(where: Self.phraseMarks.contains).map { $0 + 1 } ?? 0
        let phrase = String(String.UnicodeScalarView(before[start...i]))
        let words = phrase.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }
        let hanzi = phrase.unicodeScalars.filter(\.properties.isIdeographic).count
        return hanzi > 2 || hanzi == 0 && words.count >= 3
    }

    /// Whether the word before `offset` (and the blank after it) is a Latin word of one or two
    /// letters, or `the`, which a display line should not end on.
    private func isWeakEnd(before offset: Int) -> Bool {
        guard offset > 0, offset < bytes.count else { return false }
        let word = String(decoding: bytes[..<offset], as: UTF8.self).split(whereSeparator: \.isWhitespace).last ?? ""
        return !word.isEmpty && word.allSatisfy { $0.isASCII && $0.isLetter } && (word.count <= 2 || word.lowercased() == "the")
    }

    /// A line of one Latin word (its marks aside) or of up to two hanzi.
    private func isStub(_ line: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: line, as: UTF8.self)
        // The slogan's mark (`◆`) is no word of it.
        let words = text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }
        guard words.contains(where: { $0.unicodeScalars.contains { $0.properties.isIdeographic } }) else { return words.count <= 1 }
        return words.joined().filter { $0.isLetter || $0.isNumber }.count <= 2
    }
}

extension TextLayout {
    /// How many of the lines but the last end inside a phrase, not after its mark.
    var midPhraseBreaks: Int {
        lines.dropLast().filter { line in
            var text = line.text.unicodeScalars.filter { !$0.properties.isWhitespace }
            while let last = text.last, Self.closingMarks.contains(last) { text.removeLast() }
            return !(text.last.map(Self.phraseMarks.contains) ?? false)
        }.count
    }
}
