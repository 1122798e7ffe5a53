import BeaconContent
import BeaconCore

/// Writes dates the way each language does, from the theme's strings
/// (`date.format: "{year}年{month}月{day}日"`, `date.months.N`).
struct DateWriter: Sendable {
    let strings: ThemeStrings

    func write(_ day: Day, _ lang: Language) -> String {
        let monthName = strings.string("date.months.\(day.month - 1)", lang)
        return strings.format("date.format", lang, ["year": String(day.year), "month": String(day.month),
                                                         "day": String(day.day), "month_name": monthName])
    }
}
