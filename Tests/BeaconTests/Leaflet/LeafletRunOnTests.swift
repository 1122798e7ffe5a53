import BeaconCore
@testable import BeaconLeaflet
import Foundation
import Testing

/// Three cases on a tri-fold's three inside panels, the first too long for one panel: set each
/// on a panel of its own, the first one's advice box would stand alone in the middle panel with
/// 130 mm blank under it. The cases run on instead, one after another, balanced.
@Suite struct LeafletRunOnTests {
    static let longStory = """
        张某在社交平台看到“足不出户、日赚300元”的兼职广告，添加对方QQ后被拉进“任务群”。前几单垫付的小额资金很快返还了本金和佣金，张某便放下戒心。

        随后对方以“连单任务”“操作失误需解冻”为由，要求她继续加大垫付金额。张某先后转账9次，共计3.86万元，对方随即将她拉黑。

        民警调查发现，该团伙通过境外服务器操控“任务群”，每个群里只有受害人一个真人，其余“群友”都是骗子扮演的托儿，专门在群里晒收益、催着受害人继续做任务。

        2022年5月12日，张某报警后，民警立即对涉案账户开展止付冻结，成功追回部分资金。目前，该案正在进一步侦办中。

        ## 作案手法

        1. 在社交平台发布“日赚300元”“在家就能做”的兼职广告，吸引学生和宝妈。
        2. 先让受害人做几单小额任务，按时返还本金和佣金，骗取信任。
        3. 以“连单任务”“操作失误”“账户冻结”为由，要求受害人不断加大垫付金额。
        4. 受害人无力再转账或要求提现时，将其拉黑，解散“任务群”。

        ## 警方提示
        """

    @Test func aLongFirstCaseRunsOnIntoTheNextPanelsWithoutLeavingOneHalfEmpty() throws {
        let original = LeafletFixture.files["content/cases/task-rebate-student.zh.md"]!
        let long = original.components(separatedBy: "---\n")[0...1].joined(separator: "---\n") + "---\n" + Self.longStory
            + original.components(separatedBy: "## 警方提示")[1]
        let site = try LeafletFixture.site(["content/cases/task-rebate-student.zh.md": long])
        #expect(!LeafletFixture.warnings(site).contains { $0.message.contains("leaves") }, "\(LeafletFixture.warnings(site).map(\.message))")
        let dir = try LeafletFixture.build(["content/cases/task-rebate-student.zh.md": long], only: "summer").dir.appendingPathComponent("leaflets")
        let pdf = dir.appendingPathComponent("summer.zh.pdf")
        #expect(try pdfText(pdf).contains("受害人无力再转账或要求提现时"))
        let trim = LeafletFormat.a4Trifold.trimSize
        let bands = try BlankBands.tallest(pdf: pdf, page: 1, trim: trim, margin: LeafletFormat.markArea, strips: [3...97, 103...197, 203...294])
        for (panel, band) in bands.enumerated() {
            #expect(band <= trim.height / 4, "inside panel \(panel + 1): a blank band of \(Int(band)) mm")
        }
    }

    /// A long story full of figures with units and quoted terms, in every format: its justified
    /// lines reach the right edge (a figure or term pushed to the next line is made up for by
    /// letter spacing, not left as a ragged hole).
    @Test(arguments: LeafletFormat.allCases)
    func aStoryFullOfFiguresAndQuotedTermsIsJustifiedToTheEdge(_ format: LeafletFormat) throws {
        let story = """
            2025年10月，陈女士在交友软件上认识了自称在新加坡做金融分析的“周先生”。对方每天嘘寒问暖，聊天记录里满是对未来生活的规划，很快两人以“恋人”相称。

            相处15天后，“周先生”说自己掌握一个跨境黄金平台的“内部通道”，每天操作一次，收益稳定在3%左右。在他的指导下，陈女士先投入5000元，第二天就显示盈利160元，并顺利提现。

            此后陈女士分7次共投入23.6万元，平台显示账户余额已超过30万元。11月28日她申请提现时，平台以“账户涉嫌洗钱需缴纳20%保证金”为由冻结资金，“周先生”也随之失联。

            ## 警方提示

            网上认识、从未谋面的“恋人”推荐投资，一律是诈骗。凡是要求先交“解冻费”“保证金”的，都是诈骗。
            """
        let original = LeafletFixture.files["content/cases/fake-police-call.zh.md"]!
        let file = original.components(separatedBy: "---\n")[0...1].joined(separator: "---\n") + "---\n" + story
        let dir = try LeafletFixture.build(["content/cases/fake-police-call.zh.md": file, "content/leaflets/summer.yaml": nil,
                                            "content/leaflets/story.yaml": """
                                                format: \(format.rawValue)
                                                title: {zh: 反诈防骗 从我做起, en: Stop fraud before it starts}
                                                cases: [fake-police-call]
                                                slogans: [1]
                                                """]).dir.appendingPathComponent("leaflets")
        let pdf = dir.appendingPathComponent("story.zh.pdf")
        #expect(try pdfText(pdf).contains("陈女士"))
        for short in try LeafletDesignTests.shortLines(pdf, format: format) { Issue.record("\(format.rawValue): \(short)") }
    }
}
