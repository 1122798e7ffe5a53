import BeaconContent
import BeaconCore
@testable import BeaconLeaflet
import Foundation
import Testing

/// Where a leaflet's lines break and how its lists and stock tips are set, read back from the
/// PDFs of a small site in both languages (a second clerk's findings): every list item hangs
/// at one indent whatever its first character, a slogan comes out in even lines with its
/// quoted term whole, the stock tips are body text, a Chinese date and a figure's unit stay
/// with their numbers, and a case without advice is warned about once.
@Suite(.serialized) struct LeafletPrintedBreaksTests {
    static let zhCase = """
    ---
    title: 冒充海关来电 称包裹藏违禁品
    date: 2022-10-31
    fraud_type: fake-police
    victim: 钱某（男，52岁）
    loss: 68400
    ---
    2026年10月12日，钱某接到自称海关人员的电话，称其包裹内有违禁品，要他配合调查。截至2026年10月31日，钱某分三次转出6.84万元，其中第一笔2380元在2026年10月13日转出，第二笔21.5万元的请求被银行拦下。

    民警调查发现，2026年1月至10月，同类案件共发生21起。截至2026年10月31日，已抓获犯罪嫌疑人131名，冻结资金2380元至21.5万元不等，最后一笔于2026年10月30日冻结。

    ## 作案手法

    1. 骗子冒充海关、快递或公安人员来电，称受害人的包裹里有违禁品，要求配合调查并对家人保密。
    2. “转接电话”和视频里出示的“通缉令”“冻结令”让人信以为真，受害人越听越怕，不敢挂断电话。
    3. 受害人被要求下载会议软件并共享屏幕，银行卡号和验证码就这样被对方看到，存款随即被转走。
    4. “保证金”“清查费”“手续费”一笔接一笔，每一笔都要重新转账，直到受害人的积蓄被全部转光。

    ## 民警提醒

    家中有经常收寄国际包裹的老人，请提醒他们：遇到自称海关的来电，先挂断，再拨打官方热线核实。

    ## 警方提示

    海关和公安机关不会通过电话办案，更没有所谓的“安全账户”。凡是要求转账“清查”的，一律是诈骗。
    """

    static let enCase = """
    ---
    title: A fake customs call about a parcel
    date: 2022-10-31
    fraud_type: fake-police
    victim: Mr Qian (52)
    loss: 68400
    ---
    On 12 October 2026 Mr Qian was called by a man who said he worked for customs and that a parcel in his name held banned goods.

    ## How the scam works

    1. The fraudsters pose as customs, courier or police staff and say that a parcel in the victim's name holds banned goods.
    2. “Transferred calls” and documents shown on a video call make it all look official, and the victim is too afraid to hang up.
    3. The victim is told to install a meeting app and share the screen, and so gives away card numbers and the codes sent by the bank.
    4. “Deposits”, “check fees” and “handling fees” keep rising, and each of them needs a new transfer until the savings are gone.

    ## A word from our officers

    If an older relative often sends or receives parcels from abroad, tell them to hang up on any customs caller and ring the official line.

    ## Police advice

    Customs and the police never handle cases by phone, and there is no “safe account”. Anyone who asks you to move money for checking is a fraudster.
    """

    /// A short case without police advice, printed by two leaflets.
    static let zhShort = """
    ---
    title: 快递理赔电话骗走退休教师存款
    date: 2022-10-12
    fraud_type: fake-police
    loss: 30000
    ---
    赵女士接到自称快递客服的电话，说要为丢失的包裹理赔，按对方指引开通屏幕共享后，卡里3万元被转走。
    """

    static let enShort = """
    ---
    title: A parcel “compensation” call empties a retired teacher's account
    date: 2022-10-12
    fraud_type: fake-police
    loss: 30000
    ---
    Ms Zhao got a call from a “courier service agent” who offered compensation for a lost parcel; after she shared her screen as told, 30,000 yuan left her card.
    """

    static let slogan = (zh: "公检法机关不会通过电话办案，更没有“安全账户”", en: "Police never handle cases by phone, and there is no “safe account”")

    static let leaflets = ["tri": ("a4-trifold", "customs, parcel"), "a4": ("a4", "customs"), "a5": ("a5", "customs"), "short": ("a4", "parcel")]

    static let built = Result { () throws -> (leaflets: URL, site: Site) in
        var extra: [String: String?] = [
            "content/cases/customs.zh.md": zhCase, "content/cases/customs.en.md": enCase,
            "content/cases/parcel.zh.md": zhShort, "content/cases/parcel.en.md": enShort,
            "content/slogans.yaml": """
            - {zh: \(slogan.zh), en: "\(slogan.en)"}
            - {zh: 不听不信不转账, en: "Don't listen, don't believe, don't transfer"}
            """,
            "content/leaflets/summer.yaml": nil,
        ]
        for (name, (format, cases)) in leaflets {
            extra["content/leaflets/\(name).yaml"] = "format: \(format)\ntitle: {zh: 警惕冒充海关诈骗, en: Beware of fake customs calls}\ncases: [\(cases)]\nslogans: all\n"
        }
        let made = try LeafletFixture.typesetAndWrite(extra)
        return (made.leaflets, made.site)
    }

    static func layout(_ name: String, _ language: String) throws -> PDFLayout {
        try PDFLayout(try built.get().leaflets.appendingPathComponent("\(name).\(language).pdf"))
    }

    /// Every line of a page with the lines below it in the same column, top to bottom.
    static func columnLines(_ page: [PDFLayout.Block]) -> [[PDFLayout.Line]] {
        let lines = page.flatMap(\.lines).sorted { $0.xMin < $1.xMin }
        var columns: [[PDFLayout.Line]] = []
        for line in lines {
            if let first = columns.last?.first, line.xMin - first.xMin < 40 { columns[columns.count - 1].append(line) } else { columns.append([line]) }
        }
        return columns.map { $0.sorted { $0.yMin < $1.yMin } }
    }

    static let names = leaflets.keys.sorted()

    /// `3. The victim…` wrapped to the margin while `2. “Transferred calls”…` hung after its
    /// number (the number and first word were bound as a figure and its unit). Every wrapped
    /// line of an item starts where the item's text does, after its marker.
    @Test(arguments: ["tri", "a4", "a5"], ["zh", "en"])
    func everyListItemHangsAtOneIndent(_ name: String, _ language: String) throws {
        let layout = try Self.layout(name, language)
        var items = 0, letterLed = 0
        for page in layout.pages {
            for column in Self.columnLines(page) {
                // Where each item's second line starts, and where the text starts of the items led by a letter (not a quote).
                var hangs: [Double] = [], texts: [Double] = []
                var seen: [String] = []
                for (i, line) in column.enumerated() {
                    guard let marker = line.words.first, ["1.", "2.", "3.", "4."].contains(marker.text), line.words.count > 1,
                          i + 1 < column.count else { continue }
                    let next = column[i + 1]
                    // The next line of the column, just below: the item's second line.
                    guard next.yMin - line.yMax < line.height * 0.5 else { continue }
                    items += 1
                    hangs.append(next.textStart)
                    seen.append("«\(line.text)» / «\(next.text)»")
                    if let first = line.words[1].text.unicodeScalars.first, first.properties.isAlphabetic { texts.append(line.words[1].xMin) }
                }
                guard let first = hangs.first else { continue }
                #expect(hangs.allSatisfy { abs($0 - first) < 1 }, "\(name).\(language): items wrap at \(hangs): \(seen)")
                #expect(texts.allSatisfy { abs($0 - first) < 1 }, "\(name).\(language): items wrap at \(first), their text starts at \(texts): \(seen)")
                letterLed += texts.count
            }
        }
        #expect(items == 4, "\(name).\(language): all four steps are printed and wrap")
        #expect(letterLed >= 1, "\(name).\(language): an item led by a letter is measured")
    }

    /// The lines a text is printed on: consecutive lines of a column whose words make it up.
    static func linesOf(_ text: String, in layout: PDFLayout, page: Int? = nil) -> [[PDFLayout.Line]] {
        let want = text.filter { !$0.isWhitespace }
        var found: [[PDFLayout.Line]] = []
        for (p, blocks) in layout.pages.enumerated() where page == nil || page == p {
            for column in columnLines(blocks) {
                for start in column.indices {
                    var joined = ""
                    for end in start..<column.count {
                        joined += column[end].text.filter { !$0.isWhitespace }
                        if !want.hasPrefix(joined) && !joined.hasSuffix(want) { break }
                        if joined.hasSuffix(want) { found.append(Array(column[start...end])); break }
                    }
                }
            }
        }
        return found
    }

    /// A slogan on the tri-fold's cover and slogan panel comes out in even lines, its quoted
    /// term whole: not `公检法机关不会通过电话 / 办案，更没有“安全 / 账户”`.
    @Test(arguments: ["zh", "en"])
    func slogansAreBalancedWithTheirQuotedTermWhole(_ language: String) throws {
        let slogan = language == "zh" ? Self.slogan.zh : Self.slogan.en
        let term = language == "zh" ? "“安全账户”" : "“safe account”"
        var seen = 0
        for name in Self.names {
            let layout = try Self.layout(name, language)
            for lines in Self.linesOf(slogan, in: layout) where lines.count > 1 {
                seen += 1
                let texts = lines.map(\.text)
                #expect(texts.contains { $0.contains(term) }, "\(name).\(language): \(texts)")
                let counts = texts.map { $0.filter { !$0.isWhitespace }.count }
                let longest = counts.max() ?? 0
                #expect(Double(counts.last ?? 0) >= Double(longest) * 0.5, "\(name).\(language): a stub last line, \(texts)")
            }
        }
        #expect(seen > 0, "\(language): the slogan is printed on more than one line somewhere, or the test shows nothing")
    }

    /// A slogan that wraps hangs after its mark: every line after the first starts where the
    /// slogan's first word does, not under the ◆ (`◆ A stranger on the / phone talks…`).
    @Test(arguments: ["zh", "en"])
    func aWrappedSloganHangsAfterItsMark(_ language: String) throws {
        let slogan = language == "zh" ? Self.slogan.zh : Self.slogan.en
        var seen = 0
        for name in Self.names {
            let layout = try Self.layout(name, language)
            for lines in Self.linesOf("◆" + slogan, in: layout) where lines.count > 1 {
                guard lines[0].words.first?.text == "◆", lines[0].words.count > 1 else { continue }
                seen += 1
                let start = lines[0].words[1].xMin
                for line in lines.dropFirst() {
                    #expect(abs(line.textStart - start) < 1, "\(name).\(language): «\(line.text)» starts at \(line.textStart), the slogan's text at \(start)")
                }
            }
        }
        #expect(seen > 0, "\(language): the slogan wraps somewhere, or the test shows nothing")
    }

    /// The stock tips (防骗要点) are body text: in Chinese justified, every line of a tip but
    /// its last reaching the column's right edge, and no last line of one or two characters.
    /// In English their quotes are typographic.
    @Test(arguments: ["zh", "en"])
    func stockTipsAreSetAsBodyText(_ language: String) throws {
        let layout = try Self.layout("short", language)
        let site = try Self.built.get().site
        let tips = LeafletWords(site.language(language == "zh" ? .zh : .en)).list("tips")
        var printed = 0
        for tip in tips {
            #expect(!tip.contains("\""), "\(language): «\(tip)» has straight quotes")
            guard let lines = Self.linesOf("• " + tip, in: layout).first else { continue }
            printed += 1
            #expect(!lines.contains { $0.text.contains("\"") })
            guard language == "zh", lines.count > 1 else { continue }
            let edge = Self.columnLines(layout.pages[0] + (layout.pages.count > 1 ? layout.pages[1] : []))
                .first { $0.contains { $0.yMin == lines[0].yMin && $0.xMin == lines[0].xMin } }?.map(\.xMax).max() ?? 0
            for line in lines.dropLast() {
                #expect(edge - line.xMax < 0.6 * line.em, "«\(line.text)» ends \((edge - line.xMax) / line.em) em short of the column's edge")
            }
            #expect((lines.last?.text.filter { !$0.isWhitespace }.count ?? 0) > 2, "\(lines.map(\.text))")
        }
        #expect(printed >= 3, "\(language): the short leaflet prints some tips, or the test shows nothing")
    }

    /// A Chinese date stays whole, or breaks after its year (`2026年 / 10月31日`), never between
    /// month and day (`2026年10月 / 31日`); a date range (`1月至10月`) stays on one line; a figure
    /// is printed against its unit, with no letter spacing between (`2380 元`, `2026 年`).
    @Test(arguments: ["tri", "a4", "a5"])
    func chineseDatesAndUnitsStayWithTheirFigures(_ name: String) throws {
        let layout = try Self.layout(name, "zh")
        let dayStart = try Regex(#"^\d{1,2}[日号]"#)
        for page in layout.pages {
            for column in Self.columnLines(page) {
                for (a, b) in zip(column, column.dropFirst()) {
                    let a = a.text.filter { !$0.isWhitespace }, b = b.text.filter { !$0.isWhitespace }
                    #expect(!(a.hasSuffix("月") && b.contains(dayStart)), "\(name): «\(a)» / «\(b)»")
                    #expect(!(a.last.map { $0.isASCII && $0.isNumber } == true && b.first.map { "年月日元万".contains($0) } == true), "\(name): «\(a)» / «\(b)»")
                    #expect(!a.hasSuffix("月至") && !a.hasSuffix("年1月") && !(a.hasSuffix("月") && b.hasPrefix("至")), "\(name): «\(a)» / «\(b)»")
                }
                for line in column {
                    for (w, next) in zip(line.words, line.words.dropFirst()) where w.text.last.map({ $0.isASCII && $0.isNumber }) == true {
                        #expect(!(next.text.first.map { "年月日元万起名".contains($0) } ?? false),
                                "\(name): «\(w.text)» and «\(next.text)» printed apart in «\(line.text)»")
                    }
                }
            }
        }
        #expect(try pdfText(Self.built.get().leaflets.appendingPathComponent("\(name).zh.pdf")).withoutWhitespace.contains("1月至10月"))
    }

    /// A clerk's `## 民警提醒` written before `## 警方提示` is a section printed under its own
    /// heading, as its English is, and the box is the 警方提示 (both names are advice headings
    /// in the theme; the first written was taken for the box, and 民警提醒 vanished into it).
    @Test(arguments: ["tri", "a4", "a5"], ["zh", "en"])
    func aSecondAdviceHeadingBeforeThePoliceAdviceIsItsOwnSection(_ name: String, _ language: String) throws {
        let layout = try Self.layout(name, language)
        let lines = layout.pages.flatMap { $0.flatMap(\.lines) }.map { $0.text.filter { !$0.isWhitespace } }
        let (section, box) = language == "zh" ? ("民警提醒", "警方提示") : ("Awordfromourofficers", "Policeadvice")
        #expect(lines.filter { $0 == section }.count == 1, "\(name).\(language): the section is printed under its own heading")
        #expect(lines.filter { $0 == box }.count == 1, "\(name).\(language): one advice box")
        let text = try pdfText(Self.built.get().leaflets.appendingPathComponent("\(name).\(language).pdf")).withoutWhitespace
        #expect(text.contains(language == "zh" ? "请提醒他们" : "tellthemtohangup"), "\(name).\(language): the section's words are printed")
    }

    /// A case without police advice is warned about once per file, at a line, naming every leaflet that prints it.
    @Test func aCaseWithoutAdviceIsWarnedOnceNamingEveryLeaflet() throws {
        let site = try Self.built.get().site
        let warnings = LeafletBuilder.warnings(site: site, figures: FixtureFigures.values(site), bodies: LeafletFixture.bodies(site))
            .filter { $0.what.english.contains("police-advice") }
        for language in ["zh", "en"] {
            let mine = warnings.filter { $0.file == "content/cases/parcel.\(language).md" }
            #expect(mine.count == 1, "\(language): \(mine.map(\.what.english))")
            let text = mine.first?.what.english ?? ""
            #expect(text.contains("`short`") && text.contains("`tri`"), "\(language): \(text)")
            #expect(mine.first?.line != nil, "\(language): the warning names a line")
        }
        #expect(!warnings.contains { $0.file?.contains("customs") == true })
    }
}
