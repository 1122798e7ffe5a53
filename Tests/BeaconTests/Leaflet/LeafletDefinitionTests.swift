import BeaconContent
import BeaconCore
@testable import BeaconLeaflet
import BeaconStarter
import Foundation
import Testing

/// A leaflet file with a mistake fails the build with a message naming the file and line.
@Suite struct LeafletDefinitionTests {
    /// Builds with `content/leaflets/bad.yaml` and returns the diagnostics it failed with.
    func failure(_ yaml: String) throws -> [Diagnostic] {
        do {
            _ = try LeafletFixture.build(["content/leaflets/bad.yaml": yaml])
        } catch let f as BuildFailure {
            return f.errors
        }
        Issue.record("the build did not fail")
        return []
    }

    struct Mistake: Sendable, CustomStringConvertible {
        var yaml: String
        var line: Int
        var message: String
        var hint: String
        var description: String { message }
    }

    static let mistakes: [Mistake] = [
        Mistake(yaml: "format: a4\ntitle: T\ncases: [fake-police-cal]\n", line: 3,
                message: "no case `fake-police-cal`", hint: "`fake-police-call`"),
        Mistake(yaml: "format: a4\ntitle: T\nslogan: all\n", line: 3,
                message: "Unknown leaflet setting `slogan`", hint: "`slogans`"),
        Mistake(yaml: "format: a4-trifld\ntitle: T\n", line: 1,
                message: "Unknown leaflet format `a4-trifld`", hint: "`a4-trifold`"),
        // A paper size Beacon does not print is no misspelt `a4`: it is said so, with the formats there are.
        Mistake(yaml: "format: A3\ntitle: T\n", line: 1,
                message: "Beacon prints no A3 leaflets. The formats are `a4` (the two-sided A4 sheet, 210×297 mm), `a5` (the A5 letter, 148×210 mm) and `a4-trifold`",
                hint: "enlarge the A4 leaflet to A3"),
        Mistake(yaml: "format: b5\ntitle: T\n", line: 1, message: "Beacon prints no B5 leaflets.", hint: "`format: a4`"),
        Mistake(yaml: "format: a5\ntitle: T\nstats: 2022-h2\n", line: 3,
                message: "no statistics period `2022-h2`", hint: "`2022-h1`"),
        Mistake(yaml: "format: a5\ntitle: T\nslogans: [1, 4]\n", line: 3,
                message: "no slogan number 4", hint: "from 1"),
        Mistake(yaml: "format: a5\ntitle: T\nslogans: [0, 2]\n", line: 3,
                message: "Slogans are counted from 1, so there is no slogan number 0.", hint: "Write `1` for the first slogan"),
        Mistake(yaml: "format: a5\ntitle: {zh: 只有中文}\n", line: 2,
                message: "no `en` text", hint: "title:"),
        Mistake(yaml: "format: a5\ntitle: T\nqr: www.example.com\n", line: 3,
                message: "`qr` must be a full web address", hint: "https://"),
        Mistake(yaml: "format: a5\ntitle: T\ndate: 2022-02-30\n", line: 3,
                message: "not a real date", hint: "YYYY-MM-DD"),
        Mistake(yaml: "format: a4-trifold\ntitle: T\ncases: []\ndate: 2022-11-01\n", line: 3,
                message: "names no cases, no statistics and no slogans", hint: "fake-police-call"),
    ]

    @Test(arguments: mistakes)
    func aMistakeNamesTheLeafletFileAndLine(_ m: Mistake) throws {
        let errors = try failure(m.yaml)
        let d = try #require(errors.first { $0.message.contains(m.message) }, "got: \(errors.map(\.message))")
        #expect(d.file == "content/leaflets/bad.yaml")
        #expect(d.line == m.line)
        #expect(d.hint?.contains(m.hint) == true, "hint: \(d.hint ?? "")")
    }

    /// A leaflet that names no cases lists every case a clerk can choose from, newest first,
    /// with its title: the list used to stop at five of a site's nine.
    @Test func aLeafletWithoutCasesListsEveryCaseToChooseFrom() throws {
        var extra: [String: String?] = [:]
        // Six more cases, to the fixture's three: nine in all, the sixth the newest (September 2022).
        for n in 1...6 {
            extra["content/cases/extra-case-\(n).zh.md"] = "---\ntitle: 第\(n)起网购退款诈骗\ndate: 2022-0\(n + 3)-15\nfraud_type: fake-police\n---\n王某接到假客服电话，被骗\(n)千元。\n"
        }
        extra["content/leaflets/bad.yaml"] = "format: a5\ntitle: T\ncases: []\ndate: 2022-12-01\n"
        do {
            _ = try LeafletFixture.build(extra)
            Issue.record("the build did not fail")
        } catch let f as BuildFailure {
            let d = try #require(f.errors.first { $0.message.contains("names no cases") }, "got: \(f.errors.map(\.message))")
            let hint = d.fix?.english ?? ""
            let slugs = ["task-rebate-student", "fake-police-call", "health-products-elderly"] + (1...6).map { "extra-case-\($0)" }
            for slug in slugs { #expect(hint.contains("`\(slug)`"), "\(slug) is missing from: \(hint)") }
            #expect(hint.contains("the 9 in content/cases"), "\(hint)")
            // Newest first, each with its title, so the clerk can tell them apart.
            #expect(hint.contains("`extra-case-6` (第6起网购退款诈骗), `extra-case-5`"), "\(hint)")
        }
    }

    @Test func aDraftCaseIsRefusedWithTheReason() throws {
        var draft = LeafletFixture.files["content/cases/fake-police-call.zh.md"]!
        draft = draft.replacingOccurrences(of: "fraud_type: fake-police\n", with: "fraud_type: fake-police\ndraft: true\n")
        do {
            _ = try LeafletFixture.build(["content/cases/fake-police-call.zh.md": draft,
                                          "content/cases/fake-police-call.en.md": nil])
            Issue.record("the build did not fail")
        } catch let f as BuildFailure {
            let d = try #require(f.errors.first)
            #expect(d.file == "content/leaflets/summer.yaml" && d.line == 3)
            #expect(d.message.contains("draft"))
        }
    }

    @Test func aCaseMissingInOneLanguageIsPrintedFromTheOtherWithAWarning() throws {
        let extra: [String: String?] = ["content/cases/fake-police-call.en.md": nil]
        let (dir, _, _) = try LeafletFixture.build(extra)
        let en = try pdfText(dir.appendingPathComponent("leaflets/summer.en.pdf"))
        #expect(en.contains("冒充公检法“安全账户”诈骗") && en.contains("公安机关不会通过电话"))
        let warnings = LeafletFixture.warnings(try LeafletFixture.site(extra))
        let w = try #require(warnings.first { $0.message.contains("no `en` version") })
        #expect(w.severity == .warning && w.file == "content/leaflets/summer.yaml" && w.line == 3)
    }

    /// Slips the fifth clerk made that built without a word: a title written once (the English
    /// leaflet printed the Chinese), and an empty case list (a sheet of tips only).
    @Test func aTitleWrittenOnceAndAnEmptyCaseListAreWarnedOf() throws {
        let yaml = "format: a4-trifold\ntitle: 只写中文标题\ncases: []\nstats: 2022-h1\nslogans: all\n"
        let warnings = LeafletFixture.warnings(try LeafletFixture.site(["content/leaflets/summer.yaml": yaml]))
        let title = try #require(warnings.first { $0.message.contains("`title` is written once") })
        #expect(title.severity == .warning && title.file == "content/leaflets/summer.yaml" && title.line == 2)
        #expect(title.message.contains("只写中文标题") && title.fix?.contains("{zh: …, en: …}") == true)
        let cases = try #require(warnings.first { $0.message.contains("`cases: []` lists no case") })
        #expect(cases.line == 3 && cases.fix?.contains("`fake-police-call`") == true)
        // Written per language and with cases, the same leaflet has neither warning.
        let fine = LeafletFixture.warnings(try LeafletFixture.site())
        #expect(!fine.contains { $0.message.contains("written once") || $0.message.contains("lists no case") })
    }

    /// `format: A5` is the A5 letter, whatever the case it is written in.
    @Test func aFormatWrittenInCapitalsIsTheFormat() throws {
        let result = try LeafletFixture.build(["content/leaflets/summer.yaml": "format: A5\ntitle: T\ncases: [fake-police-call]\n"], only: "summer")
        let pdf = try #require(result.files.first { $0.path.hasSuffix("summer.zh.pdf") })
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("leafC-A5-\(UUID().uuidString).pdf")
        try pdf.data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let info = try Tool.run("pdfinfo", ["-box", url.path])
        let box = try #require(info.firstMatch(of: /TrimBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/), "\(info)")
        // 148 × 210 mm.
        #expect(abs(Double(box.3)! - Double(box.1)! - 419.5) < 1 && abs(Double(box.4)! - Double(box.2)! - 595.3) < 1, "\(info)")
    }

    @Test func everyProblemInEveryLeafletIsReportedAtOnce() throws {
        let errors = try failure("format: a4-trifld\ntitle: T\ncases: [nope, fake-police-call]\nslogans: [8]\nextra: 1\n")
        #expect(Set(errors.compactMap(\.line)) == [1, 3, 4, 5])
    }

    /// The overflow error as a clerk reads it: which leaflet, by how much, which side, the case
    /// to shorten, and the ways to make it fit with the line of each; in Chinese, all Chinese.
    @Test func anOverflowingLeafletFailsNamingTheLeafletSideExcessAndTheWaysToFit() throws {
        // A story far longer than an A5 sheet holds.
        let long = String(repeating: "骗子冒充客服，以退款为名诱导受害人开通网贷并转账。", count: 60)
        let page = LeafletFixture.files["content/cases/fake-police-call.zh.md"]!
            .replacingOccurrences(of: "## 警方提示", with: long + "\n\n## 警方提示")
        do {
            _ = try LeafletFixture.build(["content/cases/fake-police-call.zh.md": page,
                                          "content/leaflets/letter.yaml": "format: a5\ntitle: 信\ncases: [fake-police-call]\n"],
                                         only: "letter")
            Issue.record("the build did not fail")
        } catch let f as BuildFailure {
            #expect(f.errors.count == 1) // only Chinese overflows
            let d = try #require(f.errors.first)
            #expect(d.file == "content/leaflets/letter.yaml" && d.line == 3)
            #expect(d.what.english.contains("The Chinese leaflet `letter` is "), "\(d.what.english)")
            #expect(d.what.english.contains("too long for the A5 letter, even with its body text at the smallest size (10.5 pt)"), "\(d.what.english)")
            #expect(d.what.english.contains("the case stories do not fit on the back page."), "\(d.what.english)")
            // No frame names: "(they end in the back page, text)" meant nothing to a clerk.
            #expect(!d.what.english.contains("page,") && !d.what.english.contains("Before them"), "\(d.what.english)")
            let mm = try #require(d.what.english.firstMatch(of: /is (\d+\.\d) mm too long/)).1
            // 60 repetitions × 24 characters, even at the A5's smallest body size: far more than fits.
            #expect(Double(mm)! > 50)
            #expect(d.what.english.contains("`fake-police-call` (content/cases/fake-police-call.zh.md)"), "\(d.what.english)")
            let fix = try #require(d.fix?.english)
            #expect(fix.contains("shorten the case text by about") && fix.contains("`format: a4-trifold` (the A4 tri-fold)") && fix.contains("on line 1"), "\(fix)")
            // In Chinese, no English word is left in (`统计数字, 案例内容 and 标语`, `a4 or a4-trifold`).
            let zh = Starter.messageCatalog(environment: ["BEACON_LANG": "zh"])
            for text in [d.what.text(in: .zh, catalog: zh), d.fix?.text(in: .zh, catalog: zh) ?? ""] {
                let prose = text.replacing(/`[^`]*`|content\/[^\s）)]*\.md|Beacon/, with: "")
                #expect(prose.firstMatch(of: /[A-Za-z]{2,}/) == nil, "\(text)")
            }
        }
    }

    @Test func onlyBuildsTheNamedLeafletAndSuggestsATypo() throws {
        let result = try LeafletFixture.build(only: "summer")
        #expect(result.files.count == 6)
        #expect(result.pages.isEmpty)
        do {
            _ = try LeafletFixture.build(only: "sumer")
            Issue.record("the build did not fail")
        } catch let f as BuildFailure {
            #expect(f.errors.first?.hint?.contains("`summer`") == true)
        }
    }
}
