/// The headline figures as a grid of cells: the number large, what it counts beneath it, the
/// year-on-year change under that. Columns as many as fit at about 40 mm each (at most 4).
enum FigureGrid {
    /// One block per possible row, so a panel's spare height can go between the rows; rows the
    /// width does not need (four figures in one row) are empty.
    static func specs(_ figures: [LeafletFigure], scale: TypeScale) -> [BlockSpec] {
        figures.indices.map { row in
            var spec = BlockSpec(kind: .fixed { width, frame, engine in
                let rows = layout(figures, scale: scale, width: width, rows: frame.figureRows, engine: engine)
                return row < rows.count ? rows[row] : FixedLayout(height: 0, stretch: 0) { _, _, _ in }
            }, spaceBefore: row == 0 ? mm(2) : mm(3), splittable: false)
            spec.stretch = row == 0 ? 1 : 1.5
            return spec
        }
    }

    static func layout(_ figures: [LeafletFigure], scale: TypeScale, width: Double, rows mode: Frame.FigureRows = .many, engine: TextEngine) -> [FixedLayout] {
        let gap = mm(4)
        // Display type: a figure without spaces (`4400余万元`) must fit on one line, a long English
        // one (`more than 44 million yuan`) on two, never broken where the rules forbid. The
        // largest type comes first: the grid takes fewer columns (down to two rows) before the
        // type steps down, so one long figure does not shrink the whole row.
        let widest = max(1, min(4, figures.count, Int((width + gap) / (mm(38) + gap))))
        let twoRows = max(1, min(widest, (figures.count + 1) / 2))
        var value = TextStyle(size: scale.figure, bold: true, colour: Palette.brand, leading: 1.15)
        var columns = widest
        func fits(_ c: Int, _ size: Double) -> Bool {
            let cell = (width - gap * Double(c - 1)) / Double(c)
            value.size = size
            return figures.allSatisfy { f in
                let l = TextLayout.cached(f.value, style: value, width: cell, engine: engine)
                return !l.relaxed && (f.value.contains(" ") ? l.lines.count <= 2 : l.lines.count == 1)
            }
        }
        let sizes = [scale.figure, scale.figure * 0.85, scale.figure * 0.7, max(scale.heading, scale.figure * 0.55)]
        search: do {
            if mode == .oneIfLarge, fits(widest, sizes[1]) {
                columns = widest
                // `fits` leaves the size it tried set.
                if !fits(widest, sizes[0]) { value.size = sizes[1] }
                break search
            }
            let fewest = mode == .one ? widest : twoRows
            for size in sizes {
                for c in stride(from: widest, through: fewest, by: -1) where fits(c, size) { columns = c; break search }
            }
            for c in stride(from: fewest - 1, through: 1, by: -1) {
                for size in sizes where fits(c, size) { columns = c; break search }
            }
            columns = 1
            value.size = sizes[sizes.count - 1]
        }
        let cellWidth = (width - gap * Double(columns - 1)) / Double(columns)
        // What a figure counts breaks between words into even lines (`劝阻潜在受 / 害群众` did not).
        let label = TextStyle(size: scale.small, colour: Palette.text, leading: 1.3, headline: true)
        let note = TextStyle(size: scale.small, colour: Palette.accent, leading: 1.3, headline: true)
        struct Cell { var parts: [TextLayout]; var height: Double }
        let cells: [Cell] = figures.map { f in
            var parts = [TextLayout.cached(f.value, style: value, width: cellWidth, engine: engine),
                         TextLayout.cached(f.label, style: label, width: cellWidth, engine: engine)]
            if let n = f.note { parts.append(TextLayout.cached(n, style: note, width: cellWidth, engine: engine)) }
            return Cell(parts: parts, height: mm(2) + parts.reduce(0) { $0 + $1.height })
        }
        var rowHeights: [Double] = []
        for start in stride(from: 0, to: cells.count, by: columns) {
            rowHeights.append(cells[start..<min(cells.count, start + columns)].map(\.height).max() ?? 0)
        }
        return rowHeights.enumerated().map { row, rowHeight in
            FixedLayout(height: rowHeight) { canvas, x, rowY in
                for column in 0..<columns {
                    let i = row * columns + column
                    guard i < cells.count else { break }
                    let cx = x + Double(column) * (cellWidth + gap)
                    canvas.fill(Rect(x: cx, y: rowY, width: cellWidth, height: 1.2), Palette.brand)
                    var cy = rowY + mm(2)
                    for part in cells[i].parts {
                        part.draw(0..<part.lines.count, on: canvas, x: cx, y: cy)
                        cy += part.height
                    }
                }
            }
        }
    }
}
