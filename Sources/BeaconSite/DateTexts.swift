import BeaconContent
import BeaconCore
import Foundation

/// Dates as each language writes them (`DateWriter`) and in ISO form, made once per day and
/// language: thousands of pages share a few hundred dates, and each writing formats a string
/// from the theme's pattern.
final class DateTexts: @unchecked Sendable {
    let writer: DateWriter
    private let lock = NSLock()
    private var written: [String: [Day: (text: String, iso: String)]] = [:]

    init(writer: DateWriter) { self.writer = writer }

    /// `writer.write(day, lang)` and `day.iso`.
    func texts(_ day: Day, _ lang: Language) -> (text: String, iso: String) {
        if let known = lock.withLock({ written[lang.code]?[day] }) { return known }
        let made = (writer.write(day, lang), day.iso)
        lock.withLock { written[lang.code, default: [:]][day] = made }
        return made
    }
}
