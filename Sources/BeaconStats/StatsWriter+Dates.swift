import BeaconCore
import Foundation

extension StatsWriter {
    /// Short month name for chart axes: `1月`, `Jan`.
    public func monthShort(_ month: Int) -> String { t("months.\(month - 1)") }

    func monthLong(_ month: Int) -> String {
        let long = language.word("stats.month_names.\(month - 1)")
        return long ?? monthShort(month)
    }

    /// `2021年10月31日`, `31 October 2021`.
    public func date(_ d: Day) -> String {
        t("period.date", ["year": String(d.year), "month": String(d.month), "month_name": monthLong(d.month), "day": String(d.day)])
    }

    /// The period's own label in this language, else one made from its dates: `2021年1月至10月`,
    /// `January to October 2021` (never another language's label).
    public func label(_ p: StatsPeriod) -> String {
        if let l = p.label?[language.language] { return l }
        return derivedLabel(start: p.start, end: p.end)
    }

    /// A label from the dates alone; whole months are named as months, other spans by their days.
    public func derivedLabel(start: Day, end: Day) -> String {
        let wholeMonths = start.day == 1 && end.day == Day.daysIn(month: end.month, year: end.year)
        guard wholeMonths else { return t("period.days", ["start": date(start), "end": date(end)]) }
        if start.year == end.year && start.month == end.month {
            return t("period.month", ["year": String(start.year), "month": String(start.month), "month_name": monthLong(start.month)])
        }
        // A calendar year is named as a year (`2022年`, `2022`); a theme without that string says the months.
        if start.year == end.year, start.month == 1, end.month == 12, language.word("stats.period.year") != nil {
            return t("period.year", ["year": String(start.year)])
        }
        let key = start.year == end.year ? "period.same_year" : "period.across_years"
        return t(key, ["year": String(start.year), "start_year": String(start.year), "end_year": String(end.year),
                       "start_month": String(start.month), "end_month": String(end.month),
                       "start_month_name": monthLong(start.month), "end_month_name": monthLong(end.month)])
    }

    /// The same months a year earlier, named in the same style as the period: the period's
    /// own label with its years one earlier (`2021年上半年` → `2020年上半年`, `First half of
    /// 2021` → `First half of 2020`), else a label from the dates (`2020年1月至10月`), or
    /// “the same period a year before”.
    public func previousYearLabel(_ p: StatsPeriod) -> String {
        if let own = p.label?[language.language], let shifted = Self.yearsShifted(own, years: [p.start.year, p.end.year]) { return shifted }
        return previousYearDerivedLabel(p)
    }

    /// `label` with each of `years` written in it (as four digits standing alone) one year
    /// earlier; nil when the label names none of them.
    static func yearsShifted(_ label: String, years: [Int]) -> String? {
        let chars = Array(label)
        var out = "", i = 0, found = false
        while i < chars.count {
            if chars[i].isASCII, chars[i].isNumber {
                var j = i
                while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                let digits = String(chars[i..<j])
                if digits.count == 4, let y = Int(digits), years.contains(y) { out += String(y - 1); found = true } else { out += digits }
                i = j
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return found ? out : nil
    }

    func previousYearDerivedLabel(_ p: StatsPeriod) -> String {
        guard p.isWholeMonths, let s = Day(year: p.start.year - 1, month: p.start.month, day: 1),
              let e = Day(year: p.end.year - 1, month: p.end.month, day: Day.daysIn(month: p.end.month, year: p.end.year - 1))
        else { return t("period.previous_year") }
        return derivedLabel(start: s, end: e)
    }
}
