import BeaconCore
import BeaconLeaflet

/// One bulletin, case or statistics period in one language, as the share kit hands it on:
/// its group message, and what its poster would show.
public struct ShareItem: Sendable {
    /// The folder under `share/`: `bulletins`, `cases`, `stats`.
    public let section: String
    public let slug: String
    public let language: Language
    public let title: String
    /// The bulletin's or case's date, or the period's last day: the share page sorts by it.
    public let date: Day?
    /// The page's path inside the site, language prefix included: `/en/cases/x/`.
    public let pagePath: String
    /// The plain-text message a grid worker pastes into a group.
    public let message: String
    /// The poster's words; nil for an item too old to get one.
    public var poster: PosterContent?

    /// `share/cases/x.en.txt`
    public var textPath: String { "share/\(section)/\(slug).\(language.code).txt" }
    /// `share/cases/x.en.png`
    public var posterPath: String { "share/\(section)/\(slug).\(language.code).png" }

    /// The order of sections on the share page when dates are equal.
    var sectionRank: Int { ["stats": 0, "bulletins": 1, "cases": 2][section] ?? 3 }

    /// Newest first; then statistics, bulletins, cases; then by slug, so the order is stable.
    static func newestFirst(_ a: ShareItem, _ b: ShareItem) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return (a.sectionRank, a.slug) < (b.sectionRank, b.slug)
        }
    }
}
