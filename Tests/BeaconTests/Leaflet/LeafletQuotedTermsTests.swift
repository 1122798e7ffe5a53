import Foundation
import Testing

/// A quoted term is read as one word: `“安全 / 账户”` or `“征 / 信不良”` at a line end, or
/// “unlock the | frozen account” across a fold, makes a reader stop. Read back from the PDFs of
/// a case full of terms of four to six hanzi (our own words), in every format: no term of up to
/// six hanzi (two English words) is broken across a line, a column or a fold, and the line a
/// term was moved off still reaches the column's edge (justification takes up the room).
@Suite(.serialized) struct LeafletQuotedTermsTests {
    static let zhCase = """
    ---
    title: 自称“银行风控专员”来电 退休职工转出积蓄
    date: 2022-11-04
    fraud_type: fake-police
    victim: 周某（男，63岁）
    loss: 126000
    ---
    周某接到自称“银行风控专员”的电话，对方说他的银行卡出现“异常登记”，必须马上做一次“资金安全验证”，否则卡里的钱会被“司法冻结”。

    对方随后发来所谓的“监管账户”和“备案编号”，要求他把存款转进“临时保管账户”，并承诺核查完毕后“原路退回”。周某按照“客服指引”下载了“屏幕共享软件”，又先后缴纳“账户解冻金”“征信修复费”和“加急处理费”，共计12.6万元。对方一再说“银行卡信息有误，资金已被冻结”，又说“这件事不能告诉家里任何人”，直到家人发现他“每天都在给陌生账户转钱”才报警。

    ## 作案手法

    1. 冒充银行或监管部门的“风控专员”“理赔顾问”来电，先说出受害人的姓名和卡号，让人放下戒心。
    2. 以“资金安全验证”“征信修复”为名，诱导受害人把钱转入“临时保管账户”，再以“流水不足”为由继续要钱。
    3. 以“质量问题理赔”“快递丢失赔偿”为由，引导受害人借款“验证流水”。

    ## 警方提示

    银行和监管部门不会要求把钱转入任何“监管账户”或“临时保管账户”，凡是要求缴纳“账户解冻金”“征信修复费”的，一律是诈骗。
    """

    static let enCase = """
    ---
    title: A “bank risk officer” calls a retired worker
    date: 2022-11-04
    fraud_type: fake-police
    victim: Mr Zhou (63)
    loss: 126000
    ---
    Mr Zhou was called by a man who said he was a “bank risk officer”. His card had an “irregular entry”, the man said, and needed a “fund safety check” at once, or the money on it would be “frozen by the court”.

    The man then sent a “supervised account” and a “filing number”, and told Mr Zhou to move his savings into a “temporary holding account” until the check was over, after which it would be “returned the same way”. Mr Zhou paid to “unlock the frozen account”, then a “credit repair fee” and an “urgent handling fee”, 126,000 yuan in all.

    ## How the scam works

    1. Callers pose as a bank's “risk control officer” or a “claims adviser” and start by reading out the victim's name and card number.
    2. In the name of a “fund safety check” or “credit repair”, they have the victim move money into a “temporary holding account”, then ask for more because of “too few transactions”.

    ## Police advice

    Banks and regulators never ask you to move money into a “supervised account” or a “temporary holding account”. Anyone who asks you to pay to “unlock the frozen account” is a fraudster.
    """

    static let leaflets = ["tri": ("a4-trifold", "zhou, health-products-elderly"), "a4": ("a4", "zhou, fake-police-call"), "a5": ("a5", "zhou")]

    static let built = Result { () throws -> URL in
        var extra: [String: String?] = ["content/cases/zhou.zh.md": zhCase, "content/cases/zhou.en.md": enCase, "content/leaflets/summer.yaml": nil]
        for (name, (format, cases)) in leaflets {
            extra["content/leaflets/\(name).yaml"] = "format: \(format)\ntitle: {zh: 接到“风控”电话 先挂断再核实, en: Hang up on “risk officers”}\ncases: [\(cases)]\nslogans: all\n"
        }
        return try LeafletFixture.typesetAndWrite(extra).leaflets
    }

    /// Every line of the leaflet in reading order: side by side, each column (panel) top to
    /// bottom, so a column's last line is followed by the next column's first.
    static func readingOrder(_ layout: PDFLayout) -> [PDFLayout.Line] {
        layout.pages.flatMap { LeafletPrintedBreaksTests.columnLines($0).flatMap { $0 } }
    }

    /// The quoted terms broken between two lines that follow each other, with `units` (hanzi,
    /// or English words) in the whole term: the first line opens a quote it does not close, the
    /// next closes it.
    static func brokenTerms(_ lines: [PDFLayout.Line], units: (String) -> Int) -> [(term: String, units: Int)] {
        var out: [(String, Int)] = []
        for (a, b) in zip(lines, lines.dropFirst()) {
            guard let open = a.text.lastIndex(of: "“"), !a.text[open...].contains("”"),
                  let close = b.text.firstIndex(of: "”"), !b.text[..<close].contains("“") else { continue }
            let term = String(a.text[open...]) + " | " + String(b.text[...close])
            out.append((term, units(String(a.text[open...]) + " " + String(b.text[..<close]))))
        }
        return out
    }

    static func hanzi(_ s: String) -> Int { s.unicodeScalars.filter(\.properties.isIdeographic).count }
    static func words(_ s: String) -> Int { s.split { !$0.isLetter && $0 != "'" }.count }

    /// A term of up to three hanzi never breaks; one of four to six only where kept whole it
    /// would leave the line before it ragged, and then with two hanzi or more on each side.
    @Test(arguments: ["tri", "a4", "a5"])
    func aChineseQuotedTermOfUpToSixHanziIsNeverBroken(_ name: String) throws {
        let layout = try PDFLayout(try Self.built.get().appendingPathComponent("\(name).zh.pdf"))
        let lines = Self.readingOrder(layout).map { var l = $0; l.text = l.text.filter { !$0.isWhitespace }; return l }
        let broken = Self.brokenTerms(lines, units: Self.hanzi).filter { term in
            let sides = term.term.components(separatedBy: " | ").map(Self.hanzi)
            return term.units <= 3 || term.units <= 6 && sides.contains { $0 < 2 }
        }
        #expect(broken.isEmpty, "\(name).zh: \(broken.map(\.term))")
        #expect(lines.map(\.text).joined().contains("“临时保管账户”"), "\(name).zh: the case is printed")
    }

    @Test(arguments: ["tri", "a4", "a5"])
    func anEnglishQuotedTermOfUpToTwoWordsIsNeverBroken(_ name: String) throws {
        let layout = try PDFLayout(try Self.built.get().appendingPathComponent("\(name).en.pdf"))
        let broken = Self.brokenTerms(Self.readingOrder(layout), units: Self.words).filter { $0.units <= 2 }
        #expect(broken.isEmpty, "\(name).en: \(broken.map(\.term))")
        #expect(Self.readingOrder(layout).map(\.text).joined(separator: " ").contains("“temporary holding account”"), "\(name).en: the case is printed")
    }

    /// A term moved whole to the next line leaves room on the line before: justification
    /// spreads it, so that line still ends at the column's edge (within 0.6 em, #13), and not
    /// spaced out: its hanzi stand at most a quarter of an em apart (clerk7 read 0.16 to 0.3 em
    /// as gaps of half a character; kept whole, `“风控专员”` left `1. 冒充银行或监管部门的`
    /// 4.7 em short, and other terms lines of 0.3 em gaps, in clerk7's own leaflets).
    @Test(arguments: ["tri", "a4", "a5"])
    func theLineBeforeATermMovedWholeIsStillJustified(_ name: String) throws {
        let layout = try PDFLayout(try Self.built.get().appendingPathComponent("\(name).zh.pdf"))
        for page in layout.pages {
            for column in LeafletPrintedBreaksTests.columnLines(page) {
                // The edge: where lines ending in a hanzi end (poppler boxes a mark a full em wide, also one set half-width at a line's end).
                let edge = column.filter { $0.text.last?.unicodeScalars.first?.properties.isIdeographic == true }.map(\.xMax).max() ?? 0
                // Body text only: a case title is balanced, not justified (its commonest size is the body's).
                let sizes = Dictionary(grouping: column.map { ($0.em * 2).rounded() / 2 }, by: { $0 })
                let body = sizes.max { $0.value.count < $1.value.count }?.key ?? 0
                for (a, b) in zip(column, column.dropFirst()) where b.text.hasPrefix("“") && b.yMin - a.yMax < a.height {
                    // Only lines of running text: the line before ends in a hanzi, not a paragraph's stop.
                    guard let last = a.text.filter({ !$0.isWhitespace }).last, last.unicodeScalars.first?.properties.isIdeographic == true,
                          abs(a.height - b.height) < 1, abs(a.em - body) < 0.6 else { continue }
                    #expect(edge - a.xMax < 0.6 * a.em, "\(name).zh: «\(a.text)» ends \(String(format: "%.1f", (edge - a.xMax) / a.em)) em short of the edge before «\(b.text)»")
                    // Poppler boxes each hanzi of a spaced line on its own, an em wide: the gap between two boxes is the spacing.
                    let gaps = zip(a.words, a.words.dropFirst()).filter { $0.0.text.count == 1 && $0.1.text.count == 1
                        && $0.0.text.unicodeScalars.first!.properties.isIdeographic && $0.1.text.unicodeScalars.first!.properties.isIdeographic }
                        .map { ($0.1.xMin - $0.0.xMax) / a.em }.sorted()
                    guard gaps.count >= 3 else { continue }
                    #expect(gaps[gaps.count / 2] <= 0.25, "\(name).zh: «\(a.text)» is spaced \(String(format: "%.2f", gaps[gaps.count / 2])) em a gap before «\(b.text)»")
                }
            }
        }
    }
}
