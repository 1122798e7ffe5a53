import BeaconContent
import BeaconCore

/// Everything one leaflet prints in one language, as blocks per section.
struct LeafletContent {
    let definition: LeafletDefinition
    let language: Language
    let words: LeafletWords
    let scale: TypeScale
    let cases: [CaseStory]
    let figures: [LeafletFigure]
    let periodLabel: String?
    let slogans: [String]
    let office: String?
    let issueDate: Day
    let qrURL: String
    let qrCaption: String
    let money: (Int) -> String?
    /// `theme_options.hotlines` in this language; nil prints the theme's 110 and 96110.
    var siteHotlines: [ContactPanel.Hotline]? = nil

    func sections() throws -> [Section: [BlockSpec]] {
        guard let qr = QRMatrix(qrURL) else { throw LeafletRenderError("The QR address is too long: \(qrURL)") }
        var out: [Section: [BlockSpec]] = [:]
        out[.cover] = cover
        out[.intro] = intro
        out[.footer] = [.text(words["footer"], TextStyle(size: scale.heading, bold: true, leading: 1.3, alignment: .centre), split: false)]
        out[.tagline] = slogans.first.map { [.text($0, TextStyle(size: scale.heading, bold: true, leading: 1.4), space: mm(10), split: false)] } ?? []
        out[.figures] = figureBlocks
        out[.cases] = caseBlocks
        out[.slogans] = sloganBlocks
        let badge = QRBadge(qr: qr, caption: qrCaption, scale: scale)
        let hotlines: [ContactPanel.Hotline] = siteHotlines ?? [.init(number: "110", label: words["hotline_110"]),
                                                                .init(number: "96110", label: words["hotline_96110"])]
        out[.contact] = [ContactPanel(heading: words["hotlines_heading"], hotlines: hotlines, qr: badge, issued: issuedLine, scale: scale).spec]
        out[.hotlines] = [ContactPanel(heading: words["hotlines_heading"], hotlines: hotlines, qr: nil, issued: issuedLine, scale: scale).spec]
        out[.qr] = [badge.spec]
        return out
    }

    /// `淮安市公安局清江浦分局　2021年10月31日`; just the date when site.yaml names no office.
    var issuedLine: String {
        guard let office, !office.isEmpty else { return words.date(issueDate) }
        return words.format("issued", ["office": office, "date": words.date(issueDate)])
    }

    private var cover: [BlockSpec] {
        var blocks: [BlockSpec] = []
        if let office { blocks.append(.text(office, TextStyle(size: scale.heading, bold: true, leading: 1.3), split: false)) }
        let title = TextStyle(face: .serif, size: scale.title, bold: true, leading: 1.25, spaceBefore: 0)
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
        return [.text(heading, TextStyle(size: scale.heading, bold: true, colour: Palette.brand, leading: 1.35), keep: true, split: false),
                FigureGrid.spec(figures, scale: scale)]
    }

    /// Body text with the language's first-line indent (`leaflet.paragraph_indent`, in ems).
    private var paragraph: TextStyle {
        var s = scale.bodyStyle
        s.indent = Double(words["paragraph_indent"]) ?? 0
        return s
    }

    /// Indented paragraphs need only a little space between them; flush ones need a clear gap.
    private var paragraphGap: Double { paragraph.indent > 0 ? mm(1) : mm(2.5) }

    /// List items (they start with the bullet) are not indented.
    private func style(for text: String) -> TextStyle {
        guard text.hasPrefix(words["bullet"]) else { return paragraph }
        var s = scale.bodyStyle
        s.hangingPrefix = words["bullet"]
        return s
    }

    private var caseBlocks: [BlockSpec] {
        let heading = TextStyle(size: scale.heading, bold: true, colour: Palette.accent, leading: 1.35)
        var blocks: [BlockSpec] = []
        for (i, c) in cases.enumerated() {
            var kicker = BlockSpec.text(words.format("case_kicker", ["n": words.ordinal(i + 1)]),
                                        TextStyle(size: scale.small, bold: true, colour: Palette.accent, leading: 1.3),
                                        space: mm(6), keep: true, split: false)
            kicker.breakBefore = true
            blocks.append(kicker)
            blocks.append(.text(c.title, TextStyle(size: scale.caseTitle, bold: true, colour: Palette.brand, leading: 1.3),
                                space: mm(0.5), keep: true))
            let loss = c.loss.flatMap(money)
            let meta: String? = switch (c.victim, loss) {
            case let (v?, l?): words.format("victim_loss", ["victim": v, "loss": l])
            case let (nil, l?): words.format("loss", ["loss": l])
            case let (v?, nil): v
            default: nil
            }
            if let meta { blocks.append(.text(meta, scale.smallStyle, space: mm(1), keep: true, split: false)) }
            for (j, p) in c.story.enumerated() { blocks.append(.text(p, style(for: p), space: j == 0 ? mm(2) : paragraphGap)) }
            if !c.advice.isEmpty {
                var adviceHeading = heading
                adviceHeading.bar = Palette.accent
                blocks.append(.text(words["advice"], adviceHeading, space: mm(3), keep: true, split: false))
                for p in c.advice {
                    var s = style(for: p)
                    s.bar = Palette.accent
                    // Indented paragraphs need no gap, which keeps the rule unbroken.
                    blocks.append(.text(p, s, space: s.indent > 0 ? 0 : paragraphGap))
                }
            }
        }
        return blocks
    }

    private var sloganBlocks: [BlockSpec] {
        guard !slogans.isEmpty else { return [] }
        var blocks: [BlockSpec] = [.text(words["slogans_heading"], TextStyle(size: scale.heading, bold: true, colour: Palette.brand, leading: 1.35),
                                         space: mm(7), keep: true, split: false)]
        let style = TextStyle(size: scale.body, bold: true, colour: Palette.text, leading: 1.45)
        for s in slogans { blocks.append(.text(words["slogan_mark"] + s, style, space: mm(1.5), split: false)) }
        return blocks
    }
}
