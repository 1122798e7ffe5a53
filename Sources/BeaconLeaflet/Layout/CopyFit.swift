import Foundation
/// Fits each panel's content to its panel. The top-aligned frames fall into groups that share
/// sections (the columns a story runs through); for each group, the type is set as large as
/// fits (up to the format's ceiling) or as small as needed (down to its floor), then the
/// content is balanced over the group's frames and spread down each frame.
struct CopyFit {
    let design: Design
    let engine: TextEngine
    let factors: ClosedRange<Double>
    /// Cases one after another from the start, rather than each on a panel of its own when
    /// there are panels enough (a long case that runs on would leave the next panel half empty).
    var runOn = false
    /// The stock tips fill spare room, as many as fit (true), or are content like the rest,
    /// fitted with the type set smaller if need be (false: the leaflet's other language prints
    /// that many, and every language prints the same tips).
    var tipsAreFiller = true
    /// How the panels of the result are spread (the type and the balance are chosen as filled).
    var spread = FlowEngine.Spread.filling
    /// The content with each section's type multiplied by its factor.
    let content: (_ factors: [Section: Double]) throws -> [Section: [BlockSpec]]

    init(design: Design, engine: TextEngine, factors: ClosedRange<Double>, runOn: Bool = false,
         content: @escaping (_ factors: [Section: Double]) throws -> [Section: [BlockSpec]]) {
        (self.design, self.engine, self.factors, self.runOn, self.content) = (design, engine, factors, runOn, content)
    }

    struct Group {
        var frames: [Int]
        var sections: Set<Section>
    }

    /// Frames that share a section are one group; frames aligned otherwise (covers, the QR code,
    /// bands) are laid out as designed and keep their type size.
    var groups: [Group] {
        var groups: [Group] = []
        for (i, frame) in design.frames.enumerated() where frame.align == .top {
            let sections = Set(frame.sections)
            let joined = groups.indices.filter { !groups[$0].sections.isDisjoint(with: sections) }
            var merged = Group(frames: [i], sections: sections)
            for j in joined.reversed() {
                merged.frames += groups[j].frames
                merged.sections.formUnion(groups[j].sections)
                groups.remove(at: j)
            }
            merged.frames.sort()
            groups.append(merged)
        }
        // The cases' groups first: the stock tips elsewhere are capped at the cases' size.
        return groups.filter { $0.sections.contains(.cases) } + groups.filter { !$0.sections.contains(.cases) }
    }

    /// Display sections (slogans, figures) set alone in their panels may grow past the body
    /// text's ceiling: a panel of a few slogans is set as display type, as a designer would,
    /// rather than left half empty. The stock tips are body text and filler: never larger than
    /// the cases (`casesFactor`), nor past the format's ceiling.
    static let display: Set<Section> = [.slogans, .tips, .figures]

    func ceiling(_ group: Group, casesFactor: Double?) -> Double {
        if group.sections.contains(.tips) { return min(factors.upperBound, casesFactor ?? factors.upperBound) }
        // One display part alone in whole panels (the figures or the slogans of a leaflet with
        // little else) is set as a poster panel, larger still, rather than spread thin.
        if group.sections.count == 1, group.sections.isSubset(of: Self.display),
           group.frames.allSatisfy({ design.frames[$0].rect.height >= mm(150) }) {
            return posterCeiling(group, from: factors.upperBound * 1.3, to: factors.upperBound * 2.2)
        }
        return group.sections.isSubset(of: Self.display) ? factors.upperBound * 1.3 : factors.upperBound
    }

    func run() throws -> (placed: [Int: [FlowEngine.Placed]], overflows: [FlowEngine.Overflow], factors: [Section: Double]) {
        var chosen: [Section: Double] = [:]
        var fractions: [Int: Double] = [:]
        // Sections that may not start each case on a new panel: they do not fit that way.
        var relaxed: Set<Section> = runOn ? [.cases] : []
        // Sections whose short cases may be parted between the sides: the leaflet does not fit
        // with each kept whole.
        var parted: Set<Section> = []
        // The sections whose blocks start new panels.
        let relaxedBy: Set<Section> = [.cases]
        // How many blocks of the stock tips (heading included) are printed: as many as fit.
        var tipsLimit: Int?
        func make(_ factors: [Section: Double]) throws -> [Section: [BlockSpec]] {
            var blocks = try content(factors)
            for s in relaxed { blocks[s] = blocks[s]?.map { var b = $0; b.breakBefore = false; return b } }
            for s in parted { blocks[s] = blocks[s]?.map { var b = $0; b.keepOnSide = nil; return b } }
            if let n = tipsLimit { blocks[.tips] = n >= 2 ? Array((blocks[.tips] ?? []).prefix(n)) : [] }
            return blocks
        }
        let flow = FlowEngine(engine: engine)
        // The tips are filler: the group's type is fitted without them, then as many are
        // printed as fit in the room the rest leaves.
        if tipsAreFiller, design.frames.contains(where: { $0.sections.contains(.tips) }) { tipsLimit = 0 }
        for group in groups {
            let factors = factors.lowerBound...max(factors.lowerBound, ceiling(group, casesFactor: chosen[.cases]))
            let sub = Design(format: design.format, frames: group.frames.map { design.frames[$0] }, fills: [], pageNames: design.pageNames)
            func fits(_ factor: Double, _ fraction: Double, only balanced: Set<Int>? = nil) throws -> Bool {
                try pour(factor, fraction, only: balanced).overflows.isEmpty
            }
            /// The group poured at `factor`, its frames (or only those in `balanced`, indexes in
            /// `sub`) limited to `fraction` of their height.
            func pour(_ factor: Double, _ fraction: Double, only balanced: Set<Int>? = nil) throws
                -> (placed: [Int: [FlowEngine.Placed]], overflows: [FlowEngine.Overflow], holes: [Int: Double]) {
                var f = chosen
                for s in group.sections { f[s] = factor }
                let blocks = try make(f).filter { group.sections.contains($0.key) }
                let limits = Dictionary(uniqueKeysWithValues: sub.frames.indices.filter { balanced?.contains($0) ?? true }.map { ($0, fraction) })
                let r = flow.runCounting(design: sub, content: blocks, fractions: limits)
                return (r.placed, r.overflows, r.holes)
            }
            // The largest type that fits, found by halving the interval.
            var factor = factors.lowerBound
            // Each case on its own panel when the cases fit that way and fill the panels, else one
            // after another (two cases over three panels, balanced, rather than an empty third).
            let starts = try content(chosen).filter { group.sections.contains($0.key) }.values.flatMap { $0 }.filter(\.breakBefore).count
            if try starts < group.frames.count || !fits(factors.lowerBound, 1) { relaxed.formUnion(group.sections) }
            if try !fits(factors.lowerBound, 1) { parted.formUnion(group.sections) }
            /// The largest type that fits, found by halving the interval (the floor when none does).
            func largest() throws -> Double {
                if try fits(factors.upperBound, 1) { return factors.upperBound }
                guard try fits(factors.lowerBound, 1) else { return factors.lowerBound }
                var (lo, hi) = (factors.lowerBound, factors.upperBound)
                for _ in 0..<6 {
                    let mid = (lo + hi) / 2
                    if try fits(mid, 1) { lo = mid } else { hi = mid }
                }
                return lo
            }
            factor = try largest()
            // A letter whose cases each start a side of their own (the A5's front and back): when
            // the first would be set far larger run on into the back, the cases run on (an A5
            // letter for older readers wants the largest type it can hold, not room to spare).
            let ownSides = Set(group.frames.map { design.frames[$0].page }).count == group.frames.count
            if ownSides, group.frames.count > 1, !group.sections.isDisjoint(with: relaxedBy), relaxed.isDisjoint(with: group.sections) {
                relaxed.formUnion(group.sections)
                let runOn = try largest()
                if runOn > factor * 1.04 { factor = runOn } else { relaxed.subtract(group.sections) }
            }
            /// Sets the group's type at `f`, then (filler tips) how many tips fit. The tips are set
            /// as the group's text (the cases' size where they share it), never larger.
            /// `keeping`: the number of tips stays as it is (while smaller type is tried for the
            /// cases' sake, more tips fitting is no reason to choose it).
            func settle(_ f: Double, keeping: Bool = false) throws {
                for s in group.sections { chosen[s] = f }
                guard tipsAreFiller, group.sections.contains(.tips), !keeping else { return }
                tipsLimit = nil
                let blocks = try make(chosen).filter { group.sections.contains($0.key) }
                let total = blocks[.tips]?.count ?? 0
                tipsLimit = total - (flow.runCounting(design: sub, content: blocks).leftover[.tips] ?? 0)
            }
            try settle(factor)
            // The largest type may leave a hole: a short case that no longer fits where it starts
            // moves whole to the next side, or a case's advice box to the next panel, and the
            // room it left stays blank (a short story alone, its box overleaf). Smaller type,
            // step by step down to the floor, until no frame of the group keeps a band over a
            // quarter of the trim height (else the size with the smallest band).
            let quarter = mm(design.format.trimSize.height) / 4 - mm(4)
            /// The tallest blank band of the group poured at `f`, or of a hole a moved box left.
            /// Where filler tips follow the cases, only the holes: the tips fill any room at the
            /// foot, and smaller type is worth it only to close a hole they cannot reach.
            func bandAt(_ f: Double) throws -> Double {
                let poured = try pour(f, 1)
                let hole = poured.holes.values.max() ?? 0
                if tipsAreFiller, group.sections.contains(.tips), group.sections.contains(.cases) { return hole }
                return max(Self.tallestBand(poured.placed, in: sub), hole)
            }
            var band = try fits(factor, 1) ? try bandAt(factor) : 0
            if band > quarter {
                var best = (factor: factor, band: band)
                var f = factor
                for _ in 0..<8 where band > quarter && f * 0.95 >= factors.lowerBound - 0.001 {
                    f = max(factors.lowerBound, f * 0.95)
                    try settle(f, keeping: true)
                    guard try fits(f, 1) else { continue }
                    band = try bandAt(f)
                    if band < best.band - mm(2) { best = (f, band) }
                }
                // The cases' size chosen, the tips fill what they leave at it.
                factor = best.factor
                try settle(factor)
            }
            // Balance: the columns of the last page the group reaches end level instead of one
            // full and the next nearly empty: each gets the smallest share of its height that
            // still holds everything. Columns of earlier pages are filled (a share limit there
            // would only push a kept-together box or a case's heading on to the next column,
            // leaving a hole where it stood).
            if group.frames.count > 1, try fits(factor, 1) {
                let whole = try pour(factor, 1)
                let full = whole.placed
                var reached = full.filter { !$0.value.isEmpty }.keys.map { sub.frames[$0].page }.max() ?? 0
                // One frame a page (the tips on the flap and behind it): every frame is balanced.
                var last = Set(sub.frames.indices.filter { sub.frames[$0].page == reached })
                if last.count < 2 { last = Set(sub.frames.indices) }
                // Tips alone in their frames are shared out between them, going on overleaf under
                // their heading set again, rather than all on the flap and the panel behind it blank.
                if group.sections == [.tips] { reached = sub.frames.map(\.page).max() ?? reached }
                var (lo, hi) = (0.2, 1.0)
                for _ in 0..<6 {
                    let mid = (lo + hi) / 2
                    // Balanced, everything still fits and still ends on that page (a share
                    // that only pushes the text on to the next side is no balance), and no box or
                    // short case moves on from a column that held it (leaving a hole there).
                    let poured = try pour(factor, mid, only: last)
                    let spills = poured.placed.contains { !$0.value.isEmpty && sub.frames[$0.key].page > reached }
                    let holes = poured.holes.keys.contains { whole.holes[$0] == nil }
                    if poured.overflows.isEmpty && !spills && !holes { hi = mid } else { lo = mid }
                }
                for i in last { fractions[group.frames[i]] = min(1, hi + 0.02) }
            }
            try shareTips(group, sub: sub, factor: factor, fractions: &fractions, make: make)
        }
        let blocks = try make(chosen)
        var print = flow
        print.spread = spread
        var (placed, overflows) = print.run(design: design, content: blocks, fractions: fractions)
        if !overflows.isEmpty && !fractions.isEmpty { (placed, overflows) = print.run(design: design, content: blocks) }
        return (placed, overflows, chosen)
    }

    /// Stock tips that start in a frame without cases (the tri-fold's flap) and go on overleaf
    /// (after the cases inside) are shared between the two: the first frame keeps only so many
    /// that both end level, rather than a full flap and, behind it, the heading set again over
    /// two tips in a panel left half blank.
    private func shareTips(_ group: Group, sub: Design, factor: Double, fractions: inout [Int: Double],
                           make: ([Section: Double]) throws -> [Section: [BlockSpec]]) throws {
        guard tipsAreFiller, group.sections.contains(.tips) else { return }
        let tipFrames = sub.frames.indices.filter { sub.frames[$0].sections.contains(.tips) }
        guard let start = tipFrames.first, !sub.frames[start].sections.contains(.cases),
              let endPage = tipFrames.map({ sub.frames[$0].page }).max(), endPage > sub.frames[start].page else { return }
        var f: [Section: Double] = [:]
        for s in group.sections { f[s] = factor }
        let blocks = try make(f).filter { group.sections.contains($0.key) }
        var limits: [Int: Double] = [:]
        for (k, g) in group.frames.enumerated() { if let share = fractions[g] { limits[k] = share } }
        let flow = FlowEngine(engine: engine)
        /// The room under the start frame's last block and under the last frame reached overleaf.
        func free(_ share: Double) -> (start: Double, end: Double)? {
            var l = limits
            l[start] = share
            let r = flow.runCounting(design: sub, content: blocks, fractions: l)
            guard r.overflows.isEmpty else { return nil }
            let bottom = { (i: Int) in r.placed[i]?.map(\.bottom).max() }
            guard let end = tipFrames.last(where: { sub.frames[$0].page == endPage && bottom($0) != nil }) else { return nil }
            return (sub.frames[start].rect.maxY - (bottom(start) ?? sub.frames[start].rect.y), sub.frames[end].rect.maxY - (bottom(end) ?? 0))
        }
        guard let whole = free(1), whole.start < whole.end else { return }
        var (lo, hi) = (0.3, 1.0)
        for _ in 0..<6 {
            let mid = (lo + hi) / 2
            // The start frame is spread over more blocks (slogans, their heading): it may keep
            // a little more room at its foot than the panel overleaf.
            if let room = free(mid), room.start - mm(20) <= room.end { hi = mid } else { lo = mid }
        }
        fractions[group.frames[start]] = hi
    }

    /// The tallest blank stretch inside any of a design's frames (flowing text only): between its
    /// top and its first block, between two blocks, or under its last (an empty frame is one
    /// band). The frames of the last page reached are balanced afterwards, so the room under
    /// them counts as shared out evenly between them.
    static func tallestBand(_ placed: [Int: [FlowEngine.Placed]], in design: Design) -> Double {
        let flowing = design.frames.indices.filter { design.frames[$0].align == .top }
        let reached = flowing.filter { !(placed[$0] ?? []).isEmpty }.map { design.frames[$0].page }.max() ?? 0
        var most = 0.0
        var foot: [Double] = []
        for i in flowing {
            let frame = design.frames[i]
            var y = frame.rect.y
            for item in (placed[i] ?? []).sorted(by: { $0.top < $1.top }) where item.bottom - item.top > 0.01 {
                most = max(most, item.top - y)
                y = max(y, item.bottom)
            }
            if frame.page == reached { foot.append(frame.rect.maxY - y) } else { most = max(most, frame.rect.maxY - y) }
        }
        return max(most, foot.isEmpty ? 0 : foot.reduce(0, +) / Double(foot.count))
    }
}
