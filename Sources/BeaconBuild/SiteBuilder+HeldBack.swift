import BeaconContent
import BeaconCore

extension SiteBuilder {
    /// SPEC §10: drafts and pages whose day has not come are held back, each named in a
    /// warning so a clerk who expected to see it knows why it is not there, and counted for
    /// the build's summary.
    func reportHeldBack(_ site: Site) {
        let today = options.loadOptions.today
        for page in site.withheld.sorted(by: { $0.sourcePath < $1.sourcePath }) {
            if page.draft && !options.drafts {
                state.draftsHeldBack += 1
                state.warnings.add(.warning(page.sourcePath, line: page.keyLines["draft"],
                                            "This page is a draft (`draft: true`), so it is not published.",
                                            hint: "Remove the line `draft: true` when the page is ready; `beacon serve --drafts` previews drafts."))
            } else if let day = page.embargo(today: today) {
                state.embargoedHeldBack += 1
                let key = page.publishAt == day ? "publish_at" : "date"
                state.warnings.add(.warning(page.sourcePath, line: page.keyLines[key],
                                            "This page's `\(key)` is \(day.iso), a day still to come, so it is held back until then.",
                                            hint: "The first build on or after \(day.iso) publishes it; `beacon build --future` publishes it now. If the date is a typing slip, correct it."))
            }
        }
    }
}
