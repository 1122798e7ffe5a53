import BeaconCore
import Testing

@Suite struct DayTests {
    @Test(arguments: ["2021-02-30", "2021-13-01", "2021-00-10", "2023-02-29", "1900-02-29"])
    func impossibleDatesAreRejected(_ s: String) {
        #expect(Day(iso: s) == nil)
        #expect(Day.hasDateShape(s))
    }

    @Test func leapDayAndOrdering() throws {
        let leap = try #require(Day(iso: "2024-02-29"))
        let next = try #require(Day(iso: "2024-03-01"))
        #expect(leap < next)
        #expect(next.ordinal - leap.ordinal == 1)
        #expect(Day(iso: "1970-01-01")?.ordinal == 0)
    }

    @Test func isoDatesHaveFourDigitYearsAndTwoDigitMonthsAndDays() throws {
        #expect(try #require(Day(year: 7, month: 3, day: 9)).iso == "0007-03-09")
        #expect(try #require(Day(year: 2024, month: 12, day: 31)).iso == "2024-12-31")
        #expect(try #require(Day(year: 9999, month: 10, day: 1)).description == "9999-10-01")
        #expect(try #require(Day(iso: "2019-06-15")).rfc3339 == "2019-06-15T00:00:00Z")
    }
}
