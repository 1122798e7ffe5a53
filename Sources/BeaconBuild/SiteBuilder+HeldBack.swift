import BeaconContent
import BeaconCore

/// SPEC §10: drafts and pages whose day has not come are held back, each named in a warning
/// so a clerk who expected to see it knows why it is not there, and counted for the build's
/// summary.
struct HeldBack: Sendable {
    var drafts = 0
    var embargoed = 0
    var warnings: [Diagnostic] = []

    static func report(_ site: Site, _ load: LoadOptions) -> HeldBack {
        var out = HeldBack()
        let today = load.today
        let originals = Dictionary(site.withheld.filter { $0.language.isDefault }.map { ($0.translationKey, $0) }) { a, _ in a }
        for page in site.withheld.sorted(by: { $0.sourcePath < $1.sourcePath }) {
            if !page.language.isDefault, let original = originals[page.translationKey],
               !(page.draft && !load.drafts), load.future || page.embargo(today: today) == nil {
                out.following(page, original: original, today: today, load: load)
            } else if page.draft && !load.drafts {
                out.drafts += 1
                out.warnings.append(.warning(page.sourcePath, line: page.keyLines["draft"],
                                             "This page is a draft (`draft: true`), so it is not published.",
                                             hint: "Remove the line `draft: true` when the page is ready; `beacon serve --drafts` previews drafts."))
            } else if let day = page.embargo(today: today) {
                out.embargoed += 1
                let key = page.publishAt == day ? "publish_at" : "date"
                out.warnings.append(.warning(page.sourcePath, line: page.keyLines[key],
                                             "This page's `\(key)` is \(day.iso), a day still to come, so it is held back until then.",
                                             hint: "The first build on or after \(day.iso) publishes it; `beacon build --future` publishes it now. If the date is a typing slip, correct it."))
            }
        }
        return out
    }

    /// A translation held back only because its default-language original is: named with the
    /// original and the reason, and counted with that reason.
    private mutating func following(_ page: ContentPage, original: ContentPage, today: Day, load: LoadOptions) {
        if original.draft && !load.drafts {
            drafts += 1
            warnings.append(.warning(page.sourcePath, line: nil,
                                     "This translation is held back because its Chinese original \(original.sourcePath) is a draft (`draft: true`).",
                                     hint: "It is published together with its original: remove `draft: true` from \(original.sourcePath) when both are ready."))
        } else {
            embargoed += 1
            let day = original.embargo(today: today)
            let key = day != nil && original.publishAt == day ? "publish_at" : "date"
            warnings.append(.warning(page.sourcePath, line: nil,
                                     "This translation is held back because its Chinese original \(original.sourcePath) has a `\(key)` still to come (\(day?.iso ?? "")).",
                                     hint: "It is published together with its original, on the first build on or after that day; `beacon build --future` publishes both now."))
        }
    }
}
