import BeaconContent
import BeaconCore
@testable import BeaconStats
import Testing

/// The number writing of issue 3's table, in both languages, from the theme's own data.
@Suite struct NumberWritingTests {
    struct Row: Sendable, CustomStringConvertible {
        let value: Int
        let approx: Bool
        let unit: String
        let zh: String
        let en: String
        var description: String { "\(value)\(approx ? "+" : "") \(unit)" }
    }

    static let table: [Row] = [
        Row(value: 0, approx: false, unit: "case", zh: "0起", en: "0 cases"),
        Row(value: 1, approx: false, unit: "case", zh: "1起", en: "1 case"),
        Row(value: 999, approx: false, unit: "case", zh: "999起", en: "999 cases"),
        Row(value: 1000, approx: false, unit: "person", zh: "1000人", en: "1,000 people"),
        Row(value: 9999, approx: false, unit: "person", zh: "9999人", en: "9,999 people"),
        Row(value: 10000, approx: false, unit: "person", zh: "1万人", en: "10,000 people"),
        Row(value: 12_650_000, approx: true, unit: "yuan", zh: "1265万余元", en: "more than 12.65 million yuan"),
        Row(value: 386_000, approx: false, unit: "person", zh: "38.6万人", en: "386,000 people"),
        Row(value: 230_000_000, approx: false, unit: "yuan", zh: "2.3亿元", en: "230 million yuan"),
        Row(value: 44_000_000, approx: true, unit: "yuan", zh: "4400余万元", en: "more than 44 million yuan"),
        Row(value: 44_000_000, approx: false, unit: "yuan", zh: "4400万元", en: "44 million yuan"),
        Row(value: 150_000_000, approx: false, unit: "yuan", zh: "1.5亿元", en: "150 million yuan"),
        Row(value: 345_000_000, approx: false, unit: "yuan", zh: "3.45亿元", en: "345 million yuan"),
        Row(value: 550_000, approx: true, unit: "person", zh: "55万余人", en: "more than 550,000 people"),
        Row(value: 550_000, approx: false, unit: "person", zh: "55万人", en: "550,000 people"),
        Row(value: 1400, approx: true, unit: "warning", zh: "1400余条", en: "more than 1,400 warnings"),
        Row(value: 838, approx: false, unit: "case", zh: "838起", en: "838 cases"),
        Row(value: 1_739_000, approx: false, unit: "case", zh: "173.9万起", en: "1.739 million cases"),
        Row(value: 1_234_500_000, approx: false, unit: "yuan", zh: "123450万元", en: "1,234.5 million yuan"),
        Row(value: 1_000_000, approx: false, unit: "yuan", zh: "100万元", en: "1 million yuan"),
    ]

    @Test(arguments: table)
    func writesFiguresInBothLanguages(_ row: Row) {
        let value = StatNumber(row.value)
        let zh = StatsWriter(SiteLanguage(Language.zh, strings: StatsFixtures.strings))
        let en = StatsWriter(SiteLanguage(Language.en, strings: StatsFixtures.strings))
        #expect(zh.figure(value, approx: row.approx, unit: .known(row.unit)) == row.zh)
        #expect(en.figure(value, approx: row.approx, unit: .known(row.unit)) == row.en)
    }

    @Test func keepsTheSourcePrecisionAndNeverMixesScales() {
        let zh = StatsWriter(SiteLanguage(Language.zh, strings: StatsFixtures.strings))
        // 5,706,600 yuan is 570.66万元, exactly; 12,345 has too many decimals for 万 and stays whole.
        #expect(zh.figure(StatNumber(5_706_600), unit: .known("yuan")) == "570.66万元")
        #expect(zh.figure(StatNumber(12_345), unit: .known("person")) == "12345人")
        #expect(!zh.figure(StatNumber(345_000_000), unit: .known("yuan")).contains("亿4500"))
        #expect(zh.figure(StatNumber(parsing: "958.7")!, unit: .known("yuan")) == "958.7元")
    }

    struct ChangeRow: Sendable, CustomStringConvertible {
        let value: Int, previous: Int, zh: String, en: String
        var description: String { "\(previous)→\(value)" }
    }

    static let changes: [ChangeRow] = [
        ChangeRow(value: 838, previous: 1794, zh: "同比下降53.29%", en: "down 53.29% year on year"),
        ChangeRow(value: 120, previous: 100, zh: "同比上升20.00%", en: "up 20.00% year on year"),
        ChangeRow(value: 1, previous: 3, zh: "同比下降66.67%", en: "down 66.67% year on year"),
        ChangeRow(value: 50, previous: 50, zh: "与去年同期持平", en: "unchanged year on year"),
        ChangeRow(value: 12, previous: 0, zh: "去年同期为0", en: "none in the same period a year before"),
    ]

    @Test(arguments: changes)
    func writesChangesInBothLanguages(_ row: ChangeRow) {
        let m = StatMetric(key: "cases_filed", value: StatNumber(row.value), previous: StatNumber(row.previous), unit: .known("case"))
        #expect(StatsWriter(SiteLanguage(Language.zh, strings: StatsFixtures.strings)).change(m) == row.zh)
        #expect(StatsWriter(SiteLanguage(Language.en, strings: StatsFixtures.strings)).change(m) == row.en)
    }

    @Test func noChangeWithoutPrevious() {
        let m = StatMetric(key: "cases_solved", value: StatNumber(152), unit: .known("case"))
        #expect(StatsWriter(SiteLanguage(Language.zh, strings: StatsFixtures.strings)).change(m) == nil)
    }

    @Test func percentagesRoundHalfUpExactly() {
        // 1/8 = 12.5%; 1/3 = 33.333…%; 2/3 = 66.666…%.
        #expect(StatNumber.percent(StatNumber(1), of: StatNumber(8))?.description == "12.5")
        #expect(StatNumber.percent(StatNumber(1), of: StatNumber(3))?.description == "33.33")
        #expect(StatNumber.percent(StatNumber(2), of: StatNumber(3))?.description == "66.67")
        #expect(StatNumber.percent(StatNumber(1), of: StatNumber(0)) == nil)
        let en = StatsWriter(SiteLanguage(Language.en, strings: StatsFixtures.strings))
        #expect(en.percent(StatNumber.percent(StatNumber(152), of: StatNumber(838))!) == "18.14%")
    }

    @Test(arguments: [("4400万", "44000000"), ("3.45亿", "345000000"), ("4400余万元", "44000000"), ("55万", "550000")])
    func readsWhatAClerkTypedIntoAHint(_ typed: String, _ digits: String) {
        #expect(StatNumber.hint(forTyped: typed).contains("`\(digits)`"))
    }
}

extension NumberWritingTests {
    @Test func absurdlyLongFiguresAreRefusedNotOverflowed() {
        #expect(StatNumber(parsing: "999999999999999") != nil)
        #expect(StatNumber(parsing: "1000000000000000") == nil)
        #expect(StatNumber(parsing: "1.2345") == nil)
        #expect(StatNumber.hint(forTyped: "12345678901234567890").contains("at most 15 digits"))
    }
}
