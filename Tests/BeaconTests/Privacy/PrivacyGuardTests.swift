import BeaconCore
@testable import BeaconPrivacy
import Testing

@Suite struct PrivacyGuardTests {
    static let id = FakeNumbers.id()
    static let card = FakeNumbers.card()

    @Test func findingIsPlacedByFileLineAndColumn() throws {
        let body = "第一行。\n第二行没有问题。\n联系电话：138 1234 5678，请勿外传。"
        let d = try #require(PrivacyGuard.scan([PublishedText(file: "content/cases/a.zh.md", text: body, line: 6)]).first)
        #expect(d.file == "content/cases/a.zh.md")
        #expect(d.line == 8)
        #expect(d.column == 6)
        #expect(d.severity == .error)
        #expect(d.message.contains("mobile phone number"))
        #expect(d.message.contains("138****5678"))
        #expect(d.excerpt == "联系电话：138 **** 5678，请勿外传。")
    }

    @Test func columnOfTheFirstLineAddsTheTextsStartColumn() throws {
        let d = try #require(PrivacyGuard.scan([PublishedText(file: "x.yaml", text: "卡号\(Self.card)", line: 3, column: 10)]).first)
        #expect(d.line == 3)
        #expect(d.column == 12)
    }

    @Test func frontMatterValueIsNamedByItsKeyLine() throws {
        let d = try #require(PrivacyGuard.scan([PublishedText(file: "content/cases/a.zh.md", text: "王建国（男，60岁）", line: 4, column: nil,
                                                              isNameField: true, field: "front-matter value `victim`")]).first)
        #expect(d.line == 4)
        #expect(d.column == nil)
        #expect(d.message.contains("`victim`"))
        #expect(d.message.contains("王**"))
        #expect(d.hint?.contains("王某") == true)
        #expect(d.hint?.contains("pii_ok") == true)
    }

    /// Whatever was found, no message, hint, excerpt or report carries the full number.
    @Test(arguments: [
        "身份证号\(id)", "身份证号 \(FakeNumbers.grouped(id, [6, 8, 4]))", "手机138 1234 5678", "手机+86 13812345678",
        "手机0086-138-1234-5678", "卡号\(card)", "卡号\(FakeNumbers.grouped(FakeNumbers.card(length: 19), [4, 4, 4, 4]))",
        "旧证110105900307005", "被害人张伟在家中", "the victim Zhang Wei said",
    ])
    func nothingIsPrintedInFull(_ text: String) throws {
        let diagnostics = PrivacyGuard.scan([PublishedText(file: "content/bulletins/a.zh.md", text: "前文\n" + text + "\n后文", line: 5)])
        let d = try #require(diagnostics.first)
        let finding = try #require(PIIDetector.scan(text).first)
        let report = BuildFailure(diagnostics).description + (d.hint ?? "")
        #expect(!report.contains(finding.matched))
        #expect(!report.contains(finding.normalized))
        #expect(!report.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "").contains(finding.normalized))
        #expect(report.contains(finding.masked))
    }

    @Test func piiOKLetsReviewedStringsThrough() {
        let text = "接警编号J\(Self.card)，值班手机13812345678，当事人张伟。"
        func errors(_ allowed: [String]) -> Int {
            PrivacyGuard.scan([PublishedText(file: "a.md", text: text, line: 1, allowed: allowed)]).count
        }
        #expect(errors([]) == 3)
        #expect(errors(["J\(Self.card)"]) == 2)                       // a longer reviewed string containing it
        #expect(errors([Self.card]) == 2)                              // the number itself
        #expect(errors(["138-1234-5678"]) == 2)                        // the same digits written otherwise
        #expect(errors(["张伟"]) == 2)
        #expect(errors(["J\(Self.card)", "13812345678", "张伟"]) == 0)
        #expect(errors(["13812345679", "张"]) == 3)                    // near misses allow nothing
    }

    @Test func badChecksumIsSaid() throws {
        let d = try #require(PrivacyGuard.scan([PublishedText(file: "a.md", text: FakeNumbers.idWithBadCheck(), line: 1)]).first)
        #expect(d.message.contains("check character is wrong"))
        let ok = try #require(PrivacyGuard.scan([PublishedText(file: "a.md", text: Self.id, line: 1)]).first)
        #expect(ok.message.contains("check character is right"))
    }
}
