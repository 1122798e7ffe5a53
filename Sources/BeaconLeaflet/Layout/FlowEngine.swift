/// Pours each section's blocks into the frames that list it, in frame order. Running text may
/// continue in the section's next frame (at least two lines on each side); headings stay with
/// what follows; a kept-together run of blocks (the police advice box) moves whole to the next
/// frame when it does not fit where it is. Whatever is left when a section runs out of frames
/// is an overflow, measured at the width of its last frame — never cut.
///
/// `fractions` limits a frame to a share of its height while pouring (to balance columns);
/// afterwards the blocks of a top-aligned frame are spread down its whole height.
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

        var top: Double {
            switch self {
            case .text(_, _, _, let y), .fixed(_, _, let y): return y
            }
        }

        func moved(by dy: Double) -> Placed {
            switch self {
            case .text(let l, let r, let x, let y): return .text(l, r, x: x, y: y + dy)
            case .fixed(let f, let x, let y): return .fixed(f, x: x, y: y + dy)
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
        /// The case the first block left over belongs to, if any.
        var owner: Int?
        /// Room still free at the foot of that last frame (what every part left over there shares).
        var free = 0.0
        /// Height of what is left over, at that frame's width.
        var leftover = 0.0
    }

    let engine: TextEngine
    /// How a top-aligned frame's spare room is spread (`FlowEngine+Spread`).
    var spread = Spread.filling

    func run(design: Design, content: [Section: [BlockSpec]], fractions: [Int: Double] = [:])
        -> (placed: [Int: [Placed]], overflows: [Overflow]) {
        let r = runCounting(design: design, content: content, fractions: fractions)
        return (r.placed, r.overflows)
    }

    /// `run`, also telling how many blocks of each section were left over, and the holes: per
    /// frame, the room left under its last block when a kept-together box (or a short case kept
    /// on one side) moved on whole because it did not fit there. Spreading does not fill such a
    /// hole, and balancing does not even it out: only smaller type closes it.
    func runCounting(design: Design, content: [Section: [BlockSpec]], fractions: [Int: Double] = [:])
        -> (placed: [Int: [Placed]], overflows: [Overflow], leftover: [Section: Int], holes: [Int: Double]) {
        var queues = content
        var placed: [Int: [Placed]] = [:]
        var freeAtEnd: [Int: Double] = [:]
        var used: [Int: [Section: Double]] = [:]
        var carriedSide: Int?
        // The side a run headed on each side (`headedOnEachSide`) was last placed on.
        var startedOnSide: [Section: Int] = [:]
        var holes: [Int: Double] = [:]
        for (index, frame) in design.frames.enumerated() {
            var items: [(item: Placed, stretch: Double)] = []
            var y = frame.rect.y
            var lastGroup: Int?
            // The keep-on-side run of the last block placed (a case), here or in an earlier frame.
            var lastSide = carriedSide
            // The last section that placed something here.
            var lastSection: Section?
            let limit = frame.rect.y + frame.rect.height * (fractions[index] ?? 1)
            for section in frame.sections {
                let hasLaterFrame = design.frames[(index + 1)...].contains { $0.sections.contains(section) }
                var startedHere = false
                let sectionTop = y
                defer { if y > sectionTop { used[index, default: [:]][section] = y - sectionTop; lastSection = section } }
                blocks: while let queue = queues[section], var spec = queue.first {
                    let top = items.isEmpty
                    if spec.breakBefore && startedHere && hasLaterFrame { break blocks }
                    // Going on overleaf: the section's heading first, again (unless a heading is
                    // what comes next already).
                    if spec.headedOnEachSide, let side = startedOnSide[section], side != frame.page {
                        startedOnSide[section] = frame.page
                        if !spec.keepWithNext, let heading = content[section]?.first, heading.keepWithNext {
                            // The point under it stays close under it, as the first one does under
                            // the heading on the front (spreading a panel opens the gaps between
                            // points, not the one between a heading and its first point).
                            if let first = content[section]?.dropFirst().first { queues[section]?[0].stretch = min(spec.stretch, first.stretch) }
                            queues[section]?.insert(heading, at: 0)
                            continue blocks
                        }
                    }
                    let gap = top ? 0 : spec.spaceBefore
                    let room = limit - y - gap
                    let stretch = top ? 0 : spec.stretch
                    // A box kept together moves whole to the next frame when it does not fit here
                    // (unless it would not fit in a whole frame either).
                    if let group = spec.keepTogether, group != lastGroup, hasLaterFrame, !items.isEmpty {
                        let run = queue.prefix { $0.keepTogether == group }
                        let total = height(of: Array(run), width: frame.rect.width, frame: frame)
                        if total > room + 0.01 && total <= frame.rect.height {
                            holes[index] = frame.rect.maxY - y
                            break blocks
                        }
                    }
                    // A short case starts on this side only when the rest of the side holds it
                    // whole; else it moves to the next side (copy-fitting then sets the type so
                    // that this side is not left with a hole).
                    if let side = spec.keepOnSide, side != lastSide, !items.isEmpty,
                       let nextSide = design.frames.first(where: { $0.page > frame.page && $0.sections.contains(section) })?.page {
                        let run = Array(queue.prefix { $0.keepOnSide == side })
                        let total = height(of: run, width: frame.rect.width, frame: frame)
                        let laterHere = design.frames.indices.filter { $0 > index && design.frames[$0].page == frame.page && design.frames[$0].sections.contains(section) }
                            .reduce(0.0) { $0 + design.frames[$1].rect.height * (fractions[$1] ?? 1) }
                        let there = design.frames.first { $0.page == nextSide && $0.sections.contains(section) }?.rect.height ?? 0
                        if total > room + laterHere + 0.01, total <= there {
                            holes[index] = frame.rect.maxY - y
                            break blocks
                        }
                    }
                    // Nor does a case of half a panel or less start in a panel whose rest cannot
                    // hold it: its story and its advice box are read together, not a story above a
                    // blank and its box beyond a fold. (A longer one runs on, its box kept whole.)
                    if let side = spec.keepOnSide, side != lastSide, !items.isEmpty,
                       let next = design.frames.indices.first(where: { $0 > index && design.frames[$0].sections.contains(section) }),
                       design.frames[next].page == frame.page {
                        let total = height(of: Array(queue.prefix { $0.keepOnSide == side }), width: frame.rect.width, frame: frame)
                        if total > room + 0.01, total <= design.frames[next].rect.height * min(0.5, fractions[next] ?? 1) {
                            holes[index] = frame.rect.maxY - y
                            break blocks
                        }
                    }
                    switch spec.kind {
                    case .fixed(let make):
                        let f = make(frame.rect.width, frame, engine)
                        guard f.height <= room + 0.01 else { break blocks }
                        if spec.keepWithNext, !top, !nextFits(queue.dropFirst(), frame: frame, room: room - f.height) { break blocks }
                        // An empty block takes no space before it either.
                        let g = f.height == 0 ? 0 : gap
                        items.append((.fixed(f, x: frame.rect.x, y: y + g), f.stretch ?? stretch))
                        lastGroup = spec.keepTogether
                        lastSide = spec.keepOnSide
                        y += g + f.height
                        queues[section]?.removeFirst()
                        startedHere = true
                        continue
                    case .text(let text, let style):
                        let layout = TextLayout.cached(text, style: colour(style, frame), width: frame.rect.width - spec.inset, engine: engine)
                        let x = frame.rect.x + spec.inset
                        let n = layout.lines.count
                        var k = 0
                        while k < n && layout.height(0..<(k + 1)) <= room + 0.01 { k += 1 }
                        // Bridges the gap between two paragraphs ruled alike so the rule runs unbroken.
                        func bridge() {
                            guard let bar = style.bar, gap > 0, case .text(let previous, _, _, _)? = items.last?.item, previous.style.bar == bar else { return }
                            items.append((.fixed(FixedLayout(height: gap) { canvas, x, y in canvas.fill(Rect(x: x, y: y, width: 1.5, height: gap), bar) },
                                                 x: x, y: y), 0))
                        }
                        // Inside a ruled box (or quote) no extra space goes between paragraphs, so the rule stays whole.
                        let inBox: Bool = {
                            guard style.bar != nil, case .text(let previous, _, _, _)? = items.last?.item else { return false }
                            return previous.style.bar == style.bar
                        }()
                        if k == n {
                            if spec.keepWithNext, !top, !nextFits(queue.dropFirst(), frame: frame, room: room - layout.height) { break blocks }
                            bridge()
                            items.append((.text(layout, 0..<n, x: x, y: y + gap), inBox ? 0 : stretch))
                            lastGroup = spec.keepTogether
                            lastSide = spec.keepOnSide
                            y += gap + layout.height
                            queues[section]?.removeFirst()
                            startedHere = true
                            continue
                        }
                        // Never one line alone on either side: a paragraph of three lines
                        // with room for two moves whole (clerk9: a list item's `黑失联。` opened
                        // the next column alone).
                        if n - k == 1 { k = k > 2 ? k - 1 : top ? k : 0 }
                        let canSplit = spec.splittable && (k >= 2 || (top && k >= 1))
                        guard canSplit else { break blocks }
                        // A list item is not parted between the two sides: it moves whole.
                        if style.hangingPrefix != nil, !top, layout.height <= frame.rect.height,
                           let next = design.frames[(index + 1)...].first(where: { $0.sections.contains(section) }), next.page != frame.page { break blocks }
                        lastSide = spec.keepOnSide
                        bridge()
                        items.append((.text(layout, 0..<k, x: x, y: y + gap), inBox ? 0 : stretch))
                        var rest = style
                        rest.indent = 0 // the continuation is not a new paragraph
                        // A list item's lines go on hung after its marker, as they started.
                        spec.inset += layout.hang
                        let remainder = layout.continuation(after: k)
                        rest.boldRanges = remainder.boldRanges
                        spec.kind = .text(remainder.text, rest)
                        spec.spaceBefore = 0
                        spec.breakBefore = false
                        queues[section]?[0] = spec
                        y = limit
                        break blocks
                    }
                }
                if startedHere, startedOnSide[section] == nil, content[section]?.first?.headedOnEachSide == true {
                    startedOnSide[section] = frame.page
                }
                // A section that did not finish here continues in its next frame; nothing
                // after it may jump ahead into this one.
                if !(queues[section]?.isEmpty ?? true) { break }
            }
            carriedSide = lastSide
            freeAtEnd[index] = max(0, frame.rect.maxY - y)
            // Where a story ends (every section of the frame done, none continuing in a later
            // frame, and the cases the last thing in it: stock tips after them are spread), its
            // column may end short, as a story's last column does: only what is past a twelfth
            // of the page is spread (the band under the frame, down to the slogans or the trim,
            // adds to what a reader sees blank).
            let ends = frame.sections.allSatisfy { s in queues[s]?.isEmpty ?? true }
                && frame.sections.contains { s in content[s]?.isEmpty == false && design.frames[(index + 1)...].contains { $0.sections.contains(s) } == false }
                && lastSection == .cases
            // The foot may keep what leaves the panel's blank band under a quarter of the trim
            // height (SPEC §7), less a margin for a line's box over its ink.
            let trim = mm(design.format.trimSize.height)
            placed[index] = align(items, in: frame, foot: ends ? trim / 12 : 0,
                                  footRoom: max(0, trim / 4 - (trim - frame.rect.maxY) - mm(6)))
        }
        var overflows: [Overflow] = []
        for section in Section.allCases {
            guard let rest = queues[section], !rest.isEmpty,
                  let lastIndex = design.frames.lastIndex(where: { $0.sections.contains(section) }) else { continue }
            let last = design.frames[lastIndex]
            // What is left, less the room still free at the foot of its last frame: how much
            // has to go (or how much taller the frame would have to be).
            let leftover = height(of: rest, width: last.rect.width, frame: last)
            let needed = leftover - (freeAtEnd[lastIndex] ?? 0)
            let before = last.sections.prefix { $0 != section }.compactMap { s in used[lastIndex]?[s].map { (section: s, height: $0) } }
            overflows.append(Overflow(section: section, frame: last, excess: max(needed, 0.1 * pointsPerMM), crowdedBy: before,
                                      owner: rest.first?.owner, free: freeAtEnd[lastIndex] ?? 0, leftover: leftover))
        }
        return (placed, overflows, queues.mapValues(\.count), holes)
    }

    /// Whether what follows a heading can start in `room`: every further kept block whole, then
    /// two lines (or all of a short or fixed block) of the first block that is not kept.
    private func nextFits(_ rest: ArraySlice<BlockSpec>, frame: Frame, room: Double) -> Bool {
        var r = room
        for next in rest {
            r -= next.spaceBefore
            let (height, whole): (Double, Double)
            switch next.kind {
            case .fixed(let make):
                height = make(frame.rect.width, frame, engine).height
                whole = height
            case .text(let text, let style):
                let l = TextLayout.cached(text, style: style, width: frame.rect.width - next.inset, engine: engine)
                // A block that may not split (a slogan) has to fit whole, and so does a list
                // item (it is not parted between the sides, and a step reads best whole).
                height = next.splittable && style.hangingPrefix == nil ? l.height(0..<min(2, l.lines.count)) : l.height
                whole = l.height
            }
            guard next.keepWithNext else { return height <= r + 0.01 }
            r -= whole
            if r < -0.01 { return false }
        }
        return true
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
            case .fixed(let make): return sum + gap + make(width, frame, engine).height
            case .text(let text, let style): return sum + gap + TextLayout.cached(text, style: style, width: width - spec.inset, engine: engine).height
            }
        }
    }
}
