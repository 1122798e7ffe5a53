import BeaconContent
import BeaconCore
import BeaconStats
import Testing

/// `{{< stat … >}}` and `{{< chart … >}}` as the Markdown renderer calls them.
@Suite struct StatsShortcodeTests {
    let stats: StatsCollection

    init() throws { stats = try StatsFixtures.sample() }

    func render(_ name: String, _ args: [String], _ options: [String: String] = [:], _ language: Language = StatsFixtures.zh) throws -> String {
        try stats.renderShortcode(name: name, arguments: args, options: options, language: SiteLanguage(language, strings: StatsFixtures.strings))
    }

    func failure(_ name: String, _ args: [String], _ options: [String: String] = [:]) -> Diagnostic? {
        do { _ = try render(name, args, options); return nil } catch let d as Diagnostic { return d } catch { return nil }
    }

    @Test(arguments: [
        (["cases_filed"], "zh", "<data class=\"stat\" value=\"838\">838起</data>"),
        (["cases_filed"], "en", "<data class=\"stat\" value=\"838\">838 cases</data>"),
        (["funds_frozen"], "zh", "<data class=\"stat\" value=\"44000000\">4400余万元</data>"),
        (["funds_frozen"], "en", "<data class=\"stat\" value=\"44000000\">more than 44 million yuan</data>"),
        (["cases_filed", "change"], "zh", "<span class=\"stat-change stat-change-down\">同比下降53.29%</span>"),
        (["cases_filed", "change"], "en", "<span class=\"stat-change stat-change-down\">down 53.29% year on year</span>"),
        (["cases_solved", "rate"], "zh", "<span class=\"stat-rate\">18.14%</span>"),
        (["cases_filed", "previous"], "en", "<data class=\"stat stat-previous\" value=\"1794\">1,794 cases</data>"),
        (["people_protected", "label"], "zh", "守护群众"),
    ])
    func statShortcodes(_ args: [String], _ code: String, _ expected: String) throws {
        #expect(try render("stat", args, [:], code == "zh" ? StatsFixtures.zh : StatsFixtures.en) == expected)
    }

    @Test func aNamedPeriodInsteadOfTheLatest() throws {
        #expect(try render("stat", ["cases_filed"], ["period": "2021-h1"]) == "<data class=\"stat\" value=\"586\">586起</data>")
        #expect(try render("chart", ["by_type"], ["period": "2021-h1"]).contains("2021年上半年"))
    }

    @Test func unknownMetricNamesTheNearest() throws {
        let d = try #require(failure("stat", ["cases_filled"]))
        #expect(d.file == nil && d.line == nil)
        #expect(d.message.contains("have no metric `cases_filled`"))
        #expect(d.message.contains("content/stats/2021-10.yaml"))
        #expect(d.hint?.contains("Did you mean `cases_filed`?") == true)
    }

    @Test func unknownPeriodNamesTheNearest() throws {
        let d = try #require(failure("stat", ["cases_filed"], ["period": "2021-h2"]))
        #expect(d.message.contains("There is no statistics period `2021-h2`"))
        #expect(d.hint?.contains("Did you mean `2021-h1`?") == true)
    }

    @Test func unknownChartNamesTheNearest() throws {
        let d = try #require(failure("chart", ["monthly.cases_filled"]))
        #expect(d.message.contains("cannot draw the chart `monthly.cases_filled`"))
        #expect(d.hint?.contains("Did you mean `monthly.cases_filed`?") == true)
        let noMonths = try #require(failure("chart", ["monthly.funds_frozen"]))
        #expect(noMonths.hint?.contains("needs the metric under `monthly:`") == true)
    }

    @Test func changeWithoutPreviousAndRateWhereNoneApplies() throws {
        let change = try #require(failure("stat", ["cases_solved", "change"]))
        #expect(change.message.contains("`cases_solved` has no year-before figure in content/stats/2021-10.yaml"))
        #expect(change.hint?.contains("Add `previous:`") == true)
        let rate = try #require(failure("stat", ["funds_frozen", "rate"]))
        #expect(rate.message.contains("There is no rate for `funds_frozen`"))
        let form = try #require(failure("stat", ["cases_filed", "chagne"]))
        #expect(form.hint?.contains("Did you mean `change`?") == true)
        let option = try #require(failure("stat", ["cases_filed"], ["perod": "2021-h1"]))
        #expect(option.message.contains("has no option `perod`"))
    }

    @Test func withoutStatisticsAShortcodeSaysSo() throws {
        let empty = try StatsFixtures.load([:])
        #expect(throws: Diagnostic.self) {
            try empty.renderShortcode(name: "stat", arguments: ["cases_filed"], options: [:], language: SiteLanguage(StatsFixtures.zh, strings: StatsFixtures.strings))
        }
    }

    @Test func theApiForLEDAndLeafletsWritesTheSameFigures() throws {
        let latest = try #require(stats.latest)
        #expect(latest.name == "2021-10")
        #expect(latest.formatted(metric: "people_protected", language: SiteLanguage(StatsFixtures.zh, strings: StatsFixtures.strings)) == "55万余人")
        #expect(latest.formatted(metric: "people_protected", language: SiteLanguage(StatsFixtures.en, strings: StatsFixtures.strings)) == "more than 550,000 people")
        #expect(latest.formattedChange(metric: "cases_filed", language: SiteLanguage(StatsFixtures.zh, strings: StatsFixtures.strings)) == "同比下降53.29%")
        #expect(latest.formattedRate(metric: "cases_solved", language: SiteLanguage(StatsFixtures.en, strings: StatsFixtures.strings)) == "18.14%")
        #expect(latest.formatted(metric: "nope", language: SiteLanguage(StatsFixtures.en, strings: StatsFixtures.strings)) == nil)
    }

    @Test func sampleMonthlyAndTypeFiguresAddUp() throws {
        for period in stats.periods {
            for (key, months) in period.monthly { #expect(months.reduce(StatNumber(0), +) == period.metric(key)?.value) }
            #expect(period.unclassified.isZero, "\(period.name): by_type adds up to cases_filed")
        }
    }
}

extension StatsShortcodeTests {
    @Test func headlineSentencesForLEDBoards() throws {
        let latest = try #require(stats.latest)
        let zh = latest.headlineSentences(language: SiteLanguage(StatsFixtures.zh, strings: StatsFixtures.strings))
        #expect(zh.first == "2021年1月至10月，立电诈刑事案件838起，同比下降53.29%")
        #expect(zh.contains("2021年1月至10月，冻结涉案资金4400余万元"))
        let en = latest.headlineSentences(language: SiteLanguage(StatsFixtures.en, strings: StatsFixtures.strings))
        #expect(en.first == "January to October 2021. Cases recorded by police: 838, down 53.29% year on year")
    }
}
