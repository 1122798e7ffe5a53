import Foundation

/// A calendar date as users write it (`YYYY-MM-DD`), without time zones to go wrong.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil when the numbers do not make a real date (2021-02-30, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// 1 January 2000: the date of what has none, the same in every build (a feed whose pages
    /// are all undated says it was updated then).
    public static let y2000 = Day(known: 2000, 1, 1)

    /// A date known to be real (a literal in the code), so nothing is checked or unwrapped.
    private init(known year: Int, _ month: Int, _ day: Int) {
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// Parses `YYYY-MM-DD` (also accepts a time after it, which is ignored).
    public init?(iso: String) {
        let s = iso.trimmingSpaces()
        let parts = s.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        if s.count > 10 {
            let rest = s.dropFirst(10)
            guard rest.first == "T" || rest.first == " " else { return nil }
        }
        self.init(year: y, month: m, day: d)
    }

    /// True when the text has the shape of a date, even an impossible one; used to tell
    /// "impossible date" from "not a date at all" in messages.
    public static func hasDateShape(_ s: String) -> Bool {
        let t = s.trimmingSpaces()
        return t.range(of: #"^\d{4}-\d{1,2}-\d{1,2}"#, options: .regularExpression) != nil
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Today in the machine's time zone, or `BEACON_TODAY` (YYYY-MM-DD) when set, so tests and
    /// reproducible builds can fix the date that embargoes are compared with.
    public static func today() -> Day {
        if let fixed = ProcessInfo.processInfo.environment["BEACON_TODAY"], let d = Day(iso: fixed) { return d }
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        guard let year = c.year, let month = c.month, let day = c.day, let today = Day(year: year, month: month, day: day) else {
            preconditionFailure("The system calendar gave no date for now: \(c)")
        }
        return today
    }

    /// `YYYY-MM-DD`. The digits are written directly: `String(format:)` took some 20,000
    /// instructions a date through Foundation's formatter, and the sitemap writes one per page.
    public var iso: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
        func digit(_ n: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(truncatingIfNeeded: n % 10) }
        let dash = UInt8(ascii: "-")
        let bytes: [UInt8] = [digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), dash,
                              digit(month / 10), digit(month), dash, digit(day / 10), digit(day)]
        return String(decoding: bytes, as: UTF8.self)
    }

    public var description: String { iso }

    /// RFC 3339 midnight UTC, for Atom feeds and sitemaps.
    public var rfc3339: String { iso + "T00:00:00Z" }

    /// Days since 1970-01-01, for date arithmetic.
    public var ordinal: Int {
        var y = year
        let m = month
        if m <= 2 { y -= 1 }
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
