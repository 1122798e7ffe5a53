import BeaconContent
import BeaconCore
@testable import BeaconStats
import Testing

/// A period without its own label is named from its dates, as a clerk would write it.
@Suite struct PeriodLabelTests {
    static let zh = StatsWriter(SiteLanguage(Language.zh, strings: StatsFixtures.strings))
    static let en = StatsWriter(SiteLanguage(Language.en, strings: StatsFixtures.strings))

    @Test(arguments: [
        ("2022-01-01", "2022-12-31", "2022年", "2022"),
        ("2022-01-01", "2022-06-30", "2022年1月至6月", "January to June 2022"),
        ("2022-10-01", "2022-10-31", "2022年10月", "October 2022"),
        ("2021-07-01", "2022-06-30", "2021年7月至2022年6月", "July 2021 to June 2022"),
    ])
    func aPeriodIsNamedFromItsDates(start: String, end: String, zh: String, en: String) throws {
        let s = try #require(Day(iso: start)), e = try #require(Day(iso: end))
        #expect(Self.zh.derivedLabel(start: s, end: e) == zh)
        #expect(Self.en.derivedLabel(start: s, end: e) == en)
    }
}
