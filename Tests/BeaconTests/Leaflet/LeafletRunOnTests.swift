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
}
