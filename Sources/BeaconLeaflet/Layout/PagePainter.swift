/// Draws a leaflet's pages: backgrounds into the bleed, the placed blocks, and (in the PDF)
/// crop marks and fold marks outside the bleed.
struct PagePainter {
    let design: Design
    let placed: [Int: [FlowEngine.Placed]]

    var trimWidth: Double { mm(design.format.trimSize.width) }
    var trimHeight: Double { mm(design.format.trimSize.height) }
    /// Paper around the trim for bleed and marks, in points.
    static let margin = mm(LeafletFormat.markArea)

    /// Draws page `page` with the trim's top left at the canvas origin.
    func paint(page: Int, on canvas: CairoCanvas, marks: Bool) {
        for fill in design.fills where fill.page == page { canvas.fill(fill.rect, fill.colour) }
        for (index, frame) in design.frames.enumerated() where frame.page == page {
            for item in placed[index] ?? [] {
                switch item {
                case .text(let layout, let range, let x, let y): layout.draw(range, on: canvas, x: x, y: y)
                case .fixed(let block, let x, let y): block.draw(canvas, x, y)
                }
            }
        }
        if marks { paintMarks(page: page, on: canvas) }
    }

    /// Crop marks at the four corners and dashed fold marks, all beyond the bleed, 0.25 pt
    /// (print shops ask for at least 0.2 pt).
    private func paintMarks(page: Int, on canvas: CairoCanvas) {
        let a = mm(LeafletFormat.markStart), b = mm(LeafletFormat.markEnd), w = 0.25
        for (x, y) in [(0.0, 0.0), (trimWidth, 0), (0, trimHeight), (trimWidth, trimHeight)] {
            let sx = x == 0 ? -1.0 : 1.0, sy = y == 0 ? -1.0 : 1.0
            canvas.line(from: (x + sx * a, y), to: (x + sx * b, y), width: w, colour: Palette.marks)
            canvas.line(from: (x, y + sy * a), to: (x, y + sy * b), width: w, colour: Palette.marks)
        }
        let folds = page < design.folds.count ? design.folds[page] : []
        for x in folds {
            canvas.line(from: (x, -b), to: (x, -a), width: w, colour: Palette.marks, dash: [mm(1), mm(0.7)])
            canvas.line(from: (x, trimHeight + a), to: (x, trimHeight + b), width: w, colour: Palette.marks, dash: [mm(1), mm(0.7)])
        }
    }
}
