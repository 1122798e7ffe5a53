import BeaconCore

/// The overflow error: which part of the leaflet does not fit, by how much, and what to shorten.
extension LeafletPlanner {
    static func overflowDiagnostic(_ o: FlowEngine.Overflow, definition d: LeafletDefinition, language: Language,
                                   stories: [CaseStory], fitting: [LeafletFormat]) -> Diagnostic {
        let (what, key) = describe(o.section)
        let excess = String(format: "%.1f", o.excess / pointsPerMM)
        let mm = { (points: Double) in String(format: "%.1f", points / pointsPerMM) }
        // Name what fills the panel first, so the clerk shortens the right thing.
        let crowd: Message = o.crowdedBy.reduce("") { sum, c in
            let part: Message = " Before them, \(describe(c.section).what) take \(mm(c.height)) mm of that panel."
            return sum + part
        }
        // Name the case that runs over, so the clerk knows which file to shorten.
        let culprit: Message = o.owner.flatMap { stories.indices.contains($0) ? stories[$0] : nil }.map { story in
            " The case that runs over is `\(story.slug)` (\(story.sourcePath))."
        } ?? ""
        let formats = LeafletFormat.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
        let choice: Message = fitting.isEmpty
            ? "No format holds it all (formats: \(formats))."
            : "It fits as \(fitting.map { "`format: \($0.rawValue)`" }.joined(separator: " or ")) (formats: \(formats))."
        let minimum = String(format: "%.1f", d.format.minimumBodySize)
        return .error(d.sourcePath, line: d.keyLines[key] ?? 1,
                      "The \(language.code) leaflet `\(d.name)` does not fit: \(what) need \(excess) mm more than there is room for (they end in the \(o.frame.name)).\(crowd)\(culprit)",
                      hint: "Shorten the text or print fewer items. \(choice) Beacon never cuts text, and sets body text no smaller than \(minimum) pt.")
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
    /// A panel the chosen plan leaves with a blank band over a quarter of the trim height.
    func blankBandDiagnostics(design: Design, placed: [Int: [FlowEngine.Placed]]) -> [Diagnostic] {
        let d = definition
        return design.blankPanels(placed: placed).map { frame, band in
            Diagnostic.warning(d.sourcePath, line: d.keyLines["format"] ?? 1,
                               "The \(language.code) leaflet `\(d.name)` leaves \(String(format: "%.0f", band / pointsPerMM)) mm empty in the \(frame.name), even with its type set large: there is too little to fill it.",
                               hint: "Add a case or slogans, or choose a smaller format (formats: \(LeafletFormat.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", "))).")
        }
    }
}
