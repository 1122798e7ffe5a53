import BeaconCore
@testable import BeaconLeaflet
import Foundation
import Testing

/// Leaflets a designer would sign off, read back from the PDF: panels filled, Chinese justified,
/// figures kept with their units, no one-character last lines, the advice box on one side,
/// the issuer printed. One site holds every format with 1, 2 and 3 cases, short and long.
@Suite(.serialized) struct LeafletDesignTests {
    static let slugs = ["task-rebate-student", "fake-police-call", "health-products-elderly"]
    static let counts = [1, 2, 3]

    /// The fixture's cases made longer: a second story paragraph and the scam's steps.
    static var longCases: [String: String?] {
        var out: [String: String?] = [:]
        for slug in slugs {
            for lang in ["zh", "en"] {
                let key = "content/cases/\(slug).\(lang).md"
                let steps = lang == "zh"
                    ? "民警调查发现，对方使用境外服务器和多个“跑分”账户转移资金，涉案金额共计6.84万元，131名嫌疑人已被抓获。\n\n## 作案手法\n\n1. 骗子先以“高额回报”“内部消息”取得信任，再要求下载**指定App**。\n2. 以“清关”“解冻”“保证金”等名目让受害人一次次转账。\n3. 钱一到账，立即通过多个账户转走，并将受害人拉黑。\n\n## 警方提示"
                    : "Officers found the money had been moved through overseas servers and rented accounts. By 31 October, 131 suspects had been caught, and such cases were down 53.29% year on year.\n\n## How the scam works\n\n1. The scammers win trust with promises of **high returns** or inside tips, then ask you to install an app.\n2. They invent fees for customs, unfreezing or deposits, and you pay again and again.\n3. As soon as the money arrives it is moved on, and you are blocked.\n\n## Police advice"
                out[key] = LeafletFixture.files[key]!.replacingOccurrences(of: lang == "zh" ? "## 警方提示" : "## Police advice", with: steps)
            }
        }
        return out
    }

    /// Every format × 1, 2, 3 cases, in a short site and a long one; the A5 letter takes up to
    /// two short cases or one long one (more is more than an A5 sheet holds: an overflow error).
    /// The short site also has each format with no case at all (`cases: []`: the figures, the
    /// slogans and the theme's tips only).
    static func leaflets(long: Bool) -> [String: String?] {
        var out: [String: String?] = ["content/leaflets/summer.yaml": nil]
        if !long {
            // One short case (three sentences, a one-sentence advice box) on a tri-fold.
            out["content/leaflets/a4-trifold-brief.yaml"] = """
                format: a4-trifold
                title: {zh: 退款电话别轻信, en: Refund calls can be a trap}
                cases: [refund-call]
                stats: 2022-h1
                slogans: all
                """
            out["content/cases/refund-call.zh.md"] = """
                ---
                title: 网购“退款”电话诈骗
                date: 2022-05-12
                fraud_type: task-rebate
                victim: 赵某（男，45岁）
                loss: 3200
                ---
                赵某接到自称网店客服的电话，称其买的鞋子质量有问题，可以退款。对方让他打开共享屏幕“协助退款”。赵某照做后，银行卡被转走3200元。

                ## 警方提示

                退款只在购物平台内办理，不要共享屏幕。
                """
            out["content/cases/refund-call.en.md"] = """
                ---
                title: The shop "refund" call
                date: 2022-05-12
                fraud_type: task-rebate
                victim: Mr Zhao (45)
                loss: 3200
                ---
                Mr Zhao was called by a man who said he was from an online shop. He was told his shoes were faulty and he could have a refund if he shared his screen. Once he did, 3,200 yuan left his bank card.

                ## Police advice

                Refunds are only made inside the shopping app; never share your screen.
                """
            out["content/leaflets/a4-trifold-slogan.yaml"] = """
                format: a4-trifold
                title: {zh: 刷单就是诈骗, en: Paid order-brushing is fraud}
                cases: [task-rebate-student]
                stats: 2022-h1
                slogans: [2]
                """
        }
        for format in LeafletFormat.allCases {
            for n in (long ? counts : [0] + counts) where format != .a5 || n <= (long ? 1 : 2) {
                out["content/leaflets/\(format.rawValue)-\(n).yaml"] = """
                    format: \(format.rawValue)
                    title: {zh: 反诈防骗 从我做起, en: Stop fraud before it starts}
                    cases: [\(slugs.prefix(n).joined(separator: ", "))]
                    \(format == .a5 && n > 0 ? "slogans: [1]" : "stats: 2022-h1\nslogans: all")
                    """
            }
        }
        return out
    }

    struct Built: Sendable { var dir: URL; var variant: String; var warnings: [Diagnostic] }

    /// Built once for the suite; a failure is kept to be reported by `everyVariantBuilds`.
    static let results: [(variant: String, result: Result<(URL, [Diagnostic]), BuildError>)] = {
        [("short", leaflets(long: false)), ("long", leaflets(long: true).merging(longCases) { a, _ in a })].map { variant, extra in
            do {
                let made = try LeafletFixture.typesetAndWrite(extra)
                return (variant, .success((made.leaflets, made.warnings)))
            } catch {
                return (variant, .failure(BuildError(description: "\(error)")))
            }
        }
    }()

    struct BuildError: Error { var description: String }

    static var built: [Built] {
        results.compactMap { r in (try? r.result.get()).map { Built(dir: $0.0, variant: r.variant, warnings: $0.1) } }
    }

    /// Every PDF built, with its format and language (`a4-trifold-2.zh.pdf`).
    static var files: [(URL, LeafletFormat, String)] {
        built.flatMap { b in
            ((try? FileManager.default.contentsOfDirectory(atPath: b.dir.path)) ?? []).filter { $0.hasSuffix(".pdf") }.sorted().compactMap { name in
                let parts = name.split(separator: ".")
                let format = LeafletFormat.allCases.sorted { $0.rawValue.count > $1.rawValue.count }.first { parts[0].hasPrefix($0.rawValue + "-") }
                return format.map { (b.dir.appendingPathComponent(name), $0, String(parts[1])) }
            }
        }
    }

    @Test func everyVariantBuildsAndFillsItsPanelsWithoutAWarning() {
        for r in Self.results { if case .failure(let e) = r.result { Issue.record("\(r.variant): \(e.description)") } }
        // One short case, or none, fills a tri-fold or a two-sided A4 too: larger type, the
        // figures and slogans on panels of their own, the theme's stock tips, the contact block.
        for b in Self.built {
            for w in b.warnings where w.message.contains("leaves") { Issue.record("\(b.variant): \(w.message)") }
        }
        #expect(Self.files.count == 2 * (13 + 7), "\(Self.files.map(\.0.lastPathComponent))")
    }

    @Test func noPanelHasABlankBandTallerThanAQuarterOfTheTrimHeight() throws {
        try #require(Self.built.count == 2)
        for b in Self.built {
            for (url, format, _) in Self.files where url.path.hasPrefix(b.dir.path) {
                for band in try BlankBands.overAQuarter(pdf: url, format: format) { Issue.record("\(b.variant) \(band)") }
            }
        }
    }

    /// Lines of body text: the most common line height on the page, give or take a little.
    static func bodyLines(_ blocks: [PDFLayout.Block]) -> [[PDFLayout.Line]] {
        let heights = blocks.flatMap(\.lines).map { ($0.height * 2).rounded() / 2 }
        let body = Dictionary(grouping: heights, by: { $0 }).max { $0.value.count < $1.value.count }?.key ?? 0
        // Paragraph text: three lines or more, most of them the full width of the block (not the figures grid).
        return blocks.map { $0.lines.filter { abs($0.height - body) < 0.6 } }.filter { lines in
            guard lines.count >= 3, let left = lines.map(\.xMin).min(), let right = lines.map(\.xMax).max() else { return false }
            let full = lines.filter { $0.xMax - left >= 0.9 * (right - left) }.count
            return full * 2 >= lines.count
        }
    }

    @Test func noFigureIsPartedFromItsUnitAtALineEnd() throws {
        try #require(Self.built.count == 2)
        let units = Set(LineBreakRules.units)
        for (url, _, lang) in Self.files {
            for blocks in try PDFLayout(url).pages {
                for block in blocks {
                    for (a, b) in zip(block.lines, block.lines.dropFirst()) {
                        let end = a.text.filter { !$0.isWhitespace }
                        let next = b.text.trimmingCharacters(in: .whitespaces)
                        guard let last = end.last, last.isNumber, let first = next.first else { continue }
                        let parted = lang == "zh" ? units.contains(first) : (first.isLowercase || first == "%")
                        #expect(!parted, "\(url.lastPathComponent): «\(a.text)» / «\(b.text)»")
                    }
                }
            }
        }
    }

    @Test func justifiedChineseLinesReachTheColumnsRightEdge() throws {
        try #require(Self.built.count == 2)
        for (url, format, lang) in Self.files where lang == "zh" {
            for short in try Self.shortLines(url, format: format) { Issue.record("\(url.lastPathComponent): \(short)") }
        }
    }

    /// Lines of justified body text, other than a paragraph's last, that end more than 0.6 em
    /// short of their column's right edge. Columns are the format's frames (poppler often puts
    /// a short line in a block of its own); a line ends its paragraph when the next line of its
    /// column is indented (a new paragraph, a list item's continuation), starts a list item,
    /// is set in another size, or follows after more than the leading.
    static func shortLines(_ url: URL, format: LeafletFormat? = nil) throws -> [String] {
        let name = url.lastPathComponent
        let format = format ?? LeafletFormat.allCases.sorted { $0.rawValue.count > $1.rawValue.count }.first { name.hasPrefix($0.rawValue) } ?? .a4
        let origin = mm(LeafletFormat.markArea)
        // The plans as drawn and closed up where a leaflet has no figures or slogans; the
        // figures band holds a grid, not running text.
        let plans = Design.variants(format) + Design.variants(format).map { $0.closingUp(absent: [.figures, .slogans]) }
        let frames = plans.flatMap(\.frames).filter { $0.align == .top && $0.sections != [.figures] }
        var out: [String] = []
        for (page, blocks) in try PDFLayout(url).pages.enumerated() {
            let all = blocks.flatMap(\.lines)
            let heights = all.map { ($0.height * 2).rounded() / 2 }
            guard let body = Dictionary(grouping: heights, by: { $0 }).max(by: { $0.value.count < $1.value.count })?.key else { continue }
            let lines = all.filter { abs($0.height - body) < 0.6 }
            for frame in frames where frame.page == page {
                let (left, right, top, bottom) = (origin + frame.rect.x, origin + frame.rect.maxX, origin + frame.rect.y, origin + frame.rect.maxY)
                let column = lines.filter { $0.xMin >= left - 1 && $0.xMax <= right + 1 && $0.yMin >= top - 1 && $0.yMax <= bottom + 1 }
                    .sorted { $0.yMin < $1.yMin }
                // A slogan (`◆ …`) is broken into even lines, not justified: its lines are skipped.
                var slogan = false
                for (a, b) in zip(column, column.dropFirst()) {
                    let em = a.em
                    let next = b.text.trimmingCharacters(in: .whitespaces)
                    if a.text.trimmingCharacters(in: .whitespaces).first.map({ "•◆".contains($0) || $0.isNumber }) == true {
                        slogan = a.text.trimmingCharacters(in: .whitespaces).hasPrefix("◆")
                    }
                    let ends = b.xMin > left + em * 0.5 || next.first.map { "•◆".contains($0) || $0.isNumber } == true
                        || b.yMin - a.yMax > 0.3 * em || slogan
                    if b.yMin - a.yMax > 0.3 * em { slogan = false }
                    // A grid's label (`破案`) is no line of running text.
                    guard !ends, a.xMax < right - 0.6 * em, a.text.filter({ !$0.isWhitespace }).count >= 6 else { continue }
                    out.append("page \(page + 1): «\(a.text)» ends \(Int(right - a.xMax)) pt short")
                }
            }
        }
        return Array(Set(out)).sorted()
    }

    @Test func onlyLinesThatReachAColumnsRightEdgeAreLetterSpaced() throws {
        try #require(Self.built.count == 2)
        var spread = 0
        for (url, format, lang) in Self.files where lang == "zh" {
            // The right edges of every plan's frames, per page, in the PDF's coordinates.
            let origin = mm(LeafletFormat.markArea)
            let edges = Design.variants(format).flatMap(\.frames).map { (page: $0.page, right: origin + $0.rect.maxX) }
            for (page, blocks) in try PDFLayout(url).pages.enumerated() {
                for line in blocks.flatMap(\.lines) {
                    guard let spacing = line.letterSpacing, spacing > 0.02 else { continue }
                    spread += 1
                    let reaches = edges.contains { $0.page == page && abs($0.right - line.xMax) <= 0.6 * line.em }
                    #expect(reaches, "\(url.lastPathComponent) page \(page + 1): «\(line.text)» is letter-spaced (\(spacing) em) but ends short of its column")
                }
            }
        }
        #expect(spread > 0, "justified lines are letter-spaced, or the test shows nothing")
    }

    /// Chinese lines break before an opening quote and after a closing one (`QuoteBreaks`):
    /// Pango alone never does, and glues `的“恋人”推` into one run that leaves ragged lines.
    @Test func chineseLinesBreakBesideQuotationMarks() throws {
        try #require(Self.built.count == 2)
        var beside = 0
        for (url, _, lang) in Self.files where lang == "zh" {
            for blocks in try PDFLayout(url).pages {
                for block in blocks {
                    for (a, b) in zip(block.lines, block.lines.dropFirst()) {
                        let (end, start) = (a.text.filter { !$0.isWhitespace }.last, b.text.filter { !$0.isWhitespace }.first)
                        let hanzi = { (c: Character?) in c?.unicodeScalars.first?.properties.isIdeographic == true }
                        if start == "“" && hanzi(end) || end == "”" && hanzi(start) { beside += 1 }
                    }
                }
            }
        }
        #expect(beside > 0, "no Chinese line breaks beside a quotation mark")
    }

    @Test func noParagraphEndsOnALineOfOneOrTwoCharacters() throws {
        try #require(Self.built.count == 2)
        for (url, _, _) in Self.files {
            for blocks in try PDFLayout(url).pages {
                for lines in Self.bodyLines(blocks) {
                    let left = lines.map(\.xMin).min() ?? 0
                    for (i, line) in lines.enumerated() where i > 0 {
                        let isLast = i == lines.count - 1 || lines[i + 1].xMin > left + line.height * 0.3
                        let letters = line.text.filter { !$0.isWhitespace }
                        guard isLast, lines[i - 1].xMax - lines[i - 1].xMin > 100 else { continue }
                        #expect(letters.count > 2, "\(url.lastPathComponent): last line «\(line.text)» after «\(lines[i - 1].text)»")
                    }
                }
            }
        }
    }

    @Test func thePoliceAdviceBoxSitsOnOnePage() throws {
        try #require(Self.built.count == 2)
        for b in Self.built {
            for (url, _, lang) in Self.files where url.path.hasPrefix(b.dir.path) {
                let layout = try PDFLayout(url)
                let pages = (0..<2).map { layout.columnText(page: $0) }
                let n = Int(url.deletingPathExtension().deletingPathExtension().lastPathComponent.split(separator: "-").last ?? "") ?? 0
                for slug in Self.slugs.prefix(n) {
                    let body = LeafletFixture.files["content/cases/\(slug).\(lang).md"]!
                    let advice = String(body.components(separatedBy: lang == "zh" ? "## 警方提示" : "## Police advice")[1]).withoutWhitespace
                    let (head, tail) = (String(advice.prefix(8)), String(advice.suffix(8)))
                    let headPage = pages.firstIndex { $0.contains(head) }, tailPage = pages.firstIndex { $0.contains(tail) }
                    #expect(headPage != nil && headPage == tailPage, "\(b.variant) \(url.lastPathComponent) \(slug): advice starts on \(String(describing: headPage)), ends on \(String(describing: tailPage))")
                }
            }
        }
    }

    /// The Chinese and English editions of one leaflet are one sheet a print shop makes twice:
    /// the figures, the slogans and the stock tips start on the same panel in both (clerk7: the
    /// Chinese flap held the tips, the English one the figures and slogans; `a4-trifold-slogan`
    /// is that leaflet: one short case and one slogan).
    @Test func bothLanguagesOfALeafletFollowOnePanelPlan() throws {
        try #require(Self.built.count == 2)
        // (The stock tips after the cases start wherever each language's cases end.)
        let marks = ["zh": ["838", "反诈口诀"], "en": ["838", "Remember"]]
        for b in Self.built {
            let names = Set(Self.files.filter { $0.0.path.hasPrefix(b.dir.path) }.map { String($0.0.lastPathComponent.split(separator: ".")[0]) })
            for name in names.sorted() {
                var starts: [String: [String]] = [:]
                for lang in ["zh", "en"] {
                    let url = b.dir.appendingPathComponent("\(name).\(lang).pdf")
                    let format = try #require(Self.files.first { $0.0 == url }?.1)
                    let panels = try LeafletShapesTests.panelTexts(url, format: format).map { $0.map { $0.filter { !$0.isWhitespace } } }
                    starts[lang] = marks[lang]!.map { mark in LeafletShapesTests.find(mark, in: panels).map { "page \($0.page + 1) panel \($0.panel + 1)" } ?? "none" }
                }
                #expect(starts["zh"] == starts["en"], "\(b.variant) \(name): figures, slogans, tips start in zh \(starts["zh"]!), en \(starts["en"]!)")
            }
        }
    }

    @Test func theIssuerAndDateArePrintedOnEveryLeaflet() throws {
        try #require(Self.built.count == 2)
        for (url, _, lang) in Self.files {
            let text = try pdfText(url)
            #expect(text.contains((lang == "zh" ? "淮安市公安局清江浦分局" : "Qingjiangpu Branch, Huai'an Public Security Bureau").withoutWhitespace), "\(url.lastPathComponent)")
            #expect(text.contains(lang == "zh" ? "2022年" : "2022"), "\(url.lastPathComponent)")
        }
    }

    /// docs/leaflets.md: one QR code, on the side a reader sees first; only an A4 whose back
    /// gives the hotlines a column (short cases, or none) prints it again there, the same code
    /// under the same caption. Counted by their captions (`扫码…`, `Scan to…`), one under each code.
    @Test func theQRCodeIsOnTheFrontAndRepeatedOnlyBesideAnA4sHotlines() throws {
        try #require(Self.built.count == 2)
        for (url, format, lang) in Self.files {
            let name = url.lastPathComponent
            let captions = try PDFLayout(url).pages.map { blocks in
                blocks.flatMap(\.lines).map { $0.text.filter { !$0.isWhitespace } }.filter { $0.hasPrefix(lang == "zh" ? "扫码" : "Scanto") }
            }
            #expect(captions.first?.count == 1, "\(name): \(captions.first?.count ?? 0) QR codes on the side a reader sees first")
            let back = captions.dropFirst().first ?? []
            if format == .a4 {
                // The caption may wrap differently under the larger code: one starts the other.
                #expect(back.count <= 1 && back.allSatisfy { b in captions.first?.first.map { b.hasPrefix($0) || $0.hasPrefix(b) } == true }, "\(name): back \(back), front \(captions[0])")
            } else {
                #expect(back.isEmpty, "\(name): a QR code overleaf (\(back)) of the side that has its code")
            }
        }
    }

    /// Spacing a designer would keep (clerk8): the contact box alone on a tri-fold's back cover
    /// is one group, its heading at most two of its lines above the hotline numbers (they were
    /// 37 mm apart, the parts spread down the whole panel); and a heading of the figures, the
    /// slogans or the tips is never set tight under the block above it (the A5's advice box sat
    /// 2 mm over the figures heading while 20 mm were left at the foot).
    @Test func partsOfAPanelAreSetAsGroupsNotSpreadApart() throws {
        try #require(Self.built.count == 2)
        let origin = mm(LeafletFormat.markArea)
        var backCovers = 0
        for (url, format, lang) in Self.files {
            let pages = try PDFLayout(url).pages.map { $0.flatMap(\.lines).sorted { $0.yMin < $1.yMin } }
            let bare = { (l: PDFLayout.Line) in l.text.filter { !$0.isWhitespace } }
            if format == .a4Trifold, let heading = pages[0].first(where: { bare($0) == (lang == "zh" ? "遇到诈骗立即求助" : "Callforhelpatonce") }),
               heading.xMin - origin > mm(100) {
                backCovers += 1
                let next = pages[0].first { $0.yMin > heading.yMax + 0.5 && abs(($0.xMin + $0.xMax) / 2 - (heading.xMin + heading.xMax) / 2) < mm(45) }
                let gap = (next?.yMin ?? .infinity) - heading.yMax
                #expect(gap <= 2 * heading.height, "\(url.lastPathComponent): the hotlines heading is \(Int(gap / mm(1))) mm above «\(next?.text ?? "nothing")»")
            }
            let headings = lang == "zh" ? ["反诈口诀", "防骗要点", "2022年上半年"] : ["Remember", "Knowthesigns", "Fightingfraud"]
            for lines in pages {
                for h in lines where headings.contains(where: { bare(h).hasPrefix($0) }) {
                    // The nearest line above it in its column.
                    guard let above = lines.filter({ $0.yMax <= h.yMin + 1 && abs($0.xMin - h.xMin) < mm(12) }).max(by: { $0.yMax < $1.yMax }) else { continue }
                    #expect(h.yMin - above.yMax >= 0.4 * h.height, "\(url.lastPathComponent): «\(h.text)» is \(Int((h.yMin - above.yMax) / mm(1))) mm under «\(above.text)»")
                }
            }
        }
        #expect(backCovers > 0, "no tri-fold with its contact box alone on the back cover: the test shows nothing")
    }

    @Test func withoutAnOfficeTheSiteTitleIssuesTheLeaflet() throws {
        let site = LeafletFixture.files["site.yaml"]!.components(separatedBy: "\n").filter { !$0.hasPrefix("office:") }.joined(separator: "\n")
        let dir = try LeafletFixture.build(["site.yaml": site], only: "summer").dir.appendingPathComponent("leaflets")
        #expect(try pdfText(dir.appendingPathComponent("summer.zh.pdf")).contains("清江浦反诈2022年6月30日"))
        #expect(try pdfText(dir.appendingPathComponent("summer.en.pdf")).contains("Qingjiangpu Anti-Fraud, 30 June 2022".withoutWhitespace))
    }
}
