import BeaconCore

/// Chooses a leaflet's plan and fits its content to it: the format's own plan, else the other
/// plans (for little content, for long figures), each also tried with the cases run on one after
/// another. Of the plans that hold everything, the ones that leave the fewest panels blank over a
/// quarter (a reader sees a half-empty panel, however well its neighbours are filled), then the
/// smallest blank band; of these,
/// the first whose body text is within 10% of the largest (large figures in a taller band are
/// worth 10.0 pt body text instead of 10.5). Nothing fits: one overflow error for the leaflet.
struct LeafletPlanner {
    let definition: LeafletDefinition
    let language: Language
    let content: LeafletContent
    let engine: TextEngine
    /// The stock tips every language of the leaflet prints (nil: as many as fit, as filler).
    let requiredTips: Int?
    let stories: [CaseStory]

    typealias Fitted = (placed: [Int: [FlowEngine.Placed]], overflows: [FlowEngine.Overflow], factors: [Section: Double])

    func fit(_ format: LeafletFormat, _ design: Design, runOn: Bool = false, spread: FlowEngine.Spread = .filling) throws -> Fitted {
        var c = content
        c.base = TypeScale.of(format)
        var fitter = CopyFit(design: design, engine: engine, factors: TypeScale.factors(format), runOn: runOn) { factors in
            c.factors = factors
            return try c.sections()
        }
        fitter.tipsAreFiller = requiredTips == nil
        fitter.spread = spread
        return try fitter.run()
    }

    func fit(_ format: LeafletFormat) throws -> Fitted {
        try fit(format, Design.of(format).closingUp(absent: try absent()))
    }

    /// The parts this leaflet prints nothing in (no statistics, no slogans).
    func absent() throws -> Set<Section> {
        Set(try content.sections().filter(\.value.isEmpty).keys)
    }

    static func hasTips(_ design: Design) -> Bool { design.frames.contains { $0.sections.contains(.tips) } }

    /// The plan and where everything sits on it; throws the leaflet's overflow error.
    func plan() throws -> (design: Design, placed: [Int: [FlowEngine.Placed]]) {
        let p = try plan(only: nil)
        return (p.design, p.placed)
    }

    /// `plan()`, also telling which of the format's plans (`Design.variants`) it is and the factor
    /// its case text is set at; `only`: that plan and no other (every language of a leaflet is
    /// printed on the same plan).
    func plan(only: Int?) throws -> (design: Design, placed: [Int: [FlowEngine.Placed]], variant: Int, body: Double) {
        let d = definition
        let required = requiredTips
        let absent = try absent()
        let variants = Design.variants(d.format).map { $0.closingUp(absent: absent) }
        var design = variants[only ?? 0]
        var chosen = only ?? 0
        var chosenRunOn = false
        var (placed, overflows, factors) = try fit(d.format, design)
        var body = factors[.cases] ?? 1
        if only != nil || !overflows.isEmpty || !design.blankPanels(placed: placed, slack: mm(4)).isEmpty || required.map({ $0 > 0 && !Self.hasTips(design) }) == true {
            if required != nil && !Self.hasTips(design) { overflows = [FlowEngine.Overflow(section: .tips, frame: design.frames[0], excess: 0)] }
            var candidates: [(design: Design, placed: [Int: [FlowEngine.Placed]], blank: Int, band: Double, body: Double, variant: Int, runOn: Bool)] = []
            // The first plan is the one already fitted.
            for (i, variant) in variants.enumerated() where (only == nil || only == i) && variant.printsEverything(of: variants[0], but: absent) {
                for runOn in [false, true] {
                    let tried = i == (only ?? 0) && !runOn ? (placed, overflows, factors) : try fit(d.format, variant, runOn: runOn)
                    let blank = variant.blankPanels(placed: tried.0, slack: mm(4))
                    let band = blank.map(\.1).max() ?? 0
                    guard tried.1.isEmpty, required == nil || Self.hasTips(variant) else { continue }
                    candidates.append((variant, tried.0, blank.count, band, tried.2[.cases] ?? 1, i, runOn))
                }
            }
            // A plan asked for that cannot print everything (no frame for a part) is no plan at all.
            if only != nil, candidates.isEmpty, overflows.isEmpty {
                overflows = [FlowEngine.Overflow(section: .cases, frame: design.frames[0], excess: 0)]
            }
            let fewest = candidates.map(\.blank).min() ?? 0
            candidates = candidates.filter { $0.blank == fewest }
            if let least = candidates.map(\.band).min() {
                let level = candidates.filter { $0.band <= least + 0.01 }
                let largest = level.map(\.body).max() ?? 1
                if let best = level.first(where: { $0.body >= largest * 0.9 }) {
                    (design, placed, overflows, chosen, body, chosenRunOn) = (best.design, best.placed, [], best.variant, best.body, best.runOn)
                }
            }
        }
        if !overflows.isEmpty {
            // Which other formats would hold this content, so the message can say what to choose.
            let fitting = try LeafletFormat.allCases.filter { $0 != d.format }.filter { try fit($0).overflows.isEmpty }
            throw overflow(overflows, fitting: fitting, caseHeights: try caseHeights())
        }
        // The plan and the type chosen with the panels filled; the print spread as a designer would.
        let print = try fit(d.format, design, runOn: chosenRunOn, spread: .designer)
        return (design, print.overflows.isEmpty ? print.placed : placed, chosen, body)
    }
}
