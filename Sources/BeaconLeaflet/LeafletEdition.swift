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
    /// Which of the format's plans (`Design.variants`) it is printed on: every language of a
    /// leaflet is printed on the same one (a print shop gets one sheet, not two).
    var plan = 0
    /// The factor its case text is set at (of the format's sizes): the plan every language takes is
    /// the one that sets the smallest of them largest.
    var body = 1.0
    /// How many of its panels keep a blank band near a quarter of the trim height or over.
    var blankPanels = 0

    var pdfPath: String { "leaflets/\(definition.name).\(language.code).pdf" }
    func previewPath(_ page: Int) -> String { "leaflets/\(definition.name).\(language.code)-\(page + 1).png" }

    /// How the theme's stock tips (防骗要点) are printed: as filler, as many as fit of the first
    /// `limit` (nil: of all); or exactly the first `count`, fitted like the rest of the content
    /// (another language of the leaflet printed that many; every language prints the same).
    enum Tips: Sendable { case filler(limit: Int?), required(Int) }

    static func make(_ d: LeafletDefinition, language: Language, site: Site, figures: StatsValues?,
                     bodies: [String: RenderedMarkdown], tips: Tips = .filler(limit: nil), plan only: Int? = nil) throws -> LeafletEdition {
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
            qrURL = LeafletQR.url(of: page, site: site)
            caption = page.kind == .case ? LeafletQR.caseCaption(d.cases.firstIndex(of: page.slug), of: d.cases.count, words: words) : words["qr_custom"]
        } else if let qr = d.qr {
            (qrURL, caption) = (qr, words["qr_custom"])
        } else if let first = stories.first {
            (qrURL, caption) = (site.config.publishedURL(first.path), LeafletQR.caseCaption(0, of: stories.count, words: words))
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
        let engine = TextEngine(languageTag: language.bcp47)
        // A case's kicker (`典型案例一`, `Case 2`) is one phrase wherever it is printed: a QR
        // caption broke `扫码阅读典型案例 / 一全文`.
        let kickers = words.list("ordinals").map { words.format("case_kicker", ["n": $0]) }
        engine.breakWords = .init(phrases: words.list("keep_together") + kickers, months: words.list("months"), gaps: [" ", "\u{00A0}"], dates: true, counts: true,
                                  termLength: 6, quotedWords: 2)
        engine.leafletRules = true
        engine.justify = words.optional("justify") == "yes"
        engine.latinPunctuation = true
        engine.quoteBreaks = engine.isCJK
        engine.headlinePhrases = true
        // The plan and where everything sits on it, or the leaflet's overflow error.
        // Quotes set apart take room: before the overflow error they are set tighter, then as the story.
        var made: (planner: LeafletPlanner, design: Design, placed: [Int: [FlowEngine.Placed]], plan: Int, body: Double)?
        var overflow: LeafletOverflow?
        for setting in LeafletContent.QuoteSetting.allCases where made == nil && (setting == .apart || content.hasQuotes) {
            content.quotes = setting
            let planner = LeafletPlanner(definition: d, language: language, content: content, engine: engine, requiredTips: required, stories: stories)
            do { let (design, placed, plan, body) = try planner.plan(only: only); made = (planner, design, placed, plan, body) }
            catch let o as LeafletOverflow { overflow = overflow ?? o }
        }
        guard let (planner, design, placed, plan, body) = made else { throw overflow! }
        let title = d.title.text(language)
        let renderer = LeafletRenderer(painter: PagePainter(design: design, placed: placed))
        let pdf = try renderer.pdf(.init(title: title, author: site.config.office?.text(language) ?? site.config.title.text(language),
                                         subject: words["subject"], languageTag: language.bcp47, date: issueDate.iso))
        let warnings = planner.blankBandDiagnostics(design: design, placed: placed)
        // The tips placed in the frames that take them (each tip is one block, never split).
        let tipFrames = design.frames.indices.filter { design.frames[$0].sections.contains(.tips) }
        let starts = Set(tipFrames.flatMap { placed[$0] ?? [] }.compactMap { item -> String? in
            if case .text(let layout, let range, _, _) = item, range.lowerBound == 0 { return layout.lines.first?.text }
            return nil
        })
        let bullet = words["bullet"]
        let tipsPrinted = words.list("tips").prefix(content.tipsLimit ?? .max).prefix { tip in
            starts.contains { Self.begins(bullet + tip, withLine: $0, beyond: bullet) }
        }.count
        return LeafletEdition(definition: d, language: language, title: title, pdf: pdf, previews: try renderer.previews(), warnings: warnings,
                              tipsPrinted: tipsPrinted, plan: plan, body: body, blankPanels: design.blankPanels(placed: placed, slack: mm(4)).count)
    }

    /// Whether `line` is the first line of `text` (a tip with its bullet), and more than `bullet`.
    /// Compared without spaces: the layout binds a kept-together phrase with no-break spaces
    /// (`“customer service”`): the English A4 of one case printed 8 tips but counted 3, the count
    /// stopping at that tip, and was set again on the Chinese plan with only 3.
    static func begins(_ text: String, withLine line: String, beyond bullet: String) -> Bool {
        let bare = { (s: String) in s.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != QuoteBreaks.mark }.map(String.init).joined() }
        let start = bare(line)
        return start.count >= bare(bullet).count + 2 && bare(text).hasPrefix(start)
    }
}
