/// The hotline numbers with their labels, side by side as a designer sets them.
///
/// Three numbers in equal columns of a tri-fold's panel set a district's `0598-7261110` at
/// 8 pt running 3 mm past its column to the fold, its label broken `澄川市反诈 / 中心`, and the
/// row was a gap wider than the box. Now, in this order:
/// 1. one row of equal columns, where every number fits its column at three quarters of the
///    hotline size or more and every label in two lines, no word of it wider than its column
///    (two numbers, the usual 110 and 96110);
/// 2. one row of columns as wide as each needs, every number at one size, the largest that
///    fits down to three quarters of the hotline size: a long number takes the room two short
///    ones leave, the labels in one line or two;
/// 3. in a panel of its own, rows of fewer columns, the last row centred (110 and 96110 over
///    the district's own number);
/// 4. in a frame of fixed height, the row of (2) down to half the hotline size; rows only
///    where even that does not fit.
/// A row is never wider than `width`; columns are `gap` apart.
extension ContactPanel {
    private struct Cell { var number: TextLayout; var label: TextLayout; var x: Double }

    /// `roomy`: the box has a panel of its own (the tri-fold's back cover), where rows cost
    /// nothing; a box in a frame of fixed height keeps one row, its numbers smaller.
    func hotlineGrid(width: Double, centred: Bool, roomy: Bool, engine: TextEngine) -> FixedLayout {
        let full = scale.hotline * 0.75, least = max(10, scale.hotline * 0.5)
        let rows = equalRow(width: width, engine: engine)
            ?? fittedRow(width: width, down: full, engine: engine)
            ?? (roomy ? gridRows(width: width, engine: engine) : nil)
            ?? fittedRow(width: width, down: least, engine: engine)
            ?? gridRows(width: width, engine: engine)
        let rowGap = mm(3)
        let heights = rows.map { row in row.map { $0.number.height + $0.label.height }.max() ?? 0 }
        let height = heights.reduce(0, +) + rowGap * Double(max(0, rows.count - 1))
        return FixedLayout(height: height) { canvas, x, y in
            var top = y
            for (r, row) in rows.enumerated() {
                let used = (row.last.map { $0.x + $0.number.width } ?? 0)
                let left = x + (centred ? (width - used) / 2 : 0)
                for cell in row {
                    cell.number.draw(0..<cell.number.lines.count, on: canvas, x: left + cell.x, y: top)
                    cell.label.draw(0..<cell.label.lines.count, on: canvas, x: left + cell.x, y: top + cell.number.height)
                }
                top += heights[r] + rowGap
            }
        }
    }

    private var gap: Double { mm(4) }

    private func colour(_ index: Int) -> Colour { index == 0 ? Palette.accent : Palette.brand }

    private func label(_ text: String, width: Double, engine: TextEngine) -> TextLayout {
        TextLayout.cached(text, style: TextStyle(size: scale.small, colour: Palette.text, leading: 1.3, headline: true, alignment: .centre),
                          width: width, engine: engine)
    }

    private func number(_ text: String, colour: Colour, size: Double, width: Double, engine: TextEngine) -> TextLayout {
        TextLayout.cached(text, style: TextStyle(size: size, bold: true, colour: colour, leading: 1.1, alignment: .centre), width: width, engine: engine)
    }

    private func readable(_ number: TextLayout, _ label: TextLayout, width: Double) -> Bool {
        number.lines.count == 1 && number.inkWidth <= width + 0.5 && number.style.size >= scale.hotline * 0.75 - 0.01
            && label.lines.count <= 2 && label.inkWidth <= width + 0.5
    }

    /// Columns of `columnWidth` from the left, `gap` apart.
    private func cells(_ hotlines: ArraySlice<Hotline>, from first: Int, columnWidth: Double, engine: TextEngine) -> [Cell] {
        hotlines.enumerated().map { i, h in
            Cell(number: numberLayout(h.number, colour: colour(first + i), width: columnWidth, engine: engine),
                 label: label(h.label, width: columnWidth, engine: engine), x: Double(i) * (columnWidth + gap))
        }
    }

    private func equalRow(width: Double, engine: TextEngine) -> [[Cell]]? {
        let n = Double(max(1, hotlines.count))
        let columnWidth = (width - gap * (n - 1)) / n
        let row = cells(hotlines[...], from: 0, columnWidth: columnWidth, engine: engine)
        return row.allSatisfy({ readable($0.number, $0.label, width: columnWidth) }) ? [row] : nil
    }

    private func fittedRow(width: Double, down least: Double, engine: TextEngine) -> [[Cell]]? {
        guard hotlines.count > 1 else { return nil }
        let free = width - gap * Double(hotlines.count - 1)
        // Each label's width on one line, and the narrowest that keeps it in two.
        let oneLine = hotlines.map { label($0.label, width: free, engine: engine).inkWidth + 1 }
        // Never narrower than its longest word: `Police` was hyphenated `Po- / lice`. A label
        // of hanzi alone breaks between its words as a headline does.
        let longestWord = hotlines.map { h in
            let words = h.label.split(separator: " ")
            return words.count < 2 ? 0 : words.map { label(String($0), width: free, engine: engine).inkWidth + 1 }.max() ?? 0
        }
        let twoLines = hotlines.indices.map { i in
            var w = oneLine[i]
            while w - 2 >= max(oneLine[i] / 2, longestWord[i]) {
                let l = label(hotlines[i].label, width: w - 2, engine: engine)
                guard l.lines.count <= 2, l.inkWidth <= w - 1.5 else { break }
                w -= 2
            }
            return w
        }
        var size = scale.hotline
        while size >= least - 0.01 {
            let numbers = hotlines.map { number($0.number, colour: Palette.brand, size: size, width: free, engine: engine).inkWidth + 1 }
            for labels in [oneLine, twoLines] {
                let needs = hotlines.indices.map { max(numbers[$0], labels[$0]) }
                let total = needs.reduce(0, +)
                guard total <= free else { continue }
                let extra = (free - total) / Double(hotlines.count)
                var x = 0.0
                let row = hotlines.enumerated().map { i, h in
                    let w = needs[i] + extra
                    defer { x += w + gap }
                    return Cell(number: number(h.number, colour: colour(i), size: size, width: w, engine: engine),
                                label: label(h.label, width: w, engine: engine), x: x)
                }
                if row.allSatisfy({ $0.number.lines.count == 1 && $0.label.lines.count <= 2 }) { return [row] }
            }
            size -= 0.5
        }
        return nil
    }

    /// Rows of `columns`, the last row's fewer cells sharing its width (a lone last number,
    /// often the district's long one, spans the row).
    private func gridRows(width: Double, engine: TextEngine) -> [[Cell]] {
        var out: [[Cell]] = []
        for columns in stride(from: max(1, hotlines.count - 1), through: 1, by: -1) {
            var fits = true
            out = stride(from: 0, to: hotlines.count, by: columns).map { start in
                let end = min(start + columns, hotlines.count)
                let columnWidth = (width - gap * Double(end - start - 1)) / Double(end - start)
                let row = cells(hotlines[start..<end], from: start, columnWidth: columnWidth, engine: engine)
                fits = fits && row.allSatisfy { readable($0.number, $0.label, width: columnWidth) }
                return row
            }
            if fits { break }
        }
        return out
    }
}
