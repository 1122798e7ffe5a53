@testable import BeaconLeaflet
import Foundation
import Testing

/// A justified Chinese paragraph's breaks are chosen as a whole (`TextLayout.paragraphBreaks`):
/// no body line is letter-spaced into a gappy line, the print buyer's main objection (clerk7
/// read 0.16 to 0.3 em a gap as half a character missing; clerk8 found `中 心 ” “ 社 保 局 ”
/// 开 头 ， 再 转 接` at 0.37 em). Read back from `pdftotext -bbox-layout`, where poppler boxes
/// each hanzi of a spaced line on its own: the gap between two boxes is the spacing.
@Suite(.serialized) struct LeafletEvenLinesTests {
    /// A case of our own words whose lines, broken greedily, leave gappy ones: quoted terms and
    /// figures that move down whole (`“医保中心”“社保局”`, `96110`), a paragraph that must end
    /// on three hanzi.
    static let zhCase = """
        ---
        title: 冒充“医保中心”来电 退休工人险些转出积蓄
        date: 2022-09-20
        fraud_type: fake-police
        victim: 孙某（男，66岁）
        ---
        近日，我区发现骗子开始冒充“医保中心”“社保局”开头，再转接“公安局”，比直接冒充警察更容易让人相信。退休工人孙某接到电话，对方称他的医保卡在外地“违规消费”，要他配合“专案组”调查。

        对方随后发来伪造的“逮捕令”“冻结令”，称孙某涉嫌洗钱、诈骗等重大案件，要求他把全部积蓄转入“安全账户”进行“资金清查”，并教他如何应付银行工作人员的询问。

        ## 警方提示

        • 公检法机关不会通过电话、视频办案，不会在网上出示“逮捕令”“通缉令”。
        • 医保中心不会通过电话、短信通知办案，更不会让您把钱转到“安全账户”。
        • 社保局和医保中心不会打电话、发短信查案，更不会要您转账到“监管账户”。
        • 接到此类电话，请立即挂断，并拨打110或96110核实。
        """

    static let enCase = """
        ---
        title: A call from the “medical insurance centre”
        date: 2022-09-20
        fraud_type: fake-police
        victim: Mr Sun (66)
        ---
        A caller said Mr Sun's medical insurance card had been misused and passed him on to the “police”, who showed him a forged warrant and asked him to move his savings into a “safe account”.

        ## Police advice

        The police never handle cases by phone or video. Hang up and call 110 or 96110.
        """

    /// The case alone and beside another, with one slogan or with the figures and every slogan,
    /// on A4 and A5 (which holds it alone). Not yet the tri-fold: in its narrow panels the rules
    /// still force lines of 0.25 to 0.27 em (`对方随后发来伪造的“逮捕令” / “冻结令”`, a term of three
    /// hanzi that never breaks, on a paragraph's lines that cannot be more).
    static let variants: [String: String] = {
        var out: [String: String] = [:]
        for format in LeafletFormat.allCases where format != .a4Trifold {
            for (cases, name) in [("sun", "alone"), ("sun, fake-police-call", "two")] where format != .a5 || name == "alone" {
                for (extra, kind) in [("slogans: [1]", "one"), ("stats: 2022-h1\nslogans: all", "all")] {
                    out["even-\(format.rawValue)-\(name)-\(kind)"] = """
                        format: \(format.rawValue)
                        title: {zh: 接到“医保”电话 先挂断再核实, en: Hang up and check}
                        cases: [\(cases)]
                        \(extra)
                        """
                }
            }
        }
        return out
    }()

    static let built = Result { () throws -> URL in
        var extra: [String: String?] = ["content/cases/sun.zh.md": zhCase, "content/cases/sun.en.md": enCase, "content/leaflets/summer.yaml": nil]
        for (name, yaml) in variants { extra["content/leaflets/\(name).yaml"] = yaml }
        return try LeafletFixture.typesetAndWrite(extra).leaflets
    }

    /// The median gap between the single-hanzi boxes of a line, in ems, where it has three
    /// such gaps or more (a line set solid is one box, or a few: it has none).
    static func medianGap(_ line: PDFLayout.Line) -> Double? {
        func hanzi(_ w: PDFLayout.Word) -> Bool { w.text.count == 1 && w.text.unicodeScalars.first!.properties.isIdeographic }
        let gaps = zip(line.words, line.words.dropFirst()).filter { hanzi($0.0) && hanzi($0.1) }.map { ($0.1.xMin - $0.0.xMax) / line.em }.sorted()
        return gaps.count >= 3 ? gaps[gaps.count / 2] : nil
    }

    /// The Chinese lines of `url` spaced more than `limit` ems a gap.
    static func gappyLines(_ url: URL, over limit: Double) throws -> [String] {
        try PDFLayout(url).pages.enumerated().flatMap { page, blocks in
            blocks.flatMap(\.lines).compactMap { line in
                Self.medianGap(line).flatMap { $0 > limit ? "\(url.lastPathComponent) p\(page + 1): «\(line.text)» \(String(format: "%.2f", $0)) em a gap" : nil }
            }
        }
    }

    @Test func noChineseLineOfTheDesignFixturesIsSpacedOverAQuarterEm() throws {
        try #require(LeafletDesignTests.built.count == 2)
        let zh = LeafletDesignTests.files.filter { $0.2 == "zh" }
        try #require(!zh.isEmpty)
        for (url, _, _) in zh {
            for line in try Self.gappyLines(url, over: 0.25) { Issue.record("\(line)") }
        }
    }

    @Test(arguments: variants.keys.sorted())
    func noChineseLineOfAParagraphFullOfTermsIsSpacedOverAQuarterEm(_ name: String) throws {
        let url = try Self.built.get().appendingPathComponent("\(name).zh.pdf")
        let layout = try PDFLayout(url)
        #expect(layout.pages.indices.map { layout.columnText(page: $0) }.joined().contains("资金清查"), "\(name): the case is printed")
        for line in try Self.gappyLines(url, over: 0.25) { Issue.record("\(line)") }
    }
}
