import BeaconContent
import BeaconCore

/// Everything one leaflet prints in one language, as blocks per section.
struct LeafletContent {
    var definition: LeafletDefinition
    let language: Language
    let words: LeafletWords
    /// The format's type sizes, and the factor each section's sizes are multiplied by to fit its panels.
    var base: TypeScale
    var factors: [Section: Double] = [:]
    private(set) var scale: TypeScale
    let cases: [CaseStory]
    let figures: [LeafletFigure]
    let periodLabel: String?
    let slogans: [String]
    let office: String?
    /// Who issues the leaflet: the office, else the site's title.
    let issuer: String
    let issueDate: Day
    let qrURL: String
    let qrCaption: String
    let money: (Int) -> String?
    /// `theme_options.hotlines` in this language; nil prints the theme's 110 and 96110.
    var siteHotlines: [ContactPanel.Hotline]? = nil
    /// How many of the theme's stock tips may fill spare room (nil: all; fewer when the
    /// leaflet's other language has room for fewer: each language prints the same tips).
    var tipsLimit: Int?
    /// How quoted words are set; the edition falls back to `.compact`, then `.runOn`, when the
    /// set-apart quotes alone make a leaflet too long (clerk7: a leaflet that fitted before
    /// quotes were set apart must not stop the build after an upgrade).
    var quotes: QuoteSetting = .apart

    enum QuoteSetting: CaseIterable {
        /// An em in, a rule at the left, space around, a short quote kept whole.
        case apart
        /// The rule and the indent, but no extra space and parted wherever the column ends.
        case compact
        /// As the story runs on.
        case runOn
    }

    /// Whether any case quotes someone (`> …`), so a fallback setting could change anything.
    var hasQuotes: Bool {
        cases.contains { c in c.story.contains(where: \.quoted) || c.sections.contains { $0.paragraphs.contains(where: \.quoted) } }
    }

    init(definition: LeafletDefinition, language: Language, words: LeafletWords, scale: TypeScale, cases: [CaseStory],
         figures: [LeafletFigure], periodLabel: String?, slogans: [String], office: String?, issuer: String, issueDate: Day,
         qrURL: String, qrCaption: String, money: @escaping (Int) -> String?, siteHotlines: [ContactPanel.Hotline]? = nil) {
        (self.definition, self.language, self.words, self.base, self.scale, self.cases) = (definition, language, words, scale, scale, cases)
        (self.figures, self.periodLabel, self.slogans, self.office, self.issuer) = (figures, periodLabel, slogans, office, issuer)
        (self.issueDate, self.qrURL, self.qrCaption, self.money, self.siteHotlines) = (issueDate, qrURL, qrCaption, money, siteHotlines)
    }

    /// Each section's blocks, its type scaled by `factors[section]`.
    func sections() throws -> [Section: [BlockSpec]] {
        guard let qr = QRMatrix(qrURL) else { throw LeafletRenderError("The QR address is too long: \(qrURL)") }
        var out: [Section: [BlockSpec]] = [:]
        for section in Section.allCases {
            var c = self
            c.scale = base.scaled(by: factors[section] ?? 1)
            out[section] = c.blocks(section, qr: qr)
        }
        return out
    }

    private func blocks(_ section: Section, qr: QRMatrix) -> [BlockSpec] {
        let badge = QRBadge(qr: qr, caption: qrCaption, scale: scale)
        let hotlines: [ContactPanel.Hotline] = siteHotlines ?? [.init(number: "110", label: words["hotline_110"]),
                                                                .init(number: "96110", label: words["hotline_96110"])]
        switch section {
        case .cover: return cover
        case .intro: return intro
        case .footer: return [.text(words["footer"], TextStyle(size: scale.heading, bold: true, leading: 1.3, alignment: .centre), split: false)]
        case .tagline: return slogans.first.map { [.text($0, TextStyle(size: scale.heading, bold: true, leading: 1.4, headline: true, slogan: true), space: mm(10), split: false)] } ?? []
        case .figures: return figureBlocks
        case .cases: return caseBlocks
        case .slogans: return sloganBlocks
        case .tips: return tipBlocks
        case .contact:
            var large = badge
            large.enlarged = max(1, factors[.contact] ?? 1)
            return ContactPanel(heading: words["hotlines_heading"], hotlines: hotlines, qr: large, issued: issuedLine, scale: scale).stackedSpecs
        case .hotlines: return [ContactPanel(heading: words["hotlines_heading"], hotlines: hotlines, qr: nil, issued: issuedLine, scale: scale).spec]
        case .qr: return [badge.spec]
        }
    }

    /// `淮安市公安局清江浦分局　2021年10月31日`: the issuer (the office, else the site's title) and the date.
    var issuedLine: String {
        words.format("issued", ["office": issuer, "date": words.date(issueDate)])
    }

    private var cover: [BlockSpec] {
        var blocks: [BlockSpec] = []
        if let office { blocks.append(.text(office, TextStyle(size: scale.heading, bold: true, leading: 1.3, headline: true), split: false)) }
        let title = TextStyle(face: .serif, size: scale.title, bold: true, leading: 1.25, headline: true, spaceBefore: 0)
        blocks.append(.text(definition.title.text(language.code), title, space: mm(4), split: false))
        return blocks
    }

    private var intro: [BlockSpec] {
        guard let text = definition.intro?[language.code] else { return [] }
        return text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .enumerated().map { i, p in
                // A salutation ("尊敬的老年朋友：") starts flush left, as letters are written.
                var style = paragraph
                if p.hasSuffix("：") || p.hasSuffix(":") || p.hasSuffix(",") { style.indent = 0 }
                return .text(p, style, space: i == 0 ? mm(5) : paragraphGap)
            }
    }

    private var figureBlocks: [BlockSpec] {
        guard !figures.isEmpty else { return [] }
        let heading = words.format("figures_heading", ["period": periodLabel ?? ""])
        // Apart from what is above it as the slogans' and the tips' headings are (clerk8: the
        // A5's advice box sat 2 mm over it, though 20 mm were left at the foot).
        var head = BlockSpec.text(heading, TextStyle(size: scale.heading, bold: true, colour: Palette.brand, leading: 1.35, headline: true),
                                  space: mm(7), keep: true, split: false)
        head.stretch = 3
        return [head] + FigureGrid.specs(figures, scale: scale)
    }

    /// Body text with the language's leading (`leaflet.body_leading`: Chinese needs more room
    /// between lines than English).
    private var bodyStyle: TextStyle {
        var s = scale.bodyStyle
        if let leading = words.optional("body_leading").flatMap(Double.init) { s.leading = leading }
        return s
    }

    /// Body text with the language's first-line indent (`leaflet.paragraph_indent`, in ems).
    private var paragraph: TextStyle {
        var s = bodyStyle
        s.indent = Double(words["paragraph_indent"]) ?? 0
        return s
    }

    /// Indented paragraphs need only a little space between them; flush ones need a clear gap.
    private var paragraphGap: Double { paragraph.indent > 0 ? mm(1) : mm(2) }

    /// A paragraph's style: list items are not indented, their marker hangs; bold runs stay bold.
    private func style(for p: PrintParagraph) -> TextStyle {
        var s = paragraph
        if let marker = p.marker {
            s = bodyStyle
            s.hangingPrefix = marker
        }
        if p.quoted, quotes != .runOn {
            s.indent = 0
            s.bar = Palette.muted
        }
        s.boldRanges = p.bold
        return s
    }

    /// A case's paragraph as a block. Quoted words (`> …`: what the scammer or the victim said)
    /// are set apart from the story, in its size: an em in, a thin black rule at their left,
    /// a little space around them; a short quote is kept whole.
    private func block(_ p: PrintParagraph, space: Double, after previous: PrintParagraph?) -> BlockSpec {
        let apart = quotes == .apart && p.quoted != (previous?.quoted ?? false) && previous != nil
        var b = BlockSpec.text(p.text, style(for: p), space: apart ? max(space, mm(2.5)) : space)
        guard p.quoted, quotes != .runOn else { return b }
        b.inset = scale.body
        b.splittable = quotes == .compact || p.text.count > 120
        return b
    }

    private var caseBlocks: [BlockSpec] {
        let heading = TextStyle(size: scale.heading, bold: true, colour: Palette.accent, leading: 1.35, headline: true)
        var blocks: [BlockSpec] = []
        for (i, c) in cases.enumerated() {
            var caseBlocks: [BlockSpec] = []
            var kicker = BlockSpec.text(words.format("case_kicker", ["n": words.ordinal(i + 1)]),
                                        TextStyle(size: scale.small, bold: true, colour: Palette.accent, leading: 1.3),
                                        space: mm(4), keep: true, split: false)
            kicker.breakBefore = true
            kicker.stretch = 3
            caseBlocks.append(kicker)
            var title = BlockSpec.text(c.title, TextStyle(size: scale.caseTitle, bold: true, colour: Palette.brand, leading: 1.3, headline: true),
                                       space: mm(0.5), keep: true)
            title.stretch = 0
            caseBlocks.append(title)
            // No loss (`loss: 0`, money stopped in time) is not printed as 被骗0元.
            let loss = c.loss.flatMap { $0 > 0 ? money($0) : nil }
            let meta: String? = switch (c.victim, loss) {
            case let (v?, l?): words.format("victim_loss", ["victim": v, "loss": l])
            case let (nil, l?): words.format("loss", ["loss": l])
            case let (v?, nil): v
            default: nil
            }
            if let meta {
                var m = BlockSpec.text(meta, scale.smallStyle, space: mm(1), keep: true, split: false)
                m.stretch = 0.3
                caseBlocks.append(m)
            }
            for (j, p) in c.story.enumerated() { caseBlocks.append(block(p, space: j == 0 ? mm(2) : paragraphGap, after: j == 0 ? nil : c.story[j - 1])) }
            // The method and the clerk's own sections (新增提醒), in the order written, each under its heading.
            for (j, part) in c.sections.enumerated() {
                var h = heading
                h.colour = Palette.brand
                var spec = BlockSpec.text(part.heading, h, space: mm(3), keep: true, split: false)
                spec.stretch = 1.5
                var section = [spec]
                for (k, p) in part.paragraphs.enumerated() {
                    section.append(block(p, space: part.isMethod || p.marker != nil ? mm(1) : paragraphGap, after: k == 0 ? nil : part.paragraphs[k - 1]))
                }
                // A few points under a heading (家属须知) are one block, moved whole like the
                // advice box; the scam's steps and longer sections run on as they must.
                if !part.isMethod, part.paragraphs.count <= 3 {
                    section = section.map { var b = $0; b.keepTogether = Self.sectionTogether(case: i, section: j); return b }
                }
                caseBlocks += section
            }
            if !c.advice.isEmpty {
                var adviceHeading = heading
                adviceHeading.bar = Palette.accent
                // The advice is one box: it moves whole to the next panel rather than split.
                var box: [BlockSpec] = [.text(words["advice"], adviceHeading, space: mm(3), keep: true, split: false)]
                box[0].stretch = 1.5
                for p in c.advice {
                    var s = style(for: p)
                    s.bar = Palette.accent
                    // Indented paragraphs need no gap, which keeps the rule unbroken.
                    box.append(.text(p.text, s, space: s.indent > 0 ? 0 : paragraphGap))
                }
                caseBlocks += box.map { var b = $0; b.keepTogether = i; return b }
            }
            // A short case (a story of a paragraph or two and its advice) is read at a glance and
            // is not parted between the sides; a longer one runs on as it must.
            let short = c.story.count <= 2 && c.sections.isEmpty && c.advice.count <= 4
            blocks += caseBlocks.map { var b = $0; b.owner = i; b.keepOnSide = short ? i : nil; return b }
        }
        return blocks
    }

    /// The theme's stock advice (`leaflet.tips_heading`, `leaflet.tips`), each tip whole.
    private var tipBlocks: [BlockSpec] {
        let tips = Array(words.list("tips").prefix(tipsLimit ?? .max))
        guard !tips.isEmpty, let heading = words.optional("tips_heading") else { return [] }
        var blocks: [BlockSpec] = [.text(heading, TextStyle(size: scale.heading, bold: true, colour: Palette.brand, leading: 1.35, headline: true),
                                         space: mm(7), keep: true, split: false)]
        blocks[0].stretch = 3
        for (i, tip) in tips.enumerated() {
            // Body text like a case's list (justified where the language is, no last line of one
            // or two characters): set ragged and between words only, a narrow column of them was
            // a row of short lines each ending `是诈骗。`.
            var s = bodyStyle
            s.hangingPrefix = words["bullet"]
            var b = BlockSpec.text(words["bullet"] + tip, s, space: mm(2), split: false)
            // Separate points, not a story: they may move further apart to fill their panel; the
            // first stays near its heading.
            b.stretch = i == 0 ? 0.3 : 4
            blocks.append(b)
        }
        // Tips that go on overleaf go on under their heading, set again.
        return blocks.map { var b = $0; b.headedOnEachSide = true; return b }
    }

    /// The `keepTogether` value of a case's own short section (the advice box's is the case's index).
    static func sectionTogether(case i: Int, section j: Int) -> Int { 1000 + 100 * i + j }

    /// The `keepTogether` value of the slogans' blocks (the cases use their index, the contact box -1).
    static let slogansTogether = -2

    private var sloganBlocks: [BlockSpec] {
        guard !slogans.isEmpty else { return [] }
        var blocks: [BlockSpec] = [.text(words["slogans_heading"], TextStyle(size: scale.heading, bold: true, colour: Palette.brand, leading: 1.35, headline: true),
                                         space: mm(7), keep: true, split: false)]
        blocks[0].stretch = 3
        // A slogan breaks between words only, into even lines (`请务必接听` is never `请务 / 必接听`).
        var style = TextStyle(size: scale.body, bold: true, colour: Palette.text, leading: 1.45, headline: true, justify: false)
        style.slogan = true
        // The mark is bound to the slogan's first word (a no-break space), never a line of its own.
        let mark = words["slogan_mark"].replacingOccurrences(of: " ", with: "\u{00A0}")
        // A wrapped slogan's lines hang after the mark, as a list's do after its bullet.
        var hung = style
        hung.hangingPrefix = mark
        for s in slogans { blocks.append(.text(mark + s, hung, space: mm(1.5), split: false)) }
        // The slogans stay with their heading on one panel (never run on from the tri-fold's flap
        // to the back cover, a stray line once folded): they move whole, or are set smaller.
        return blocks.map { var b = $0; b.keepTogether = Self.slogansTogether; return b }
    }
}
