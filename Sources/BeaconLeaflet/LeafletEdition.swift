import BeaconContent
import BeaconCore
import BeaconMarkdown
import BeaconStats
import Foundation

/// One leaflet typeset in one language: its PDF and page previews.
struct LeafletEdition: Sendable {
    let definition: LeafletDefinition
    let language: Language
    let title: String
    let pdf: Data
    let previews: [Data]
    /// A panel left largely empty: too little content for the format.
    var warnings: [Diagnostic] = []
    /// How many of the theme's stock tips (防骗要点) are printed, from the first.
    var tipsPrinted = 0

    var pdfPath: String { "leaflets/\(definition.name).\(language.code).pdf" }
    func previewPath(_ page: Int) -> String { "leaflets/\(definition.name).\(language.code)-\(page + 1).png" }

    /// How the theme's stock tips (防骗要点) are printed: as filler, as many as fit of the first
    /// `limit` (nil: of all); or exactly the first `count`, fitted like the rest of the content
    /// (another language of the leaflet printed that many; every language prints the same).
    enum Tips: Sendable { case filler(limit: Int?), required(Int) }

    static func make(_ d: LeafletDefinition, language: Language, site: Site, figures: StatsValues?,
                     bodies: [String: RenderedMarkdown], tips: Tips = .filler(limit: nil)) throws -> LeafletEdition {
        let words = LeafletWords(site.language(language))
        // A case missing in this language is printed from another (the parser warned about it).
        let pages = d.cases.compactMap { slug in
            site.page(.case, slug: slug, language: language)
                ?? site.config.languages.lazy.compactMap { site.page(.case, slug: slug, language: $0) }.first
        }
        let stories = pages.map { page in
            CaseStory.make(page, blocks: bodies[page.id]?.blocks ?? [], language: page.language,
                           headings: LeafletWords(site.language(page.language)).caseHeadings,
                           bullet: words["bullet"])
        }
        // The newest day of what it prints (its cases, the end of its statistics period), or the
        // `date:` it names when later: a leaflet is never dated before its own contents.
        let period = d.stats.flatMap { figures?.period($0) }
        let issueDate = ([d.date, period?.end] + pages.map(\.date)).compactMap { $0 }.max()
        guard let issueDate else {
            throw Diagnostic.error(d.sourcePath, line: 1, "The leaflet has no date to print: it names no cases or statistics to take one from.",
                                   hint: "Add `date: YYYY-MM-DD`, the day it is issued.")
        }
        let qrURL: String, caption: String
        if let qr = d.qr, qr.hasPrefix("@/"), let page = LeafletQR.page(qr, language: language, site: site) {
            (qrURL, caption) = (LeafletQR.url(of: page, site: site), words[page.kind == .case ? "qr_case" : "qr_custom"])
        } else if let qr = d.qr {
            (qrURL, caption) = (qr, words["qr_custom"])
        } else if let first = stories.first {
            (qrURL, caption) = (site.config.publishedURL(first.path), words["qr_case"])
        } else {
            (qrURL, caption) = (site.config.publishedURL(language.pathPrefix + "/"), words["qr_home"])
        }
        let slogans: [String] = switch d.slogans {
        // A slogan without this language's words is left out (the parser warned about a chosen one).
        case .all: site.slogans.compactMap { $0.text[language] }
        case .indexes(let list): list.compactMap { site.slogans[$0].text[language] }
        case .none: []
        }
        let scale = TypeScale.of(d.format)
        var content = LeafletContent(
            definition: d, language: language, words: words, scale: scale, cases: stories,
            figures: period.map { LeafletFigure.headline(of: $0, language: language) } ?? [],
            periodLabel: period?.label(language),
            slogans: slogans, office: site.config.office?.text(language),
            issuer: site.config.office?.text(language) ?? site.config.title.text(language), issueDate: issueDate,
            qrURL: qrURL, qrCaption: caption, money: { yuan in figures?.money.text(yuan, language: language) },
            siteHotlines: site.config.themeOptions.hotlines?.map { .init(number: $0.number, label: $0.label.text(language)) })
        let required: Int? = if case .required(let n) = tips { n } else { nil }
        content.tipsLimit = switch tips { case .filler(let limit): limit; case .required(let n): n }
        func hasTips(_ design: Design) -> Bool { design.frames.contains { $0.sections.contains(.tips) } }

        let engine = TextEngine(languageTag: language.bcp47)
        engine.breakWords = .init(phrases: words.list("keep_together"), months: words.list("months"), gaps: [" ", "\u{00A0}"], dates: true)
        engine.leafletRules = true
        engine.justify = words.optional("justify") == "yes"
        engine.latinPunctuation = true
        engine.quoteBreaks = engine.isCJK
        engine.headlinePhrases = true
        func fit(_ format: LeafletFormat, _ design: Design, runOn: Bool = false) throws -> (placed: [Int: [FlowEngine.Placed]], overflows: [FlowEngine.Overflow], factors: [Section: Double]) {
            var c = content
            c.base = TypeScale.of(format)
            var fitter = CopyFit(design: design, engine: engine, factors: TypeScale.factors(format), runOn: runOn) { factors in
                c.factors = factors
                return try c.sections()
            }
            fitter.tipsAreFiller = required == nil
            return try fitter.run()
        }
        func fit(_ format: LeafletFormat) throws -> (placed: [Int: [FlowEngine.Placed]], overflows: [FlowEngine.Overflow], factors: [Section: Double]) {
            try fit(format, Design.of(format))
        }
        // The format's own plan; when it overflows or leaves a blank band, the other plans (for
        // little content, for long figures): of those that hold everything, the ones with the
        // smallest band; of these, the first whose body text is within 10% of the largest (large
        // figures in a taller band are worth 10.0 pt body text instead of 10.5). Each plan is
        // also tried with the cases run on, one after another, instead of each on its own panel.
        var design = Design.of(d.format)
        var (placed, overflows, factors) = try fit(d.format, design)
        if !overflows.isEmpty || !emptyPanels(design: design, placed: placed, slack: mm(4)).isEmpty || required.map({ $0 > 0 && !hasTips(design) }) == true {
            if required != nil && !hasTips(design) { overflows = [FlowEngine.Overflow(section: .tips, frame: design.frames[0], excess: 0)] }
            var candidates: [(design: Design, placed: [Int: [FlowEngine.Placed]], band: Double, body: Double)] = []
            // The first plan is the format's own, already fitted.
            for (i, variant) in Design.variants(d.format).enumerated() {
                for runOn in [false, true] {
                    let tried = i == 0 && !runOn ? (placed, overflows, factors) : try fit(d.format, variant, runOn: runOn)
                    guard tried.1.isEmpty, required == nil || hasTips(variant) else { continue }
                    let band = emptyPanels(design: variant, placed: tried.0, slack: mm(4)).map(\.1).max() ?? 0
                    candidates.append((variant, tried.0, band, tried.2[.cases] ?? 1))
                }
            }
            if let least = candidates.map(\.band).min() {
                let level = candidates.filter { $0.band <= least + 0.01 }
                let largest = level.map(\.body).max() ?? 1
                if let best = level.first(where: { $0.body >= largest * 0.9 }) {
                    (design, placed, overflows) = (best.design, best.placed, [])
                }
            }
        }
        if !overflows.isEmpty {
            // Which other formats would hold this content, so the message can say what to choose.
            let fitting = try LeafletFormat.allCases.filter { $0 != d.format }.filter { try fit($0).overflows.isEmpty }
            throw BuildFailure(overflows.map { overflowDiagnostic($0, definition: d, language: language, stories: stories, fitting: fitting) })
        }
        let title = d.title.text(language)
        let renderer = LeafletRenderer(painter: PagePainter(design: design, placed: placed))
        let pdf = try renderer.pdf(.init(title: title, author: site.config.office?.text(language) ?? site.config.title.text(language),
                                         subject: words["subject"], languageTag: language.bcp47, date: issueDate.iso))
        let warnings = emptyPanels(design: design, placed: placed).map { frame, band in
            Diagnostic.warning(d.sourcePath, line: d.keyLines["format"] ?? 1,
                               "The \(language.code) leaflet `\(d.name)` leaves \(String(format: "%.0f", band / pointsPerMM)) mm empty in the \(frame.name), even with its type set large: there is too little to fill it.",
                               hint: "Add a case or slogans, or choose a smaller format (formats: \(LeafletFormat.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", "))).")
        }
        // The tips placed in the frames that take them (each tip is one block, never split).
        let tipFrames = design.frames.indices.filter { design.frames[$0].sections.contains(.tips) }
        let starts = Set(tipFrames.flatMap { placed[$0] ?? [] }.compactMap { item -> String? in
            if case .text(let layout, let range, _, _) = item, range.lowerBound == 0 { return layout.lines.first?.text }
            return nil
        })
        let bullet = words["bullet"]
        let tipsPrinted = words.list("tips").prefix(content.tipsLimit ?? .max).prefix { tip in
            starts.contains { $0.count >= bullet.count + 2 && (bullet + tip).hasPrefix($0.trimmingCharacters(in: .whitespaces)) }
        }.count
        return LeafletEdition(definition: d, language: language, title: title, pdf: pdf, previews: try renderer.previews(), warnings: warnings,
                              tipsPrinted: tipsPrinted)
    }

    /// Panels whose tallest blank band is over a quarter of the trim height (`Design.blankPanels`).
    static func emptyPanels(design: Design, placed: [Int: [FlowEngine.Placed]], slack: Double = 0) -> [(Frame, Double)] {
        design.blankPanels(placed: placed, slack: slack)
    }

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
