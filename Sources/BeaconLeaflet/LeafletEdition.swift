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

    var pdfPath: String { "leaflets/\(definition.name).\(language.code).pdf" }
    func previewPath(_ page: Int) -> String { "leaflets/\(definition.name).\(language.code)-\(page + 1).png" }

    static func make(_ d: LeafletDefinition, language: Language, site: Site, figures: StatsValues?,
                     bodies: [String: RenderedMarkdown]) throws -> LeafletEdition {
        let code = language.code
        let words = LeafletWords(strings: site.strings, language: code)
        // A case missing in this language is printed from another (the parser warned about it).
        let pages = d.cases.compactMap { slug in
            site.page(.case, slug: slug, language: code)
                ?? site.config.languageCodes.lazy.compactMap { site.page(.case, slug: slug, language: $0) }.first
        }
        let stories = pages.map { page in
            CaseStory.make(page, blocks: bodies[page.id]?.blocks ?? [], language: site.config.language(page.language) ?? language,
                           headings: LeafletWords(strings: site.strings, language: page.language).caseHeadings,
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
        if let qr = d.qr, qr.hasPrefix("@/"), let page = LeafletQR.page(qr, language: code, site: site) {
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
        case .all: site.slogans.compactMap { $0.text[code] }
        case .indexes(let list): list.compactMap { site.slogans[$0].text[code] }
        case .none: []
        }
        let scale = TypeScale.of(d.format)
        let content = LeafletContent(
            definition: d, language: language, words: words, scale: scale, cases: stories,
            figures: period.map { LeafletFigure.headline(of: $0, language: language) } ?? [],
            periodLabel: period?.label(language),
            slogans: slogans, office: site.config.office?.text(code),
            issuer: site.config.office?.text(code) ?? site.config.title.text(code), issueDate: issueDate,
            qrURL: qrURL, qrCaption: caption, money: { yuan in figures?.money.text(yuan, language: language) },
            siteHotlines: site.config.themeOptions.hotlines?.map { .init(number: $0.number, label: $0.label.text(code)) })

        let engine = TextEngine(languageTag: language.bcp47)
        engine.breakWords = .init(phrases: words.list("keep_together"), months: words.list("months"))
        engine.justify = words.optional("justify") == "yes"
        let design = Design.of(d.format)
        func fit(_ format: LeafletFormat) throws -> (placed: [Int: [FlowEngine.Placed]], overflows: [FlowEngine.Overflow], factors: [Section: Double]) {
            var c = content
            c.base = TypeScale.of(format)
            return try CopyFit(design: Design.of(format), engine: engine, factors: TypeScale.factors(format)) { factors in
                c.factors = factors
                return try c.sections()
            }.run()
        }
        let (placed, overflows, _) = try fit(d.format)
        if !overflows.isEmpty {
            // Which other formats would hold this content, so the message can say what to choose.
            let fitting = try LeafletFormat.allCases.filter { $0 != d.format }.filter { try fit($0).overflows.isEmpty }
            throw BuildFailure(overflows.map { overflowDiagnostic($0, definition: d, language: language, stories: stories, fitting: fitting) })
        }
        let title = d.title.text(code)
        let renderer = LeafletRenderer(painter: PagePainter(design: design, placed: placed))
        let pdf = try renderer.pdf(.init(title: title, author: site.config.office?.text(code) ?? site.config.title.text(code),
                                         subject: words["subject"], languageTag: language.bcp47, date: issueDate.iso))
        let warnings = emptyPanels(design: design, placed: placed).map { frame, band in
            Diagnostic.warning(d.sourcePath, line: d.keyLines["format"] ?? 1,
                               "The \(language.code) leaflet `\(d.name)` leaves \(String(format: "%.0f", band / pointsPerMM)) mm empty in the \(frame.name), even with its type set large: there is too little to fill it.",
                               hint: "Add a case or slogans, or choose a smaller format (formats: \(LeafletFormat.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", "))).")
        }
        return LeafletEdition(definition: d, language: language, title: title, pdf: pdf, previews: try renderer.previews(), warnings: warnings)
    }

    /// Flowing frames whose tallest empty stretch (from the trim's top edge, between their
    /// blocks, to the trim's foot or the next frame below) is more than a quarter of the trim height.
    static func emptyPanels(design: Design, placed: [Int: [FlowEngine.Placed]]) -> [(Frame, Double)] {
        let height = mm(design.format.trimSize.height)
        return design.frames.enumerated().compactMap { index, frame in
            guard frame.align == .top else { return nil }
            // What lies above and below this frame in its column: other frames' tops and bottoms.
            let column = design.frames.filter { $0.page == frame.page && $0.rect.x < frame.rect.maxX && frame.rect.x < $0.rect.maxX }
            let above = column.filter { $0.rect.maxY <= frame.rect.y }.map(\.rect.maxY).max() ?? 0
            let below = column.filter { $0.rect.y >= frame.rect.maxY }.map(\.rect.y).min() ?? height
            let items = (placed[index] ?? []).filter { $0.bottom - $0.top > 0.01 }.sorted { $0.top < $1.top }
            var y = above, band = 0.0
            for item in items {
                band = max(band, item.top - y)
                y = max(y, item.bottom)
            }
            band = max(band, below - y)
            return band > height / 4 ? (frame, band) : nil
        }
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
        }
    }
}
