import BeaconBuild
import BeaconCore
import BeaconStarter
import Foundation
import Testing

/// The slips clerks really make (issue 12, points 6–9): each is written into a fixture site,
/// the build is refused (or warns) with the exact message in English and in Chinese, on the
/// line of the slip, and `public/` is left exactly as the last good build made it.
@Suite struct ClerkMistakeTests {
    static let zh = Starter.messageCatalog(environment: ["BEACON_LANG": "zh"])

    static let stats = """
        period: {start: 2023-01-01, end: 2023-06-30, label: {zh: 2023年上半年, en: First half of 2023}}
        metrics:
          cases_filed: {value: 300, previous: 400}
          cases_solved: {value: 60}
          funds_frozen: {value: 3150000, approx: true}
        by_type:
          task-rebate: 200
          impersonate-police: 100
        """

    static let files: [String: String] = [
        "content/bulletins/june.zh.md": page("title: 六月警情通报\ndate: 2023-06-30\namount: 1250000",
                                             "上半年立案{{< stat cases_filed >}}，{{< stat cases_filed change >}}，冻结资金{{< stat funds_frozen >}}。"),
        "content/cases/refund.zh.md": page("title: 冒充客服退款\ndate: 2023-05-02\nfraud_type: impersonate-police\nloss: 38600", "正文。"),
        "content/stats/2023-h1.yaml": stats,
        "content/slogans.yaml": "- {zh: 不听不信不转账, en: \"Don't listen, don't believe, don't transfer\"}\n",
        "content/leaflets/notice.yaml": "format: a5\ntitle: {zh: 通告, en: Notice}\nslogans: [1]\ndate: 2023-07-01\n",
    ]

    /// Builds the good site, then with `path` changed by `edit`; returns the one error of the
    /// second build and checks that `public/` did not change.
    func refused(_ path: String, _ edit: (String) -> String) throws -> Diagnostic {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        let before = try site.snapshot()
        let original = path == "site.yaml" ? TestSite.minimalConfig : try #require(Self.files[path])
        let changed = edit(original)
        try #require(changed != original, "the edit changed nothing")
        try site.write(path, changed)
        let problems = site.failures().filter { $0.severity == .error }
        #expect(try site.snapshot() == before, "a refused build changed public/")
        try #require(problems.count == 1, "expected one error, got \(problems.map(\.description))")
        return problems[0]
    }

    func chinese(_ m: Message?) -> String? { m?.text(in: .zh, catalog: Self.zh) }

    // MARK: 6. Full-width colon and tabs

    @Test(arguments: [
        ("content/bulletins/june.zh.md", "title: 六月", "title：六月", 2),
        ("site.yaml", "title: {zh:", "title：{zh:", 1),
        ("content/stats/2023-h1.yaml", "  cases_solved: {value: 60}", "  cases_solved：{value: 60}", 4),
        ("content/leaflets/notice.yaml", "title: {zh: 通告", "title：{zh: 通告", 2),
        ("content/leaflets/notice.yaml", "title: {zh: 通告, en: Notice}", "title: {zh: 通告, en：Notice}", 2),
    ])
    func aFullWidthColonIsNamedOnItsLine(_ path: String, _ find: String, _ replace: String, _ line: Int) throws {
        let d = try refused(path) { $0.replacingOccurrences(of: find, with: replace) }
        let before = replace[..<replace.firstIndex(of: "：")!]
        let key = before.split(whereSeparator: { " {,".contains($0) }).last.map(String.init) ?? ""
        #expect(d.file == path)
        #expect(d.line == line)
        #expect(d.column == replace.distance(from: replace.startIndex, to: replace.firstIndex(of: "：")!) + 1)
        #expect(d.what.english == "`\(key)` is followed by a full-width colon `：` (typed in Chinese input mode), so YAML does not see a setting here.")
        #expect(chinese(d.what) == "`\(key)` 后面是全角冒号“：”（中文输入法打出的冒号），所以这一行不是一项设置。")
        #expect(chinese(d.fix) == "把全角冒号“：”改成半角冒号 `:`，冒号后面加一个空格：`\(key): …`。输入冒号前先把输入法切换到英文（半角）。")
    }

    @Test func aFullWidthColonInsideAValueIsText() throws {
        let site = try TestSite(Self.files.merging(["content/bulletins/june.zh.md": page("title: {zh: \"通报, 六月：一\", en: \"June, part：one\"}\ndate: 2023-06-30\nsummary: |\n  提示：请注意\n  note：原文\ntags: [a：b, 提示：注意]\nled: 注意：a, b：c")]) { $1 })
        defer { site.remove() }
        try site.build()
    }

    @Test func aTabIndentIsNamedOnItsLine() throws {
        let d = try refused("content/stats/2023-h1.yaml") { $0.replacingOccurrences(of: "  cases_solved:", with: "\tcases_solved:") }
        #expect(d.line == 4 && d.column == 1)
        #expect(d.what.english == "This line is indented with a tab. YAML only accepts spaces for indentation.")
        #expect(chinese(d.what) == "这一行开头用了制表符（Tab 键）缩进。设置文件只能用空格缩进。")
        #expect(chinese(d.fix) == "删掉行首的制表符，改用空格缩进，和上面同一层的行对齐（每一层两个空格）。")
    }

    // MARK: 7. Figures typed as in a spreadsheet

    struct Typed: Sendable, CustomStringConvertible {
        let path: String, find: String, replace: String, line: Int, what: String, fix: String, fixZH: String
        var description: String { replace }
    }

    static let typed: [Typed] = [
        Typed(path: "content/stats/2023-h1.yaml", find: "cases_solved: {value: 60}", replace: "cases_solved: {value: \"3,260万元\"}", line: 4,
              what: "`metrics.cases_solved.value` must be a number of zero or more, found `3,260万元`.",
              fix: "Write the digits only: `value: 32600000`. Beacon writes 万, 亿 and the unit itself.",
              fixZH: "只写数字：`value: 32600000`。万、亿和单位由 Beacon 自动写出。"),
        Typed(path: "content/stats/2023-h1.yaml", find: "funds_frozen: {value: 3150000, approx: true}", replace: "funds_frozen: {value: 32,600,000}", line: 5,
              what: "`32,600,000` is written with thousands separators; inside `{…}` YAML reads each comma as the end of the value, so only `32` would be kept.",
              fix: "Write the digits only: `32600000`. Beacon writes 万, 亿 and the separators itself.",
              fixZH: "只写数字，不要逗号：`32600000`。万、亿和分隔符由 Beacon 自动写出。"),
        Typed(path: "content/stats/2023-h1.yaml", find: "funds_frozen: {value: 3150000, approx: true}", replace: "funds_frozen: {value: 3,260万元}", line: 5,
              what: "`3,260万元` is written with a comma; inside `{…}` YAML reads each comma as the end of the value, so only `3` would be kept.",
              fix: "Write the digits only: `{value: 32600000}`. Beacon writes 万, 亿, the unit and the separators itself.",
              fixZH: "只写数字：`{value: 32600000}`。万、亿、单位和分隔符由 Beacon 自动写出。"),
        Typed(path: "content/stats/2023-h1.yaml", find: "funds_frozen: {value: 3150000, approx: true}", replace: "funds_frozen: {value: 4,400余万元, approx: true}", line: 5,
              what: "`4,400余万元` is written with a comma; inside `{…}` YAML reads each comma as the end of the value, so only `4` would be kept.",
              fix: "Write the digits only, with `approx: true` for 余 (more than): `{value: 44000000, approx: true}`. Beacon writes 万, 亿, 余, the unit and the separators itself.",
              fixZH: "只写数字，再用 `approx: true` 表示“余”：`{value: 44000000, approx: true}`。万、亿、余、单位和分隔符由 Beacon 自动写出。"),
        Typed(path: "content/stats/2023-h1.yaml", find: "funds_frozen: {value: 3150000, approx: true}", replace: "funds_frozen:\n    value: 32,600,000", line: 6,
              what: "`metrics.funds_frozen.value` must be a number of zero or more, found `32,600,000`.",
              fix: "Write the digits only: `value: 32600000`. Beacon writes 万, 亿 and the unit itself.",
              fixZH: "只写数字：`value: 32600000`。万、亿和单位由 Beacon 自动写出。"),
        Typed(path: "content/stats/2023-h1.yaml", find: "funds_frozen: {value: 3150000, approx: true}", replace: "funds_frozen: {value: 4400余万}", line: 5,
              what: "`metrics.funds_frozen.value` must be a number of zero or more, found `4400余万`.",
              fix: "Write the digits only, `value: 44000000`, and add `approx: true` for 余 (more than). Beacon writes 万, 亿, 余 and the unit itself.",
              fixZH: "只写数字：`value: 44000000`，再加一项 `approx: true` 表示“余”。万、亿、余和单位由 Beacon 自动写出。"),
        Typed(path: "content/stats/2023-h1.yaml", find: "funds_frozen: {value: 3150000, approx: true}", replace: "funds_frozen: 4400余万元", line: 5,
              what: "`metrics.funds_frozen` must be a number of zero or more, found `4400余万元`.",
              fix: "Write `funds_frozen: {value: 44000000, approx: true}`: the digits, with `approx: true` for 余 (more than). Beacon writes 万, 亿, 余 and the unit itself.",
              fixZH: "写成 `funds_frozen: {value: 44000000, approx: true}`：只写数字，`approx: true` 表示“余”。万、亿、余和单位由 Beacon 自动写出。"),
        Typed(path: "content/cases/refund.zh.md", find: "loss: 38600", replace: "loss: 3.86万元", line: 5,
              what: "`loss` must be a whole number, found `3.86万元`.",
              fix: "Write the digits only: `loss: 38600`. Beacon writes 万, 亿 and the unit itself.",
              fixZH: "只写数字：`loss: 38600`。万、亿和单位由 Beacon 自动写出。"),
        Typed(path: "content/cases/refund.zh.md", find: "loss: 38600", replace: "loss: 3万余元", line: 5,
              what: "`loss` must be a whole number, found `3万余元`.",
              fix: "Write the digits only: `loss: 30000`. This figure cannot be marked 余 (more than): give the exact figure.",
              fixZH: "只写数字：`loss: 30000`。这一项不能标“余”，请填写准确数字。"),
        Typed(path: "content/bulletins/june.zh.md", find: "amount: 1250000", replace: "amount: 125,0000", line: 4,
              what: "`amount` must be a whole number, found `125,0000`.",
              fix: "Write the digits only: `amount: 1250000`. Beacon writes 万, 亿 and the unit itself.",
              fixZH: "只写数字：`amount: 1250000`。万、亿和单位由 Beacon 自动写出。"),
    ]

    @Test(arguments: typed)
    func aSpreadsheetFigureGetsTheExactDigits(_ t: Typed) throws {
        let d = try refused(t.path) { $0.replacingOccurrences(of: t.find, with: t.replace) }
        #expect(d.file == t.path)
        #expect(d.line == t.line)
        #expect(d.what.english == t.what)
        #expect(d.fix?.english == t.fix)
        #expect(chinese(d.fix) == t.fixZH)
        #expect(!d.what.english.contains("Unknown metric"))
    }

    @Test(arguments: [("3,260万元", "32600000", false), ("32,600,000", "32600000", false), ("4400余万", "44000000", true),
                      ("3.86万元", "38600", false), ("315万余元", "3150000", true), ("1.5亿", "150000000", false),
                      ("８３８起", "838", false), ("12.345万", "123450", false), ("0.5万人", "5000", false)])
    func typedFiguresReadBackExactly(_ typed: String, _ digits: String, _ approx: Bool) throws {
        let t = try #require(TypedFigure(typed))
        #expect(t.digits == digits && t.approx == approx)
    }

    @Test func anAmountWithYuGetsTheApproxForm() throws {
        let d = try refused("content/bulletins/june.zh.md") { $0.replacingOccurrences(of: "amount: 1250000", with: "amount: 4400余万") }
        #expect(d.line == 4)
        #expect(d.fix?.english == "Write `amount: {value: 44000000, approx: true}`: the digits, with `approx: true` for 余 (more than). Beacon writes 万, 亿, 余 and the unit itself.")
    }

    // MARK: 8. Dates

    @Test(arguments: ["2023-6-20", "2023/6/20", "2023年6月20日", "2023.06.20"])
    func aDateWithoutLeadingZerosSuggestsTheWrittenForm(_ typed: String) throws {
        let d = try refused("content/cases/refund.zh.md") { $0.replacingOccurrences(of: "date: 2023-05-02", with: "date: \(typed)") }
        #expect(d.line == 3)
        #expect(d.what.english == "`date` must be written `YYYY-MM-DD`, with two digits for the month and the day, found `\(typed)`.")
        #expect(d.fix?.english == "Write `date: 2023-06-20`.")
        #expect(chinese(d.what) == "`date` 要写成 `YYYY-MM-DD`，月和日都写两位数，现在是 `\(typed)`。")
    }

    @Test func anImpossibleDateIsStillCalledSo() throws {
        let d = try refused("content/cases/refund.zh.md") { $0.replacingOccurrences(of: "date: 2023-05-02", with: "date: 2023-2-30") }
        #expect(d.what.english.contains("does not exist in the calendar"))
    }

    // MARK: 9. Names

    @Test(arguments: [("prosecuted", "Did you mean `suspects_prosecuted`?"), ("cases_filled", "Did you mean `cases_filed`?"),
                      ("frozen", "Did you mean one of `accounts_frozen`, `funds_frozen`?")])
    func anUnknownMetricSuggestsTheNearest(_ typed: String, _ suggestion: String) throws {
        let d = try refused("content/stats/2023-h1.yaml") { $0.replacingOccurrences(of: "  cases_solved: {value: 60}", with: "  cases_solved: {value: 60}\n  \(typed): {value: 5}") }
        #expect(d.line == 5)
        #expect(d.what.english == "Unknown metric `\(typed)`.")
        #expect(d.fix?.english.hasPrefix(suggestion) == true, "\(d.fix?.english ?? "")")
    }

    @Test func anUnknownFraudTypeListsTheKeysWithTheirChineseLabels() throws {
        let d = try refused("content/cases/refund.zh.md") { $0.replacingOccurrences(of: "fraud_type: impersonate-police", with: "fraud_type: 冒充公检法") }
        #expect(d.line == 4)
        #expect(d.what.english == "Unknown fraud type `冒充公检法`.")
        #expect(d.fix?.english == "The site's fraud types: `task-rebate` (刷单返利), `impersonate-police` (冒充公检法). They are listed under `fraud_types:` in site.yaml.")
        #expect(chinese(d.fix) == "本网站的诈骗类型有：`task-rebate` (刷单返利), `impersonate-police` (冒充公检法)。它们列在 site.yaml 的 `fraud_types:` 下。")
        let stats = try refused("content/stats/2023-h1.yaml") { $0.replacingOccurrences(of: "  task-rebate: 200", with: "  task-rebat: 200") }
        #expect(stats.fix?.english.hasPrefix("Did you mean `task-rebate`? The site's fraud types: `task-rebate` (刷单返利)") == true)
    }

    // MARK: Statistics

    func warnings(_ edit: (String) -> String) throws -> [Diagnostic] {
        let site = try TestSite(Self.files.merging(["content/stats/2023-h1.yaml": edit(Self.stats)]) { $1 })
        defer { site.remove() }
        return try site.build().warnings.filter { $0.file == "content/stats/2023-h1.yaml" }
    }

    @Test func solvedMoreThanFiledIsAWarning() throws {
        let ws = try warnings { $0.replacingOccurrences(of: "cases_solved: {value: 60}", with: "cases_solved: {value: 310}") }
        try #require(ws.count == 1)
        #expect(ws[0].line == 4)
        #expect(ws[0].what.english == "`cases_solved` (310) is greater than `cases_filed` (300). This happens when cases filed in earlier years are solved in this period; the clearance rate would read over 100%.")
    }

    @Test(arguments: [("task-rebate: 200", "task-rebate: 150", "add up to 250, not the 300"), ("task-rebate: 200", "task-rebate: 250", "add up to 350, more than the 300")])
    func typesThatDoNotAddUpAreAWarning(_ find: String, _ replace: String, _ says: String) throws {
        let ws = try warnings { $0.replacingOccurrences(of: find, with: replace) }
        try #require(ws.count == 1)
        #expect(ws[0].line == 7)
        #expect(ws[0].what.english.contains(says))
    }

    @Test func anApproximateFigureReadsWithYuAndProseHasNoArrow() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        let html = try site.read("bulletins/june/index.html")
        #expect(html.contains("冻结资金<data class=\"stat\" value=\"3150000\">315万余元</data>"))
        #expect(html.contains("<span class=\"stat-change stat-change-down\">同比下降25.00%</span>"))
        // The arrows are drawn by CSS for the cards and figure lists only, never for the prose span.
        let css = try site.read("assets/css/stats.css")
        let arrowRules = css.split(separator: "\n").filter { $0.contains("▼") || $0.contains("▲") }
        #expect(arrowRules.count == 2)
        for rule in arrowRules {
            for selector in rule.prefix { $0 != "{" }.split(separator: ",") {
                #expect(selector.contains("stat-card-change") || selector.contains(".stat-figure "), "\(selector)")
            }
        }
        let page = try site.read("stats/index.html")
        #expect(page.contains("315</b>万余元") || page.contains("315<"), "the card shows the approximate figure")
    }
}
