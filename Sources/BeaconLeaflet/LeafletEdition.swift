import BeaconContent
import BeaconCore
import Foundation

/// One leaflet typeset in one language: its PDF and page previews.
struct LeafletEdition: Sendable {
    let definition: LeafletDefinition
    let language: Language
    let title: String
    let pdf: Data
    let previews: [Data]

    var pdfPath: String { "leaflets/\(definition.name).\(language.code).pdf" }
    func previewPath(_ page: Int) -> String { "leaflets/\(definition.name).\(language.code)-\(page + 1).png" }

    static func make(_ d: LeafletDefinition, language: Language, site: Site, figures: (any LeafletFigureSource)?) throws -> LeafletEdition {
        let code = language.code
        let words = LeafletWords(strings: site.strings, language: code)
        // A case missing in this language is printed from another (the parser warned about it).
        let pages = d.cases.compactMap { slug in
            site.page(.case, slug: slug, language: code)
                ?? site.config.languageCodes.lazy.compactMap { site.page(.case, slug: slug, language: $0) }.first
        }
        let stories = pages.map { page in
            CaseStory.make(page, language: site.config.language(page.language) ?? language,
                           adviceHeadings: LeafletWords(strings: site.strings, language: page.language).list("advice_headings"),
                           bullet: words["bullet"], shortcode: { figures?.shortcode($0, language: page.language, date: page.date) })
        }
        let issueDate = d.date ?? d.stats.flatMap { figures?.periodEnd($0) } ?? pages.compactMap(\.date).max()
        guard let issueDate else {
            throw Diagnostic.error(d.sourcePath, line: 1, "The leaflet has no date to print: it names no cases or statistics to take one from.",
                                   hint: "Add `date: YYYY-MM-DD`, the day it is issued.")
        }
        let qrURL: String, caption: String
        if let qr = d.qr {
            (qrURL, caption) = (qr, words["qr_custom"])
        } else if let first = stories.first {
            (qrURL, caption) = (site.config.absoluteURL(first.path), words["qr_case"])
        } else {
            (qrURL, caption) = (site.config.absoluteURL(language.pathPrefix + "/"), words["qr_home"])
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
            figures: d.stats.map { figures?.headlineFigures($0, language: code) ?? [] } ?? [],
            periodLabel: d.stats.flatMap { figures?.periodLabel($0, language: code) },
            slogans: slogans, office: site.config.office?.text(code), issueDate: issueDate,
            qrURL: qrURL, qrCaption: caption, money: { yuan in figures?.money(yuan, language: code) },
            siteHotlines: site.config.themeOptions.hotlines?.map { .init(number: $0.number, label: $0.label.text(code)) })

        let engine = TextEngine(languageTag: language.bcp47)
        let design = Design.of(d.format)
        let (placed, overflows) = FlowEngine(engine: engine).run(design: design, content: try content.sections())
        if !overflows.isEmpty {
            throw BuildFailure(overflows.map { overflowDiagnostic($0, definition: d, language: language, scale: scale) })
        }
        let title = d.title.text(code)
        let renderer = LeafletRenderer(painter: PagePainter(design: design, placed: placed))
        let pdf = try renderer.pdf(.init(title: title, author: site.config.office?.text(code) ?? site.config.title.text(code),
                                         subject: words["subject"], languageTag: language.bcp47, date: issueDate.iso))
        return LeafletEdition(definition: d, language: language, title: title, pdf: pdf, previews: try renderer.previews())
    }

    static func overflowDiagnostic(_ o: FlowEngine.Overflow, definition d: LeafletDefinition, language: Language,
                                   scale: TypeScale) -> Diagnostic {
        let (what, key) = describe(o.section)
        let excess = String(format: "%.1f", o.excess / pointsPerMM)
        let mm = { (points: Double) in String(format: "%.1f", points / pointsPerMM) }
        // Name what fills the panel first, so the clerk shortens the right thing.
        let crowd: Message = o.crowdedBy.reduce("") { sum, c in
            let part: Message = " Before them, \(describe(c.section).what) take \(mm(c.height)) mm of that panel."
            return sum + part
        }
        return .error(d.sourcePath, line: d.keyLines[key] ?? 1,
                      "The \(language.code) leaflet `\(d.name)` does not fit: \(what) need \(excess) mm more than there is room for (they end in the \(o.frame.name)).\(crowd)",
                      hint: "Shorten the text, print fewer items, or choose a larger format. Beacon never cuts text or sets it smaller than \(scale.body) pt.")
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
