import Foundation
import Testing

/// What an outside clerk's leaflets showed at line ends and around quotes, read back from the
/// PDFs of a case written the way clerks write (our own words): a space typed between two
/// quoted terms (`“解冻费” “保证金”`), counts in words (`两个小时`, `十余名`, `半个月`), and an
/// office whose English name is hyphenated (`Sub-bureau`).
@Suite(.serialized) struct LeafletLineEndsTests {
    static let zhCase = """
    ---
    title: 网贷先交“解冻费” 两个小时被骗近万元
    date: 2022-09-06
    fraud_type: fake-police
    victim: 王女士（34岁）
    loss: 9800
    ---
    王女士在网上申请一笔贷款，对方自称平台客服，说她填错了银行卡号，账户已被冻结，必须先交“解冻费” “保证金”才能放款。短短两个小时里，她先后转账五次，共计9800元，贷款却始终没有到账。

    民警调查发现，骗子往往一连打来三个电话，十余名“客服”轮番催促，要求半个小时内转账，并以“征信受损” “永久冻结”相威胁。不少受害人几天后才发现被骗，有的一天之内被骗两次，此时钱款早已被分散转走。

    ## 作案手法

    1. 投放“低息” “秒批”的贷款广告，诱导受害人下载假冒的贷款App，再以“卡号填错”为由声称账户被冻结。
    2. 受害人交了一两千元“解冻费”后，又以“保证金” “会员费”等名义一次次要钱，前后拖上半个月。

    ## 警方提示

    正规贷款在放款前不会收取任何费用。凡是要求先交“解冻费” “保证金” “手续费”的网贷，一律是诈骗，请立即停止转账并拨打110报警。
    """

    static let enCase = """
    ---
    title: A loan “unfreezing fee” costs a woman 9,800 yuan in two hours
    date: 2022-09-06
    fraud_type: fake-police
    victim: Ms Wang (34)
    loss: 9800
    ---
    Ms Wang applied for a loan online. A caller from the platform's “customer service” said her card number was wrong and her account frozen, and that she must pay an “unfreezing fee” and a “deposit” first.

    Within two hours she made five transfers, 9,800 yuan in all, and the loan never came.

    ## Police advice

    A real lender never charges a fee before it pays out. Anyone who asks for an “unfreezing fee”, a “deposit” or a “handling fee” first is a scammer: stop paying and call 110.
    """

    static let office = "Anti-Fraud Centre of the Qingxi Sub-bureau"

    static let leaflets = ["tri": ("a4-trifold", "loan"), "a4": ("a4", "loan, fake-police-call"), "a5": ("a5", "loan")]

    static let built = Result { () throws -> URL in
        let config = LeafletFixture.files["site.yaml"]!.replacingOccurrences(
            of: #"en: "Qingjiangpu Branch, Huai'an Public Security Bureau""#, with: "en: \(office)")
        var extra: [String: String?] = ["site.yaml": config, "content/cases/loan.zh.md": zhCase, "content/cases/loan.en.md": enCase,
                                        "content/leaflets/summer.yaml": nil]
        for (name, (format, cases)) in leaflets {
            extra["content/leaflets/\(name).yaml"] = "format: \(format)\ntitle: {zh: 网贷先交钱 一律是诈骗, en: Never pay a fee for a loan}\ncases: [\(cases)]\nslogans: all\n"
        }
        return try LeafletFixture.typesetAndWrite(extra).leaflets
    }

    static func layout(_ name: String, _ language: String) throws -> PDFLayout {
        try PDFLayout(try built.get().appendingPathComponent("\(name).\(language).pdf"))
    }

    static let marks = "“”‘’，。、；：？！（）《》"

    /// Between two quoted terms (`…费” “保…`) a justified line has the gap it has between any
    /// two characters, the pair compressed: the space typed there opened a gap of 1.5 em and
    /// more, which poppler reads as a space. Measured between poppler's words, in ems.
    @Test(arguments: ["tri", "a4", "a5"])
    func quotedTermsSitAsCloseAsAnyCharacters(_ name: String) throws {
        let layout = try Self.layout(name, "zh")
        var pairs = 0
        for line in layout.pages.flatMap({ $0.flatMap(\.lines) }) {
            let gaps = zip(line.words, line.words.dropFirst()).map { (a: $0, b: $1, gap: ($1.xMin - $0.xMax) / line.em) }
            let beside = gaps.filter { g in g.a.text.last.map { "”’".contains($0) } == true && g.b.text.first.map { "“‘".contains($0) } == true }
            let others = gaps.filter { g in !(g.a.text.last.map { Self.marks.contains($0) } ?? false) && !(g.b.text.first.map { Self.marks.contains($0) } ?? false) }
                .map(\.gap).sorted()
            // A line set solid has no other gaps: poppler splits it only at a blank.
            let usual = others.isEmpty ? 0 : others[others.count / 2]
            for g in beside {
                #expect(g.gap <= usual + 0.1, "\(name): «\(g.a.text)» «\(g.b.text)» \(g.gap) em apart, the line's other gaps \(usual) em: «\(line.text)»")
            }
            pairs += line.text.filter { !$0.isWhitespace }.components(separatedBy: "”“").count - 1
        }
        #expect(pairs >= 2, "\(name): the quoted terms are printed side by side")
        // Read column by column: pdftotext's own order runs a line of the advice box on into a
        // tip beside it in the next panel when the two stand level.
        let text = layout.pages.indices.map { layout.columnText(page: $0) }.joined()
        #expect(text.contains("“解冻费”“保证金”“手续费”"), "\(name): \(text)")
    }

    /// No line ends on a numeral whose measure word starts the next (`两 / 个小时`, `十余 / 名`).
    @Test(arguments: ["tri", "a4", "a5"])
    func numeralsStayWithTheirMeasureWords(_ name: String) throws {
        let layout = try Self.layout(name, "zh")
        for page in layout.pages {
            for column in LeafletPrintedBreaksTests.columnLines(page) {
                for (a, b) in zip(column, column.dropFirst()) {
                    let a = a.text.filter { !$0.isWhitespace }, b = b.text.filter { !$0.isWhitespace }
                    guard let last = a.last, let first = b.first, b.count > 1 else { continue }
                    #expect(!("一二两三四五六七八九十几数半余".contains(last) && "个名起次天万元小时".contains(first)), "\(name): «\(a)» / «\(b)»")
                    #expect(!(a.hasSuffix("个") && b.hasPrefix("小时")), "\(name): «\(a)» / «\(b)»")
                }
            }
        }
        #expect(try pdfText(Self.built.get().appendingPathComponent("\(name).zh.pdf")).withoutWhitespace.contains("短短两个小时里"))
    }

    /// The office's hyphenated name is never broken at its hyphen, on the cover or by the date
    /// (`…Qingxi Sub- / bureau`), nor is any other hyphenated word (`Anti- / Fraud`).
    @Test(arguments: ["tri", "a4", "a5"])
    func hyphenatedNamesStayWhole(_ name: String) throws {
        let layout = try Self.layout(name, "en")
        for page in layout.pages {
            for column in LeafletPrintedBreaksTests.columnLines(page) {
                for (a, b) in zip(column, column.dropFirst()) where b.yMin - a.yMax < a.height {
                    let ends = a.text.trimmingCharacters(in: .whitespaces)
                    #expect(!(ends.hasSuffix("-") && ends.dropLast().last?.isLetter == true), "\(name): «\(a.text)» / «\(b.text)»")
                }
            }
        }
        let text = try pdfText(Self.built.get().appendingPathComponent("\(name).en.pdf")).withoutWhitespace
        #expect(text.contains(Self.office.withoutWhitespace), "\(name): the office is printed")
    }
}
