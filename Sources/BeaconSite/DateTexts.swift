import BeaconContent
import BeaconCore

/// Dates as each language writes them (`DateWriter`) and in ISO form, made once per day and
/// language: thousands of pages share a few hundred dates, and each writing formats a string
/// from the theme's pattern.
final class DateTexts: Sendable {
    let writer: DateWriter
    private struct Key: Hashable { let day: Day, language: Language }
    private let written = SharedMemo<Key, (text: String, iso: String)>()

    init(writer: DateWriter) { self.writer = writer }

    /// `writer.write(day, lang)` and `day.iso`.
    func texts(_ day: Day, _ lang: Language) -> (text: String, iso: String) {
        written.value(Key(day: day, language: lang)) { (writer.write(day, lang), day.iso) }
    }
}
