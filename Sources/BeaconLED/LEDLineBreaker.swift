/// Fills lines of at most `width` pixels from a message's units: greedy, but when a line
/// must break it goes back to the last clause end (`，` `。` …) if that keeps the line at least
/// half full, or if the rest of the message then fits on one line, so sentences break where
/// a reader pauses.
struct LEDLineBreaker {
    let width: Int
    let measure: (Character) -> Int

    struct Result {
        var lines: [String]
        /// Numbers (or punctuation runs) wider than a whole line: they cannot be shown without
        /// splitting them where a line must not break.
        var tooWide: [String]
    }

    func width(of unit: LEDTextUnits.Unit) -> Int { unit.chars.reduce(0) { $0 + measure($1) } }

    func width(of text: String) -> Int { text.reduce(0) { $0 + measure($1) } }

    /// Cuts a unit wider than a line into pieces that fit, still keeping closing punctuation
    /// off the start of a piece and opening brackets off its end where the piece allows.
    func hardSplit(_ chars: [Character]) -> [[Character]] {
        var pieces: [[Character]] = []
        var piece: [Character] = []
        var pw = 0
        for ch in chars {
            let cw = measure(ch)
            if pw + cw > width, !piece.isEmpty {
                // Carry the tail that may not end a line (opening brackets), or that must go
                // with a closing mark that cannot start one, to the next piece.
                var cut = piece.count
                while cut > 1, LEDTextUnits.opening.contains(piece[cut - 1]) { cut -= 1 }
                if LEDTextUnits.closing.contains(ch) {
                    while cut > 1, LEDTextUnits.closing.contains(piece[cut - 1]) || piece[cut - 1] == " " { cut -= 1 }
                    if cut > 1 { cut -= 1 }
                }
                pieces.append(Array(piece[..<cut]))
                piece = Array(piece[cut...])
                pw = piece.reduce(0) { $0 + measure($1) }
            }
            piece.append(ch)
            pw += cw
        }
        pieces.append(piece)
        return pieces.map { p in Array(p.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }.filter { !$0.isEmpty }
    }

    func lines(_ text: String) -> Result {
        var result = Result(lines: [], tooWide: [])
        var line: [LEDTextUnits.Unit] = []
        var lineWidth = 0

        // The units of the line emitted last, while it may still be evened out with the last one.
        var previous: [LEDTextUnits.Unit]?

        func emit(_ units: ArraySlice<LEDTextUnits.Unit>) {
            var s = units.map(\.text).joined()
            while s.last == " " { s.removeLast() }
            while s.first == " " { s.removeFirst() }
            if !s.isEmpty { result.lines.append(s) }
            previous = s.isEmpty ? previous : Array(units)
        }

        var queue = LEDTextUnits.units(text)[...]
        while let unit = queue.first {
            if unit.isSpace && line.isEmpty { queue.removeFirst(); continue }
            let w = width(of: unit)
            if lineWidth + w <= width {
                line.append(unit)
                lineWidth += w
                queue.removeFirst()
                continue
            }
            if line.isEmpty {
                // One unit wider than the line: a long word is cut by character, a number is reported.
                queue.removeFirst()
                if unit.isNumber { result.tooWide.append(unit.text) }
                var pieces = hardSplit(unit.chars)
                // A run of punctuation wider than the board cannot be cut cleanly either.
                if !unit.isNumber, pieces.dropFirst().contains(where: { $0.first.map(LEDTextUnits.closing.contains) == true })
                    || pieces.dropLast().contains(where: { $0.last.map(LEDTextUnits.opening.contains) == true }) {
                    result.tooWide.append(unit.text)
                }
                let last = pieces.removeLast()
                result.lines += pieces.map { String($0) }
                previous = nil
                line = [LEDTextUnits.Unit(chars: last)]
                lineWidth = last.reduce(0) { $0 + measure($1) }
                continue
            }
            // Break before `unit`; prefer just after the last clause end in the line.
            var cut = line.count
            if let p = line.lastIndex(where: \.endsClause), p < line.count - 1 {
                let kept = line[...p].reduce(0) { $0 + width(of: $1) }
                // Also break at the clause when everything after it fits on the next line:
                // the same number of lines, and no word left alone on the last one.
                let after = line[(p + 1)...].reduce(0) { $0 + width(of: $1) } + queue.reduce(0) { $0 + width(of: $1) }
                if kept * 2 >= width || after <= width { cut = p + 1 }
            }
            if cut == line.count { cut = betterCut(line, before: unit) }
            emit(line[..<cut])
            line = Array(line[cut...])
            while line.first?.isSpace == true { line.removeFirst() }
            lineWidth = line.reduce(0) { $0 + width(of: $1) }
        }
        if var before = previous, !result.lines.isEmpty {
            let evened = evenOut(&before, &line)
            if evened { result.lines.removeLast(); emit(before[...]) }
        }
        emit(line[...])
        return result
    }

    /// Where to break a full `line` that `next` does not fit on: at its end, or up to two units
    /// earlier when that is a better place and loses at most one hanzi of width. Words the
    /// dictionaries do not know come out as single hanzi, and a break between two of them is
    /// most likely inside a word (`公|检法`, `双倍理|赔`); a single hanzi left at a line end
    /// (`被|骗46万元`, `最|常见`) reads as cut off too.
    func betterCut(_ line: [LEDTextUnits.Unit], before next: LEDTextUnits.Unit) -> Int {
        var best = line.count
        var bestCost = Self.breakCost(line[line.count - 1], next)
        var kept = line.reduce(0) { $0 + width(of: $1) }
        let least = width - measure("中")
        for k in stride(from: line.count - 1, through: max(1, line.count - 2), by: -1) {
            kept -= width(of: line[k])
            guard kept >= least, !line[k - 1].isSpace else { break }
            let cost = Self.breakCost(line[k - 1], line[k])
            if cost < bestCost { best = k; bestCost = cost }
        }
        return best
    }

    /// How bad a break between `a` and `b` reads, from 0 (after a clause) to 4 (between two
    /// single hanzi, likely inside a word the dictionaries do not know).
    static func breakCost(_ a: LEDTextUnits.Unit, _ b: LEDTextUnits.Unit) -> Int {
        if a.endsClause { return 0 }
        if a.isSpace || b.isSpace || b.isNumber || isLatin(b.chars.first) || isLatin(a.chars.last) { return 1 }
        let aSingle = isSingleHanzi(a), bSingle = isSingleHanzi(b)
        if aSingle && bSingle { return 4 }
        // A particle (`的`, `了`) belongs to what comes before it; another single hanzi at a line
        // end (`被`, `最`) to what comes after.
        if aSingle, let c = a.chars.last, !particles.contains(c) { return 3 }
        if bSingle, let c = b.chars.first, particles.contains(c) { return 3 }
        if aSingle || bSingle { return 2 }
        return 1
    }

    static let particles: Set<Character> = Set("的了着过吗呢吧啊地得们")

    static func isSingleHanzi(_ unit: LEDTextUnits.Unit) -> Bool {
        unit.chars.filter(LEDTextUnits.isHanzi).count == 1
            && unit.chars.allSatisfy { LEDTextUnits.isHanzi($0) || LEDTextUnits.closing.contains($0) || LEDTextUnits.opening.contains($0) }
    }

    /// A last line of a character or two would stand alone on its screen (`套`, `户”`): moves words
    /// from the end of the line before onto it, never past a clause end and never making the
    /// line before shorter than the last. Returns true when something moved.
    func evenOut(_ before: inout [LEDTextUnits.Unit], _ last: inout [LEDTextUnits.Unit]) -> Bool {
        while last.first?.isSpace == true { last.removeFirst() }
        var lastWidth = last.reduce(0) { $0 + width(of: $1) }
        // Short means under a quarter of the line, or two full-width characters or fewer on a
        // narrow board (`户”` on a 12-hanzi village board).
        guard lastWidth > 0, lastWidth * 4 < width || lastWidth <= 2 * measure("中") else { return false }
        while before.last?.isSpace == true { before.removeLast() }
        var beforeWidth = before.reduce(0) { $0 + width(of: $1) }
        var moved = false
        while before.count > 1, let unit = before.last, !unit.endsClause {
            // Two Latin words were parted by a space where the line broke; it goes back between them.
            let space = last.first.map { Self.isLatin(unit.chars.last) && Self.isLatin($0.chars.first) } ?? false
            let w = width(of: unit) + (space ? measure(" ") : 0)
            guard beforeWidth - width(of: unit) >= lastWidth + w else { break }
            before.removeLast()
            if space { last.insert(LEDTextUnits.Unit(chars: [" "]), at: 0) }
            last.insert(unit, at: 0)
            beforeWidth -= width(of: unit)
            lastWidth += w
            moved = true
            while let s = before.last, s.isSpace { before.removeLast(); beforeWidth -= width(of: s) }
        }
        return moved
    }

    static func isLatin(_ c: Character?) -> Bool { c.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false }
}
