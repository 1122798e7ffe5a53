/// The blank-band measure copy-fitting and the choice of plan work to (SPEC §7): per panel (a
/// page between its folds, or one of an unfolded page's columns), the tallest stretch with
/// nothing on it from the trim's top to its foot.
extension Design {
    /// The x ranges measured on a page, in points: its columns, else the stretches between its folds.
    func panels(page: Int) -> [ClosedRange<Double>] {
        if page < columns.count, !columns[page].isEmpty { return columns[page] }
        let folds: [Double] = page < self.folds.count ? self.folds[page] : []
        let edges: [Double] = [0] + folds + [mm(format.trimSize.width)]
        return zip(edges, edges.dropFirst()).map { $0...$1 }
    }

    /// Panels whose tallest blank band is more than a quarter of the trim height, named by the
    /// flowing frame that lies in them (else the first that reaches into them). The tri-fold's
    /// front cover is a designed ground and not measured. `slack`: how much under a quarter
    /// already counts (choosing a plan leaves room for the difference between a line's box and its ink).
    func blankPanels(placed: [Int: [FlowEngine.Placed]], slack: Double = 0) -> [(Frame, Double)] {
        let height = mm(format.trimSize.height)
        var out: [(Frame, Double)] = []
        for page in 0..<pageCount {
            for panel in panels(page: page) {
                // A frame belongs to every panel it reaches into by more than a few millimetres
                // (the A4 figures band runs across both columns).
                let inPanel: [Int] = frames.indices.filter { (i: Int) -> Bool in
                    let f = frames[i]
                    return f.page == page && min(f.rect.maxX, panel.upperBound) - max(f.rect.x, panel.lowerBound) > mm(5)
                }
                let isCover = format == .a4Trifold && inPanel.contains { frames[$0].sections.contains(.cover) }
                let flowing = inPanel.filter { frames[$0].align == .top }
                let inside = flowing.first { frames[$0].rect.x >= panel.lowerBound - 0.5 && frames[$0].rect.maxX <= panel.upperBound + 0.5 }
                guard !isCover, let named = inside ?? flowing.first else { continue }
                var items: [FlowEngine.Placed] = inPanel.flatMap { placed[$0] ?? [] }
                items = items.filter { $0.bottom - $0.top > 0.01 }.sorted { $0.top < $1.top }
                var y = 0.0, band = 0.0
                for item in items {
                    band = max(band, item.top - y)
                    y = max(y, item.bottom)
                }
                band = max(band, height - y)
                if band > height / 4 - slack { out.append((frames[named], band)) }
            }
        }
        return out
    }
}
