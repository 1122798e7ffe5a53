import BeaconCore

/// The overflow error: which part of the leaflet does not fit, by how much, and what to shorten.
extension LeafletPlanner {
    /// One error for the leaflet, however many parts run over: what runs over and where, the
    /// one number to cut (what is left over, less the room still free where it ends), what
    /// fills that panel before it, and the case that takes the most room, with its share.
    func overflowDiagnostic(_ overflows: [FlowEngine.Overflow], fitting: [LeafletFormat], caseHeights: [Double]) -> Diagnostic {
        let d = definition
        let first = overflows[0]
        let mm = { (points: Double) in String(format: "%.1f", points / pointsPerMM) }
        // Parts left over in the same frame share its free room: count it once (what is left
        // over there, less the room still free).
        var needed = 0.0
        for name in Set(overflows.map { "\($0.frame.name)" }) {
            let here = overflows.filter { "\($0.frame.name)" == name }
            let leftover: Double = here.map(\.leftover).reduce(0, +)
            let free: Double = here.first?.free ?? 0
            let largest: Double = here.map(\.excess).max() ?? 0
            needed += max(leftover - free, largest)
        }
        let names = overflows.map { Self.describe($0.section).what }
        var what = names[0]
        for (i, name) in names.enumerated().dropFirst() {
            what = i == names.count - 1 ? "\(what) and \(name)" : "\(what), \(name)"
        }
        // Name what fills the panel first, so the clerk shortens the right thing.
        let crowd: Message = first.crowdedBy.reduce("") { sum, c in
            let part: Message = " Before them, \(Self.describe(c.section).what) take \(mm(c.height)) mm of that panel."
            return sum + part
        }
        // The case to shorten: the one that takes the most room, when the stories are what runs
        // over or what crowds it out (a short last case is rarely the one to cut).
        let casesInvolved = overflows.contains { $0.section == .cases } || first.crowdedBy.contains { $0.section == .cases }
        let culprit: Message
        if casesInvolved, let most = caseHeights.indices.max(by: { caseHeights[$0] < caseHeights[$1] }), stories.indices.contains(most) {
            let story = stories[most], total = caseHeights.reduce(0, +)
            let share = String(format: "%.0f", total > 0 ? caseHeights[most] / total * 100 : 100)
            culprit = stories.count > 1
                ? " The case that takes the most room is `\(story.slug)` (\(story.sourcePath)): \(mm(caseHeights[most])) mm of the \(mm(total)) mm the case stories take, \(share)%."
                : " The case is `\(story.slug)` (\(story.sourcePath)), \(mm(caseHeights[most])) mm long at the smallest type."
        } else {
            culprit = ""
        }
        let formats = LeafletFormat.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
        let choice: Message = fitting.isEmpty
            ? "No format holds it all (formats: \(formats))."
            : "It fits as \(fitting.map { "`format: \($0.rawValue)`" }.joined(separator: " or ")) (formats: \(formats))."
        let minimum = String(format: "%.1f", d.format.minimumBodySize)
        return .error(d.sourcePath, line: d.keyLines[Self.describe(first.section).key] ?? 1,
                      "The \(language.code) leaflet `\(d.name)` does not fit: \(what) need \(mm(max(needed, 0.1 * pointsPerMM))) mm more than there is room for (they end in the \(first.frame.name)).\(crowd)\(culprit)",
                      hint: "Shorten the text or print fewer items. \(choice) Beacon never cuts text, and sets body text no smaller than \(minimum) pt.")
    }

    /// Each case's height, heading to advice, at the smallest type and the width of the plan's
    /// first case frame: how much room each takes, to name the one to shorten.
    func caseHeights() throws -> [Double] {
        var c = content
        c.base = TypeScale.of(definition.format)
        let floor = TypeScale.factors(definition.format).lowerBound
        c.factors = Dictionary(uniqueKeysWithValues: Section.allCases.map { ($0, floor) })
        let blocks = try c.sections()[.cases] ?? []
        guard let frame = Design.of(definition.format).frames.first(where: { $0.sections.contains(.cases) }) else { return [] }
        var heights = Array(repeating: 0.0, count: stories.count)
        for b in blocks {
            guard let owner = b.owner, heights.indices.contains(owner) else { continue }
            switch b.kind {
            case .fixed(let make): heights[owner] += b.spaceBefore + make(frame.rect.width, frame, engine).height
            case .text(let text, let style): heights[owner] += b.spaceBefore + TextLayout.cached(text, style: style, width: frame.rect.width, engine: engine).height
            }
        }
        return heights
    }

    /// What a section is called in a message, and the leaflet key that fills it.
    static func describe(_ section: Section) -> (what: Message, key: String) {
        switch section {
        case .cases: ("the case stories", "cases")
        case .figures: ("the figures", "stats")
        case .slogans: ("the slogans", "slogans")
        case .cover: ("the title", "title")
        case .tagline: ("the slogan on the cover", "slogans")
        case .intro: ("the intro", "intro")
        case .contact, .hotlines: ("the contact box", "qr")
        case .qr: ("the QR code", "qr")
        case .footer: ("the footer line (`leaflet.footer` in the theme strings)", "format")
        case .tips: ("the stock tips (`leaflet.tips` in the theme strings)", "format")
        }
    }
}

extension LeafletPlanner {
    /// A panel the chosen plan leaves with a blank band over a quarter of the trim height. The
    /// hint names a smaller format that holds the same content with no such panel (a tri-fold
    /// of one short case suits the A5 letter), and where to change it.
    func blankBandDiagnostics(design: Design, placed: [Int: [FlowEngine.Placed]]) -> [Diagnostic] {
        let d = definition
        let blank = design.blankPanels(placed: placed)
        guard !blank.isEmpty else { return [] }
        let line = d.keyLines["format"] ?? 1
        let suits = smallerFormatsThatFill()
        let hint: Message = if let f = suits.first {
            "A smaller sheet suits this content: set `format: \(f.rawValue)` (\(Self.describe(f)), \(Int(f.trimSize.width))×\(Int(f.trimSize.height)) mm) on line \(line) of \(d.sourcePath), and it fills every panel. Or add a case or slogans."
        } else {
            "Add a case or slogans, or choose a smaller format (formats: \(LeafletFormat.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")))."
        }
        return blank.map { frame, band in
            Diagnostic.warning(d.sourcePath, line: line,
                               "The \(language.code) leaflet `\(d.name)` leaves \(String(format: "%.0f", band / pointsPerMM)) mm empty in the \(frame.name), even with its type set large: there is too little to fill it.",
                               hint: hint)
        }
    }

    /// Formats of a smaller sheet than this leaflet's that hold its content without overflow and
    /// without a panel blank over a quarter.
    func smallerFormatsThatFill() -> [LeafletFormat] {
        let area = { (f: LeafletFormat) in f.trimSize.width * f.trimSize.height }
        return LeafletFormat.allCases.filter { area($0) < area(definition.format) }.filter { format in
            var d = definition
            d.format = format
            var c = content
            c.definition = d
            let other = LeafletPlanner(definition: d, language: language, content: c, engine: engine, requiredTips: requiredTips, stories: stories)
            guard let (design, placed) = try? other.plan() else { return false }
            return design.blankPanels(placed: placed).isEmpty
        }
    }

    /// How a message names a format.
    static func describe(_ format: LeafletFormat) -> String {
        switch format {
        case .a4: "the two-sided A4 sheet"
        case .a5: "the A5 letter"
        case .a4Trifold: "the A4 tri-fold"
        }
    }
}
