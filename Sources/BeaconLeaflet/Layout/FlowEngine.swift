/// Pours each section's blocks into the frames that list it, in frame order. Running text may
/// continue in the section's next frame (at least two lines on each side); headings stay with
/// what follows. Whatever is left when a section runs out of frames is an overflow, measured
/// at the width of its last frame — never cut and never set smaller.
struct FlowEngine {
    /// A block set at a frame's width and placed in it.
    enum Placed {
        case text(TextLayout, Range<Int>, x: Double, y: Double)
        case fixed(FixedLayout, x: Double, y: Double)

        var bottom: Double {
            switch self {
            case .text(let l, let r, _, let y): return y + l.height(r)
            case .fixed(let f, _, let y): return y + f.height
            }
        }
    }

    struct Overflow {
        var section: Section
        var frame: Frame
        /// Height of what did not fit, in points.
        var excess: Double
        /// Sections set earlier in that last frame, with the height each takes there: the
        /// figures pushed off a page by long stories are the stories' doing.
        var crowdedBy: [(section: Section, height: Double)] = []
    }

    let engine: TextEngine

    func run(design: Design, content: [Section: [BlockSpec]]) -> (placed: [Int: [Placed]], overflows: [Overflow]) {
        var queues = content
        var placed: [Int: [Placed]] = [:]
        var freeAtEnd: [Int: Double] = [:]
        var used: [Int: [Section: Double]] = [:]
        for (index, frame) in design.frames.enumerated() {
            var items: [Placed] = []
            var y = frame.rect.y
            for section in frame.sections {
                let hasLaterFrame = design.frames[(index + 1)...].contains { $0.sections.contains(section) }
                var startedHere = false
                let sectionTop = y
                defer { if y > sectionTop { used[index, default: [:]][section] = y - sectionTop } }
                blocks: while var spec = queues[section]?.first {
                    let top = items.isEmpty
                    if spec.breakBefore && startedHere && hasLaterFrame { break blocks }
                    let gap = top ? 0 : spec.spaceBefore
                    let room = frame.rect.maxY - y - gap
                    switch spec.kind {
                    case .fixed(let make):
                        let f = make(frame.rect.width, frame.onDark, engine)
                        guard f.height <= room + 0.01 else { break blocks }
                        if spec.keepWithNext, !top, !nextFits(queues[section]!.dropFirst(), frame: frame, room: room - f.height) { break blocks }
                        items.append(.fixed(f, x: frame.rect.x, y: y + gap))
                        y += gap + f.height
                        queues[section]!.removeFirst()
                        startedHere = true
                        continue
                    case .text(let text, let style):
                        let layout = TextLayout(text, style: colour(style, frame), width: frame.rect.width, engine: engine)
                        let n = layout.lines.count
                        var k = 0
                        while k < n && layout.height(0..<(k + 1)) <= room + 0.01 { k += 1 }
                        // Bridges the gap between two ruled paragraphs so the rule runs unbroken.
                        func bridge() {
                            guard let bar = style.bar, gap > 0, case .text(let previous, _, _, _)? = items.last, previous.style.bar != nil else { return }
                            items.append(.fixed(FixedLayout(height: gap) { canvas, x, y in canvas.fill(Rect(x: x, y: y, width: 1.5, height: gap), bar) },
                                                x: frame.rect.x, y: y))
                        }
                        if k == n {
                            if spec.keepWithNext, !top, !nextFits(queues[section]!.dropFirst(), frame: frame, room: room - layout.height) { break blocks }
                            bridge()
                            items.append(.text(layout, 0..<n, x: frame.rect.x, y: y + gap))
                            y += gap + layout.height
                            queues[section]!.removeFirst()
                            startedHere = true
                            continue
                        }
                        if n - k == 1 && k > 2 { k -= 1 }
                        let canSplit = spec.splittable && (k >= 2 || (top && k >= 1))
                        guard canSplit else { break blocks }
                        bridge()
                        items.append(.text(layout, 0..<k, x: frame.rect.x, y: y + gap))
                        var rest = style
                        rest.indent = 0 // the continuation is not a new paragraph
                        let remainder = layout.remainder(after: k)
                        rest.boldRanges = remainder.boldRanges
                        spec.kind = .text(remainder.text, rest)
                        spec.spaceBefore = 0
                        spec.breakBefore = false
                        queues[section]![0] = spec
                        y = frame.rect.maxY
                        break blocks
                    }
                }
                // A section that did not finish here continues in its next frame; nothing
                // after it may jump ahead into this one.
                if !(queues[section]?.isEmpty ?? true) { break }
            }
            freeAtEnd[index] = max(0, frame.rect.maxY - y)
            placed[index] = align(items, in: frame)
        }
        var overflows: [Overflow] = []
        for section in Section.allCases {
            guard let rest = queues[section], !rest.isEmpty,
                  let lastIndex = design.frames.lastIndex(where: { $0.sections.contains(section) }) else { continue }
            let last = design.frames[lastIndex]
            // What is left, less the room still free at the foot of its last frame: how much
            // has to go (or how much taller the frame would have to be).
            let needed = height(of: rest, width: last.rect.width, frame: last) - (freeAtEnd[lastIndex] ?? 0)
            let before = last.sections.prefix { $0 != section }.compactMap { s in used[lastIndex]?[s].map { (section: s, height: $0) } }
            overflows.append(Overflow(section: section, frame: last, excess: max(needed, 0.1 * pointsPerMM), crowdedBy: before))
        }
        return (placed, overflows)
    }

    /// Whether the block after a heading can start (two lines, or all of a short or fixed block) in `room`.
    private func nextFits(_ rest: ArraySlice<BlockSpec>, frame: Frame, room: Double) -> Bool {
        guard let next = rest.first else { return true }
        let r = room - next.spaceBefore
        switch next.kind {
        case .fixed(let make): return make(frame.rect.width, frame.onDark, engine).height <= r + 0.01
        case .text(let text, let style):
            let l = TextLayout(text, style: style, width: frame.rect.width, engine: engine)
            return l.height(0..<min(2, l.lines.count)) <= r + 0.01
        }
    }

    private func colour(_ style: TextStyle, _ frame: Frame) -> TextStyle {
        var s = style
        if frame.onDark { s.colour = .white }
        return s
    }

    private func height(of specs: [BlockSpec], width: Double, frame: Frame) -> Double {
        specs.enumerated().reduce(0) { sum, item in
            let (i, spec) = item
            let gap = i == 0 ? 0 : spec.spaceBefore
            switch spec.kind {
            case .fixed(let make): return sum + gap + make(width, frame.onDark, engine).height
            case .text(let text, let style): return sum + gap + TextLayout(text, style: style, width: width, engine: engine).height
            }
        }
    }

    private func align(_ items: [Placed], in frame: Frame) -> [Placed] {
        guard let bottom = items.map(\.bottom).max(), frame.align != .top else { return items }
        let free = frame.rect.maxY - bottom
        let shift = frame.align == .centre ? free / 2 : free
        return items.map {
            switch $0 {
            case .text(let l, let r, let x, let y): return .text(l, r, x: x, y: y + shift)
            case .fixed(let f, let x, let y): return .fixed(f, x: x, y: y + shift)
            }
        }
    }
}
