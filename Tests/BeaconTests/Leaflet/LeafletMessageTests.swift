import BeaconContent
import BeaconCore
@testable import BeaconLeaflet
import BeaconStarter
import Foundation
import Testing

/// The leaflet messages as a clerk reads them (clerk6's report): a leaflet named by its
/// language in words, and an overflow's fix naming a format that holds every language, as one
/// leaflet file makes them all.
@Suite(.serialized) struct LeafletMessageTests {
    static let zhCase = """
    ---
    title: 快递理赔骗局
    date: 2022-06-01
    fraud_type: task-rebate
    ---
    有人冒充快递客服，以理赔为名让退休教师扫码填写银行卡验证码，骗走4800元。

    """
    static let enCase = """
    ---
    title: The parcel claim scam
    date: 2022-06-01
    fraud_type: task-rebate
    ---
    A caller posing as a courier's claims desk had a retired teacher scan a code and type in her bank card's code, and took 4,800 yuan.

    """

    /// A tri-fold of one sentence leaves panels blank: the warning says "The Chinese leaflet",
    /// as the overflow error does, not "The zh leaflet"; in Chinese "中文宣传单", not "zh 版宣传单".
    @Test func theBlankPanelWarningNamesTheLanguageInWords() throws {
        let site = try LeafletFixture.site([
            "content/leaflets/summer.yaml": nil,
            "content/cases/one-line.zh.md": Self.zhCase, "content/cases/one-line.en.md": Self.enCase,
            "content/leaflets/thin.yaml": "format: a4-trifold\ntitle: {zh: 快递理赔, en: Parcel claims}\ncases: [one-line]\n",
        ])
        let warnings = try LeafletFixture.typeset(site).warnings.filter { $0.what.english.contains("mm empty") }
        try #require(!warnings.isEmpty, "the one-sentence tri-fold left no panel blank")
        let zh = Starter.messageCatalog(environment: ["BEACON_LANG": "zh"])
        for w in warnings {
            let english = w.what.english, chinese = w.what.text(in: .zh, catalog: zh)
            #expect(english.hasPrefix("The Chinese leaflet `thin` leaves") || english.hasPrefix("The English leaflet `thin` leaves"), "\(english)")
            #expect(chinese.hasPrefix("中文宣传单 `thin`") || chinese.hasPrefix("英文宣传单 `thin`"), "\(chinese)")
            // The panel as a clerk holding the sheet names it ("the inside right panel"), not
            // the plan's frame ("inside page, right panel (97 mm, folds in)", clerk7).
            #expect(!english.contains("mm,") && !english.contains("page, ") && !english.contains("folds in"), "\(english)")
            #expect(!chinese.contains("毫米，") && !chinese.contains("向内折"), "\(chinese)")
        }
        #expect(warnings.contains { $0.what.english.contains("empty in the inside right panel") || $0.what.english.contains("empty in the inside middle panel") },
                "\(warnings.map(\.what.english))")
    }

    /// A case too long for the A5 letter in both languages: each error says what does not fit
    /// on which side, and names only formats that hold both languages, which the test checks
    /// by building the leaflet in each.
    @Test func anOverflowNamesOnlyAFormatThatHoldsEveryLanguage() throws {
        let zhLong = String(repeating: "骗子冒充客服，以退款为名诱导受害人开通网贷并转账，再以“解冻费”为由继续要钱。", count: 40)
        let enLong = String(repeating: "The scammer posed as customer service, talked the victim into taking out online loans for a refund, then asked for an unfreezing fee. ", count: 30)
        var files: [String: String?] = [
            "content/leaflets/summer.yaml": nil,
            "content/cases/one-line.zh.md": Self.zhCase + zhLong + "\n",
            "content/cases/one-line.en.md": Self.enCase + enLong + "\n",
            "content/leaflets/letter.yaml": "format: a5\ntitle: {zh: 信, en: Letter}\ncases: [one-line]\n",
        ]
        var named: [LeafletFormat] = []
        do {
            _ = try LeafletFixture.typeset(try LeafletFixture.site(files))
            Issue.record("the long A5 letter built")
        } catch let f as BuildFailure {
            #expect(f.errors.count == 2, "\(f.errors)")
            for d in f.errors {
                #expect(d.what.english.contains("do not fit on the back page.") || d.what.english.contains("do not fit on the front page."), "\(d.what.english)")
                let fix = try #require(d.fix?.english)
                let formats = fix.matches(of: /`format: ([a-z0-9-]+)`/).compactMap { LeafletFormat(rawValue: String($0.1)) }
                if !formats.isEmpty { #expect(fix.contains("(it holds every language of the leaflet)"), "\(fix)") }
                named += formats
            }
        }
        try #require(!named.isEmpty, "no format named")
        for format in Set(named) {
            files["content/leaflets/letter.yaml"] = "format: \(format.rawValue)\ntitle: {zh: 信, en: Letter}\ncases: [one-line]\n"
            do { _ = try LeafletFixture.typeset(try LeafletFixture.site(files)) } catch {
                Issue.record("`format: \(format.rawValue)` was named but does not hold both languages: \(error)")
            }
        }
    }

    /// Three long cases in an A5 letter: leaving out one does not make it fit, so the fix never
    /// says "print one case fewer" (clerk8 went round twice on it); the cases it does say to
    /// leave out are fewer than the leaflet has.
    @Test func anOverflowAsksForOneCaseFewerOnlyWhenThatFits() throws {
        let zhLong = String(repeating: "骗子冒充客服，以退款为名诱导受害人开通网贷并转账，再以“解冻费”为由继续要钱。", count: 40)
        let enLong = String(repeating: "The scammer posed as customer service, talked the victim into taking out online loans for a refund, then asked for an unfreezing fee. ", count: 30)
        var files: [String: String?] = ["content/leaflets/summer.yaml": nil,
                                        "content/leaflets/letter.yaml": "format: a5\ntitle: {zh: 信, en: Letter}\ncases: [c1, c2, c3]\n"]
        for n in 1...3 {
            files["content/cases/c\(n).zh.md"] = Self.zhCase + zhLong + "\n"
            files["content/cases/c\(n).en.md"] = Self.enCase + enLong + "\n"
        }
        do {
            _ = try LeafletFixture.typeset(try LeafletFixture.site(files))
            Issue.record("three long cases fitted the A5 letter")
        } catch let f as BuildFailure {
            try #require(!f.errors.isEmpty)
            for d in f.errors {
                let fix = try #require(d.fix?.english)
                #expect(!fix.contains("print one case fewer"), "\(fix)")
                if let m = fix.firstMatch(of: /print (\d+) cases fewer/) { #expect(Int(m.1)! < 3, "\(fix)") }
            }
        }
    }
}
