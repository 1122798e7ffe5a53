import BeaconContent
import BeaconCore
import BeaconStats
import Testing

/// Every inconsistency a stats file can have fails the build, naming the file and the line.
@Suite struct StatsValidationTests {
    /// The only diagnostic of loading `yaml` as `content/stats/<name>`.
    func single(_ yaml: String, name: String = "2021-q1.yaml") throws -> Diagnostic {
        let ds = StatsFixtures.failures([name: yaml])
        try #require(ds.count == 1, "expected one problem, got \(ds.map(\.description))")
        return ds[0]
    }

    @Test func validFileLoads() throws {
        let stats = try StatsFixtures.load(["2021-q1.yaml": StatsFixtures.valid])
        let p = try #require(stats.latest)
        #expect(p.name == "2021-q1")
        #expect(p.metrics.map(\.key) == ["cases_filed", "cases_solved", "funds_frozen"])
        #expect(p.rate("cases_solved")?.description == "20")
        #expect(p.share(of: StatNumber(150))?.description == "50")
        #expect(p.unclassified == StatNumber(50))
    }

    @Test(arguments: [("-5", "cannot be negative"), ("838起", "`cases_solved: 838`"), ("44,000,000", "`cases_solved: 44000000`"), ("4400万", "`cases_solved: 44000000`"), ("many", "in digits")])
    func aValueThatIsNotANonNegativeNumber(_ typed: String, _ hint: String) throws {
        let d = try single(StatsFixtures.valid.replacingOccurrences(of: "cases_solved: 60", with: "cases_solved: \(typed)"))
        #expect(d.file == "content/stats/2021-q1.yaml")
        #expect(d.line == 4)
        #expect(d.message.contains("`metrics.cases_solved` must be a number of zero or more, found `\(typed)`"))
        #expect(d.hint?.contains(hint) == true)
    }

    @Test func aNegativeMonthIsNamedWithItsPosition() throws {
        let d = try single(StatsFixtures.valid.replacingOccurrences(of: "[120, 100, 80]", with: "[120, -100, 80]"))
        #expect(d.line == 7)
        #expect(d.message.contains("`monthly.cases_filed[2]`"))
    }

    /// Cases from earlier years solved this period are real: a warning, and the file loads.
    @Test func solvedGreaterThanFiled() throws {
        let ws = try StatsFixtures.warnings(["2021-q1.yaml": StatsFixtures.valid.replacingOccurrences(of: "cases_solved: 60", with: "cases_solved: 301")])
        let d = try #require(ws.first { $0.message.contains("cases_solved") })
        #expect(d.severity == .warning)
        #expect(d.file == "content/stats/2021-q1.yaml")
        #expect(d.line == 4)
        #expect(d.message.contains("`cases_solved` (301) is greater than `cases_filed` (300)"))
    }

    @Test func unknownFraudTypeSuggestsTheNearest() throws {
        let d = try single(StatsFixtures.valid.replacingOccurrences(of: "  investment: 100", with: "  investmnet: 100"))
        #expect(d.line == 10)
        #expect(d.message.contains("`by_type:` names `investmnet`, which is not a fraud type"))
        #expect(d.hint?.contains("Did you mean `investment`?") == true)
    }

    @Test func monthlyFiguresThatDoNotAddUp() throws {
        let d = try single(StatsFixtures.valid.replacingOccurrences(of: "[120, 100, 80]", with: "[120, 100, 70]"))
        #expect(d.line == 7)
        #expect(d.message.contains("The monthly figures of `cases_filed` add up to 290, not the period's `cases_filed` of 300"))
    }

    @Test func monthlyFiguresForTheWrongNumberOfMonths() throws {
        let d = try single(StatsFixtures.valid.replacingOccurrences(of: "[120, 100, 80]", with: "[120, 180]"))
        #expect(d.line == 7)
        #expect(d.message.contains("has 2 figure(s), but the period 2021-01-01 to 2021-03-31 has 3 month(s)"))
        #expect(d.hint?.contains("from 2021-01 to 2021-03") == true)
    }

    @Test func typesThatAddUpToMoreThanTheCasesFiled() throws {
        let ws = try StatsFixtures.warnings(["2021-q1.yaml": StatsFixtures.valid.replacingOccurrences(of: "task-rebate: 150", with: "task-rebate: 250")])
        let d = try #require(ws.first)
        #expect(ws.count == 1 && d.severity == .warning)
        #expect(d.line == 9)
        #expect(d.message.contains("add up to 350, more than the 300 `cases_filed`"))
    }

    @Test func aPeriodThatEndsBeforeItStarts() throws {
        let d = try single(StatsFixtures.valid.replacingOccurrences(of: "end: 2021-03-31", with: "end: 2020-03-31"))
        #expect(d.line == 1)
        #expect(d.message.contains("The period ends (2020-03-31) before it starts (2021-01-01)"))
    }

    @Test func twoFilesForTheSamePeriod() throws {
        let ds = StatsFixtures.failures(["2021-q1.yaml": StatsFixtures.valid, "first-quarter.yaml": StatsFixtures.valid])
        try #require(ds.count == 1)
        #expect(ds[0].file == "content/stats/first-quarter.yaml")
        #expect(ds[0].message.contains("same period (2021-01-01 to 2021-03-31) as content/stats/2021-q1.yaml"))
    }

    @Test func twoFilesWithTheSameName() throws {
        let other = StatsFixtures.valid.replacingOccurrences(of: "start: 2021-01-01, end: 2021-03-31", with: "start: 2020-01-01, end: 2020-03-31")
        let ds = StatsFixtures.failures(["2021-q1.yaml": StatsFixtures.valid, "old/2021-q1.yaml": other])
        try #require(ds.count == 1)
        #expect(ds[0].message.contains("Two stats files are named `2021-q1`"))
    }

    @Test(arguments: [("metrics:", "metircs:", 2, "Unknown stats key `metircs`", "Did you mean `metrics`?"),
                      ("previous: 400", "previus: 400", 3, "Unknown metric key `previus`", "Did you mean `previous`?"),
                      ("label: {zh", "lable: {zh", 1, "Unknown period key `lable`", "Did you mean `label`?"),
                      ("  cases_solved: 60", "  cases_sovled: 60", 4, "Unknown metric `cases_sovled`", "Did you mean `cases_solved`?")])
    func unknownKeysSuggestTheNearest(_ from: String, _ to: String, _ line: Int, _ message: String, _ hint: String) throws {
        let ds = StatsFixtures.failures(["2021-q1.yaml": StatsFixtures.valid.replacingOccurrences(of: from, with: to)])
        let d = try #require(ds.first { $0.message.contains(message) }, "got \(ds.map(\.description))")
        #expect(d.file == "content/stats/2021-q1.yaml")
        #expect(d.line == line)
        #expect(d.hint?.contains(hint) == true)
    }

    @Test func everyProblemIsReportedTogether() {
        let broken = StatsFixtures.valid
            .replacingOccurrences(of: "cases_solved: 60", with: "cases_solved: -1")
            .replacingOccurrences(of: "investment: 100", with: "investmnet: 100")
            .replacingOccurrences(of: "[120, 100, 80]", with: "[120, 100, 70]")
        #expect(StatsFixtures.failures(["2021-q1.yaml": broken]).count == 3)
    }

    @Test func aMetricOfTheSitesOwnNeedsLabelAndUnit() throws {
        let own = StatsFixtures.valid.replacingOccurrences(of: "  cases_solved: 60",
            with: "  cases_solved: 60\n  apps_removed: {value: 12, label: {zh: 下架涉诈应用, en: Fraud apps removed}, unit: {zh: 个, en: {one: app, other: apps}}}")
        let p = try #require(try StatsFixtures.load(["2021-q1.yaml": own]).latest)
        #expect(p.formatted(metric: "apps_removed", language: SiteLanguage(StatsFixtures.en, strings: StatsFixtures.strings)) == "12 apps")
        #expect(p.formatted(metric: "apps_removed", language: SiteLanguage(StatsFixtures.zh, strings: StatsFixtures.strings)) == "12个")
        #expect(p.label(metric: "apps_removed", language: SiteLanguage(StatsFixtures.zh, strings: StatsFixtures.strings)) == "下架涉诈应用")

        let noUnit = StatsFixtures.valid.replacingOccurrences(of: "  cases_solved: 60",
            with: "  cases_solved: 60\n  apps_removed: {value: 12, label: {zh: 下架涉诈应用, en: Fraud apps removed}}")
        let d = try single(noUnit)
        #expect(d.line == 5)
        #expect(d.message.contains("has no `unit:`"))
    }
}

extension StatsValidationTests {
    static let march = """
        period: {start: 2021-03-01, end: 2021-03-31}
        metrics:
          cases_filed: 80
          cases_solved: 10
        monthly:
          cases_filed: [80]
        """

    @Test func aMonthHasOneFigureInEveryFile() throws {
        let ds = StatsFixtures.failures(["2021-q1.yaml": StatsFixtures.valid, "2021-03.yaml": Self.march.replacingOccurrences(of: "80", with: "81")])
        let d = try #require(ds.first, "got nothing")
        #expect(ds.count == 1)
        #expect(d.file == "content/stats/2021-q1.yaml")
        #expect(d.line == 7)
        #expect(d.message.contains("`monthly.cases_filed` gives 80 for 2021-03, but content/stats/2021-03.yaml gives 81 for the same month"))
    }

    @Test func aPartCannotCountMoreThanTheWhole() throws {
        let ds = StatsFixtures.failures(["2021-q1.yaml": StatsFixtures.valid, "2021-03.yaml": Self.march.replacingOccurrences(of: "cases_solved: 10", with: "cases_solved: 61")])
        let d = try #require(ds.first)
        #expect(ds.count == 1)
        #expect(d.file == "content/stats/2021-03.yaml")
        #expect(d.line == 4)
        #expect(d.message.contains("`cases_solved` is 61 for 2021-03-01 to 2021-03-31, more than the 60 that content/stats/2021-q1.yaml gives"))
    }

    @Test func consistentFilesLoadTogether() throws {
        let stats = try StatsFixtures.load(["2021-q1.yaml": StatsFixtures.valid, "2021-03.yaml": Self.march])
        #expect(stats.periods.map(\.name) == ["2021-03", "2021-q1"])
        #expect(stats.latest?.name == "2021-q1", "the longer period ends last too; ties go by start, then name")
    }
}

extension StatsValidationTests {
    @Test func aWrongValueIsReportedOnceNotAgainWhereTheMetricIsUsed() throws {
        let yaml = StatsFixtures.valid.replacingOccurrences(of: "{value: 300, previous: 400}", with: "{value: 300起, previous: 400}") + "\nheadline: [cases_filed]\n"
        let d = try single(yaml)
        #expect(d.line == 3)
        #expect(d.message.contains("`metrics.cases_filed.value` must be a number"))
    }
}
