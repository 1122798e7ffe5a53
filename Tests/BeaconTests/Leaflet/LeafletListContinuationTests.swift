import BeaconCore
@testable import BeaconLeaflet
import Foundation
import Testing

/// A case's numbered steps run from one A4 column into the next: an item continued at the top
/// of a column keeps its lines hung after the marker, as they started (clerk5 and clerk6 saw
/// the continued lines set flush with the marker, read as a paragraph of their own).
@Suite struct LeafletListContinuationTests {
    /// Long steps (six lines and more in a column), so that a column ends inside one.
    static let steps = stride(from: 0, to: parts.count, by: 2).map { parts[$0..<min(parts.count, $0 + 2)].joined() }
    static let parts = [
        "骗子在短视频平台发布“低价转让演唱会门票”的信息，留下私人微信号，声称票源来自主办方内部员工，数量有限先到先得。",
        "受害人添加微信后，对方发来伪造的购票截图和身份证照片取得信任，并要求先支付一半票款作为“锁票定金”。",
        "定金到账后，对方又称门票需要“实名换绑”，让受害人再支付换绑手续费，并承诺演出结束后全额退还。",
        "受害人付款后，对方以系统检测到“异常交易”为由，要求缴纳保证金解冻账户，否则门票作废、定金不退。",
        "受害人犹豫时，对方冒充平台客服打来电话，用专业术语和倒计时催促，称超时将影响个人征信记录。",
        "受害人再次转账后，对方继续编造“出票失败需重新验证”的理由，要求按原价再付一次票款才能出票。",
        "受害人发现无法退款，要求对方退还全部钱款时，对方又以“退款通道需激活”为由索要激活费用。",
        "受害人拒绝再付款后，对方立即删除微信、注销短视频账号，受害人这才意识到自己被骗，赶紧报警。",
        "民警提醒：演出门票请通过官方售票平台购买，凡是私下转让、要求先付定金和各种手续费的，都是诈骗。",
    ]

    /// The fixture's three cases, each with the steps after a story of one, two or three
    /// sentences (where a column ends in the steps moves with it), each alone on an A4.
    static let slugs = ["task-rebate-student", "fake-police-call", "health-products-elderly"]

    static var files: [String: String?] {
        var out: [String: String?] = ["content/leaflets/summer.yaml": nil]
        let sentence = "张某在短视频平台看到低价转让演唱会门票的信息，先后转账6次，共计1.28万元。"
        for (n, slug) in slugs.enumerated() {
            let key = "content/cases/\(slug).zh.md"
            let original = LeafletFixture.files[key]!
            let head = original.components(separatedBy: "---\n")[0...1].joined(separator: "---\n") + "---\n"
            // The steps straight after the story, under no heading (a heading moves on with its first step whole).
            let story = Array(repeating: sentence, count: n + 1).joined(separator: "\n\n") + "\n\n"
            let list = steps.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
            out[key] = head + story + list + "\n\n## 警方提示" + original.components(separatedBy: "## 警方提示")[1]
            out["content/leaflets/steps-\(n + 1).yaml"] = """
                format: a4
                title: {zh: 反诈防骗 从我做起, en: Stop fraud before it starts}
                cases: [\(slug)]
                stats: 2022-h1
                """
        }
        return out
    }

    @Test func aStepContinuedInTheNextColumnKeepsItsHangingIndent() throws {
        var continued = 0
        let dir = try LeafletFixture.build(Self.files).dir.appendingPathComponent("leaflets")
        for n in 1...Self.slugs.count {
            continued += try Self.continuedSteps(try PDFLayout(dir.appendingPathComponent("steps-\(n).zh.pdf")), name: "steps-\(n)")
        }
        try #require(continued > 0, "no step runs from one column into the next: the fixture no longer tests what it is for")
    }

    /// How many columns start inside a step, each checked to hang where the steps' text starts.
    static func continuedSteps(_ pdf: PDFLayout, name: String) throws -> Int {
        let origin = mm(LeafletFormat.markArea)
        // The A4's columns, front and back, in the PDF's coordinates.
        let frames = Design.a4.frames[3...6]
        let plain = { (s: String) in s.filter { !$0.isWhitespace } }
        let numbered = try Regex(#"^\d+\.$"#)
        var continued = 0
        for (page, blocks) in pdf.pages.enumerated() {
            let lines = blocks.flatMap(\.lines)
            for frame in frames where frame.page == page {
                let column = (origin + frame.rect.x)...(origin + frame.rect.maxX)
                let inColumn = lines.filter {
                    column.contains($0.xMin + 0.5) && $0.xMax <= column.upperBound + 1 && $0.yMin >= origin + frame.rect.y - 1 && $0.yMax <= origin + frame.rect.maxY + 1
                }.sorted { $0.yMin < $1.yMin }
                // Where a step's text starts after its marker (`1.` is poppler's first word).
                let starts = inColumn.filter { $0.words.count > 1 && $0.words[0].text.wholeMatch(of: numbered) != nil }.map { $0.words[1].xMin }
                // The column's first line, when it is a piece of a step but not its start.
                guard let top = inColumn.first, let step = Self.steps.first(where: { plain($0).contains(plain(top.text)) }),
                      !plain(step).hasPrefix(plain(top.text)) else { continue }
                // The column starts in the middle of a step: its lines hang where a step's text starts.
                continued += 1
                let hung = starts.first ?? (lines.filter { $0.words.count > 1 && $0.words[0].text.wholeMatch(of: numbered) != nil }.map { $0.words[1].xMin }.first ?? 0)
                // An opening mark that starts a line is set half-width, its mark at the margin:
                // such a line starts up to half an em before the others.
                let mark = top.text.first.map { "“‘（《「".contains($0) } ?? false
                let early = mark ? 0.6 * top.height / 1.3 : 0
                #expect(top.xMin > hung - early - 1.5 && top.xMin < hung + 1.5,
                        "\(name) page \(page + 1): «\(top.text)» continues a step at x \(Int(top.xMin)), its marker's text starts at \(Int(hung)) (column edge \(Int(column.lowerBound)))")
            }
        }
        return continued
    }
}
