import BeaconCore
@testable import BeaconLeaflet
import Foundation
import Testing

/// Justification (两端对齐) spreads running text only: a heading, a line ended by a hard break,
/// a one-line paragraph and a paragraph's last line are set solid. Read back from the PDF, where
/// a line of hanzi set solid is exactly one em a character wide.
@Suite(.serialized) struct LeafletLetterSpacingTests {
    /// A clerk's edit of a case: a bold line with a hard break after it, a paragraph of one
    /// short line, and a method heading long enough to take two lines in a tri-fold panel.
    static let heading = "新增提醒：近期冒充公检法的骗子最常用的几种诈骗手法"
    static let edited = """
        ---
        title: 冒充公检法“安全账户”诈骗
        date: 2022-03-08
        fraud_type: fake-police
        victim: 李某（男，56岁）
        loss: 420000
        ---
        李某接到自称“市公安局民警”的电话，称其身份证涉嫌一起洗钱案，需配合调查，并通过视频出示了所谓的“逮捕令”。

        **新增提醒**\\
        近期又有骗子冒充民警，通过视频出示伪造的“逮捕令”和“冻结通知书”，要求受害人对家人保密。

        新增提醒

        对方要求李某对家人保密，将名下存款转入“安全账户”接受“资金清查”。李某信以为真，分三次转出42万元。

        ## \(heading)

        1. 冒充民警来电，说出受害人的部分个人信息取得信任。
        2. 以“涉嫌洗钱”“保密调查”制造恐慌，让受害人独自转账。

        ## 警方提示

        公安机关不会通过电话、视频办案，不会发送“逮捕令”，更不存在所谓的“安全账户”。凡是要求转账到“安全账户”的，一律是诈骗。
        """

    /// The English case with quoted words and an apostrophe.
    static let editedEnglish = LeafletFixture.files["content/cases/fake-police-call.en.md"]!.replacingOccurrences(
        of: "He believed it", with: "He was told to answer “yes” and ‘yes’ and yes, and to say nothing at Huai’an’s banks. He believed it")

    /// Built once for the suite.
    static let site = Result { try build() }

    static func built() throws -> URL { try site.get() }

    static func build() throws -> URL {
        var extra: [String: String?] = ["content/cases/fake-police-call.zh.md": edited, "content/leaflets/summer.yaml": nil,
                                        "content/cases/fake-police-call.en.md": editedEnglish]
        for format in LeafletFormat.allCases {
            extra["content/leaflets/edited-\(format.rawValue).yaml"] = """
                format: \(format.rawValue)
                title: {zh: 反诈防骗 从我做起, en: Stop fraud before it starts}
                cases: [fake-police-call\(format == .a5 ? "" : ", task-rebate-student")]
                slogans: [1]
                """
        }
        return try LeafletFixture.build(extra).dir.appendingPathComponent("leaflets")
    }

    @Test(arguments: LeafletFormat.allCases)
    func anEditedCasesHeadingAndHardBrokenLineAreSetSolid(_ format: LeafletFormat) throws {
        let layout = try PDFLayout(try Self.built().appendingPathComponent("edited-\(format.rawValue).zh.pdf"))
        let lines = layout.pages.flatMap { $0.flatMap(\.lines) }
        var seen = (heading: "", short: 0)
        for line in lines {
            let text = line.text.filter { !$0.isWhitespace }
            guard !text.isEmpty else { continue }
            if text == "新增提醒" {
                seen.short += 1
            } else if Self.heading.hasPrefix(seen.heading + text) {
                seen.heading += text
            } else {
                continue
            }
            let spacing = try #require(line.letterSpacing, "«\(line.text)»")
            #expect(spacing < 0.02, "\(format.rawValue): «\(line.text)» is letter-spaced by \(spacing) em a gap")
        }
        #expect(seen.heading == Self.heading, "\(format.rawValue): the method heading is printed")
        #expect(seen.short == 2, "\(format.rawValue): the bold line and the one-line paragraph are printed on lines of their own")
    }

    @Test(arguments: LeafletFormat.allCases)
    func englishQuotesInThePDFAreLatinNotFullWidth(_ format: LeafletFormat) throws {
        let layout = try PDFLayout(try Self.built().appendingPathComponent("edited-\(format.rawValue).en.pdf"))
        let words = layout.pages.flatMap { $0.flatMap(\.lines) }.flatMap { line in line.words.map { (word: $0, em: line.em) } }
        let plain = try #require(words.first { $0.word.text == "yes," })
        let quoted = words.filter { $0.word.text == "“yes”" || $0.word.text == "‘yes’" }
        for q in quoted {
            // Full-width marks would add 2 em; Latin ones about 1 em (“ ”) or 0.6 em (‘ ’), less the comma.
            #expect(abs(q.em - plain.em) < 0.1, "\(format.rawValue): body text of one size")
            let marks = ((q.word.xMax - q.word.xMin) - (plain.word.xMax - plain.word.xMin)) / q.em
            #expect(marks < 1.2, "\(format.rawValue): «\(q.word.text)» is \(marks) em wider than «yes,»")
        }
        let found = quoted.count
        #expect(found == 2, "\(format.rawValue): the quoted words are on the line of the plain one")
        #expect(try pdfText(Self.built().appendingPathComponent("edited-\(format.rawValue).en.pdf")).contains("Huai’an’s"))
    }

    /// Quotes and apostrophes in English take the font's Latin forms; in Chinese, the full-width ones.
    @Test func englishQuotesAreProportionalAndChineseOnesFullWidth() {
        for (tag, latin) in [("en", true), ("zh-CN", false)] {
            let engine = TextEngine(languageTag: tag)
            engine.latinPunctuation = true
            let size = 10.0
            // Inside a line: an opening mark that starts a line is set half-width (no line starts with a blank).
            let plain = TextLayout("a OK", style: TextStyle(size: size), width: 500, engine: engine).inkWidth
            for (open, close) in [("“", "”"), ("‘", "’")] {
                let quoted = TextLayout("a " + open + "OK" + close, style: TextStyle(size: size), width: 500, engine: engine).inkWidth
                let marks = (quoted - plain) / size
                if latin { #expect(marks < 1.2, "\(tag): \(open)\(close) take \(marks) em") } else { #expect(abs(marks - 2) < 0.05, "\(tag): \(open)\(close) take \(marks) em") }
            }
        }
    }
}
