import BeaconContent
import BeaconCore

/// Writes dates the way each of the site's languages does (`SiteLanguage.date`).
struct DateWriter: Sendable {
    let site: Site

    func write(_ day: Day, _ lang: Language) -> String { site.language(lang).date(day) }
}
