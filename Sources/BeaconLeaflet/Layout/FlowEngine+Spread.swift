/// How a top-aligned frame's spare room is shared out once its blocks are placed.
extension FlowEngine {
    enum Spread: Sendable {
        /// Down the whole frame, each gap up to `maxGap`: what the plan and the type size are
        /// chosen by (a panel measured as it would be filled), so the plans stay as they were.
        case filling
        /// As a designer spreads, last and little: the print.
        case designer
    }

    /// Top-aligned frames spread as `spread` says; other frames move their blocks to the centre
    /// or the foot. `foot`: room kept under a story's end; `footRoom`: the most the foot may
    /// keep with the panel's blank band still under a quarter of the trim height.
    func align(_ items: [(item: Placed, stretch: Double)], in frame: Frame, foot: Double = 0, footRoom: Double = 0) -> [Placed] {
        guard let bottom = items.map(\.item.bottom).max() else { return [] }
        let room = frame.rect.maxY - bottom
        switch frame.align {
        case .top: return spread == .filling ? fill(items, room: room - min(foot, room)) : designed(items, in: frame, room: room, foot: foot, footRoom: footRoom)
        case .centre: return items.map { $0.item.moved(by: room / 2) }
        case .bottom: return items.map { $0.item.moved(by: room) }
        }
    }

    /// The free room shared out between the blocks by their stretch (more before a new case
    /// than between paragraphs), at most `cap` per gap, so a short panel reads as laid out.
    private func fill(_ items: [(item: Placed, stretch: Double)], room free: Double) -> [Placed] {
        let weights = items.map(\.stretch).reduce(0, +)
        guard free > 0.5, weights > 0 else { return items.map(\.item) }
        return shared(items, caps: items.map(Self.cap), spending: free)
    }

    /// A designer sets the type as large as it fits first (`CopyFit`) and spreads last: each gap
    /// opens by at most about a line of the frame's text (less under a heading, whose next
    /// block has a stretch under 1, so a heading stays nearer what it heads than what is above
    /// it) and the foot keeps the rest; only where the foot would keep more than `footRoom` do
    /// the gaps open further, all alike, by what they must (clerk8: tips 1.5–2 lines apart and
    /// figure rows 20–40 mm apart read as a program's work). The contact box alone in a panel
    /// (the tri-fold's back cover) is one group: its parts a line and a half apart where the
    /// quarter rule allows, centred in the panel.
    private func designed(_ items: [(item: Placed, stretch: Double)], in frame: Frame, room: Double, foot: Double, footRoom: Double) -> [Placed] {
        guard room > 0.5, items.contains(where: { $0.stretch > 0 }) else { return items.map(\.item) }
        // The contact box is all the panel prints (the back cover: its slogans all fit on the flap).
        let alone = frame.sections.contains(.contact) && items.allSatisfy { if case .fixed = $0.item { true } else { false } }
        let line = Self.line(items)
        let caps = items.map { min(Self.maxGap, min(1, $0.stretch) * line) }
        let total = caps.reduce(0, +)
        guard total > 0 else { return items.map(\.item) }
        // A story's end keeps `foot` unless the quarter rule needs it.
        let natural = min(max(0, room - foot), total)
        // The contact box's group: as tight as a line and a half a gap, as loose as keeps the
        // blank above and under it within `footRoom` each.
        let free = alone ? min(room, max(total * 1.5, room - 2 * footRoom)) : min(room, max(natural, room - footRoom))
        guard free > 0.5 else { return items.map(\.item) }
        let raise = max(1, free / total)
        let placed = shared(items, caps: caps.map { min(Self.maxGap, $0 * raise) }, spending: free)
        guard alone, let last = placed.last else { return placed }
        // Centred: as much above the group as under it.
        let left = max(0, frame.rect.maxY - last.bottom)
        return placed.map { $0.moved(by: left / 2) }
    }

    /// Each block moved down by its gap: `spending` shared out by stretch, no gap past its cap
    /// (the share per unit is raised until the room is spent or every gap is full).
    private func shared(_ items: [(item: Placed, stretch: Double)], caps: [Double], spending free: Double) -> [Placed] {
        let share = { (unit: Double) in zip(items, caps).reduce(0) { $0 + min($1.0.stretch * unit, $1.1) } }
        var (lo, hi) = (0.0, free / (items.map(\.stretch).filter { $0 > 0 }.min() ?? 1))
        for _ in 0..<30 {
            let mid = (lo + hi) / 2
            if share(mid) > free { hi = mid } else { lo = mid }
        }
        var shift = 0.0
        return zip(items, caps).map { entry, cap in
            shift += min(entry.stretch * lo, cap)
            return entry.item.moved(by: shift)
        }
    }

    /// Most extra space any one gap takes when a panel's blocks are spread.
    static let maxGap = mm(40)

    /// Filling: most extra space a gap of this stretch takes: a little between paragraphs, more
    /// before a heading or a new case, so spreading never opens loose holes inside a story.
    /// Drawn blocks (the figures' rows, the contact box's parts) are cards and may move further apart.
    static func cap(_ entry: (item: Placed, stretch: Double)) -> Double {
        if case .fixed = entry.item { return maxGap }
        return min(maxGap, entry.stretch * mm(6))
    }

    /// A line of the frame's text: the middle one of its blocks' first lines (7 mm where it has
    /// only drawn blocks: the figures' rows, the contact box).
    static func line(_ items: [(item: Placed, stretch: Double)]) -> Double {
        let heights = items.compactMap { entry -> Double? in
            guard case .text(let l, let r, _, _) = entry.item, r.lowerBound < l.lines.count else { return nil }
            return l.lines[r.lowerBound].bottom - l.lines[r.lowerBound].top
        }.sorted()
        return heights.isEmpty ? mm(7) : heights[heights.count / 2]
    }
}
