import BeaconCore

/// The overflow error: which part of the leaflet does not fit, by how much, and what to shorten.
extension LeafletPlanner {
    /// One error for the leaflet, however many parts run over, said as a clerk needs it: which
    /// leaflet, how much too long, what runs over and on which side, the longest case, and the
    /// concrete ways to make it fit, each with the line of the leaflet file to change. It points
    /// at the `cases:` line in every language (the Chinese and English errors of one leaflet
    /// pointed at different lines, each at its first part that ran over). The formats named are
    /// this language's; `LeafletOverflow.diagnostic(fittingEveryLanguage:)` names those that
    /// hold every language, as one file makes them all.
    func overflow(_ overflows: [FlowEngine.Overflow], fitting: [LeafletFormat], caseHeights: [Double]) -> LeafletOverflow {
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
        needed = max(needed, 0.1 * pointsPerMM)
        var sections: [Section] = []
        for o in overflows where !sections.contains(o.section) { sections.append(o.section) }
        let what = Message.list(sections.map { Self.describe($0).what }, and: true)
        // What fills that side before them, so the clerk shortens the right thing.
        let crowd = first.crowdedBy.filter { !sections.contains($0.section) }
        let after: Message = crowd.isEmpty ? "" : " They come after \(Message.list(crowd.map { "\(Self.describe($0.section).what) (\(mm($0.height)) mm)" }, and: true))."
        let involved = Set(sections + crowd.map(\.section))
        // The case to shorten: the one that takes the most room (a short last case is rarely the one to cut).
        var longest: Message = ""
        var longestSlug: String?
        if involved.contains(.cases), let most = caseHeights.indices.max(by: { caseHeights[$0] < caseHeights[$1] }), stories.indices.contains(most) {
            let story = stories[most], total = caseHeights.reduce(0, +)
            longestSlug = story.slug
            longest = stories.count > 1
                ? " The longest case is `\(story.slug)` (\(story.sourcePath)): \(mm(caseHeights[most])) mm of the \(mm(total)) mm the cases take."
                : " The case is `\(story.slug)` (\(story.sourcePath)), \(mm(caseHeights[most])) mm long at the smallest type."
        }
        let minimum = String(format: "%.1f", d.format.minimumBodySize)
        // One part that is one thing (the contact box) "does not fit"; parts, or stories, "do not".
        let one = sections.count == 1 && ![.cases, .figures, .slogans, .tips].contains(sections[0])
        let message: Message = one
            ? "The \(Self.languageName(language)) leaflet `\(d.name)` is \(mm(needed)) mm too long for \(d.format.described), even with its body text at the smallest size (\(minimum) pt): \(what) does not fit on the \(Self.side(first.frame, d.format)).\(after)\(longest)"
            : "The \(Self.languageName(language)) leaflet `\(d.name)` is \(mm(needed)) mm too long for \(d.format.described), even with its body text at the smallest size (\(minimum) pt): \(what) do not fit on the \(Self.side(first.frame, d.format)).\(after)\(longest)"
        // The ways to make it fit, each with the line to change.
        var ways: [Message] = []
        let line = { (key: String) in d.keyLines[key] ?? 1 }
        if involved.contains(.cases) {
            let lines = max(1, Int((needed / (d.format.minimumBodySize * 1.6)).rounded(.up)))
            ways.append(longestSlug.map { "shorten the case text by about \(lines) line(s), the longest case (`\($0)`) first" } ?? "shorten the case text by about \(lines) line(s)")
            // Fewer cases only where leaving out the longest ones frees the room (clerk8: six
            // cases 497 mm too long were told "print one case fewer", still 86 mm over after it).
            var freed = 0.0, dropped = 0
            for height in caseHeights.sorted(by: >) where freed < needed { freed += height; dropped += 1 }
            if freed >= needed, dropped < stories.count {
                ways.append(dropped == 1 ? "print one case fewer (`cases:` on line \(line("cases")))"
                                         : "print \(dropped) cases fewer, the longest first (`cases:` on line \(line("cases")))")
            }
        }
        if involved.contains(.slogans) || involved.contains(.tagline), !content.slogans.isEmpty {
            ways.append("print fewer slogans (`slogans:` on line \(line("slogans")))")
        }
        if involved.contains(.figures), d.stats != nil { ways.append("leave out the figures (`stats:` on line \(line("stats")))") }
        if involved.contains(.intro) { ways.append("shorten the intro (`intro:` on line \(line("intro")))") }
        let at = d.cases.isEmpty ? line(Self.describe(first.section).key) : line("cases")
        return LeafletOverflow(leaflet: d.name, language: language, file: d.sourcePath, line: at, message: message, ways: ways,
                               formatLine: line("format"), fitting: fitting)
    }

    /// The language a message names a leaflet by (`the Chinese leaflet`).
    static func languageName(_ language: Language) -> Message {
        switch language.code {
        case "zh": "Chinese"
        case "en": "English"
        default: "\(language.code)"
        }
    }

    /// The side of the sheet a frame is on, as a clerk holds it: the front or back of a sheet,
    /// the outside or inside of a tri-fold.
    static func side(_ frame: Frame, _ format: LeafletFormat) -> Message {
        switch (format, frame.page) {
        case (.a4Trifold, 0): "outside of the tri-fold"
        case (.a4Trifold, _): "inside of the tri-fold"
        case (_, 0): "front page"
        default: "back page"
        }
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
            "A smaller sheet suits this content: set `format: \(f.rawValue)` (\(f.described), \(Int(f.trimSize.width))×\(Int(f.trimSize.height)) mm) on line \(line) of \(d.sourcePath), and it fills every panel. Or add a case or slogans."
        } else {
            "Add a case or slogans, or choose a smaller format (formats: \(LeafletFormat.allDescribed))."
        }
        return blank.map { frame, band in
            Diagnostic.warning(d.sourcePath, line: line,
                               "The \(Self.languageName(language)) leaflet `\(d.name)` leaves \(String(format: "%.0f", band / pointsPerMM)) mm empty in the \(frame.name), even with its type set large: there is too little to fill it.",
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
}
