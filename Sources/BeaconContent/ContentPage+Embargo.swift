import BeaconCore

extension ContentPage {
    /// The day this page may first be published, when that day is still to come: its
    /// `publish_at`, or its `date` when that lies in the future (SPEC §3: a bulletin dated
    /// next week is not news yet, as in Hugo). Nil when the page may be published `today`.
    public func embargo(today: Day) -> Day? {
        let days = [publishAt, date].compactMap { $0 }.filter { $0 > today }
        return days.max()
    }
}
