import BeaconContent
import BeaconCore
import Foundation

/// The messages of the last build in this process (`beacon serve`), so a save makes again
/// only the messages of pages it changed: on a site of thousands of pages, putting every page
/// into words again would be most of the share step.
public final class ShareItemCache: Sendable {
    private let items = Locked<[String: (key: Int, item: ShareItem)]>([:])

    public init() {}

    /// The item made for `page` from the same inputs last time, or `make()`'s, kept for next time.
    /// `global` fingerprints what every message depends on (settings, strings, slogans).
    func item(_ page: ContentPage, global: Int, withPoster: Bool, firstParagraph: String?, make: () -> ShareItem) -> ShareItem {
        var h = Hasher()
        h.combine(global)
        h.combine(withPoster)
        h.combine(firstParagraph)
        // The whole page, not a list of the fields a message shows today, so a message that
        // starts showing another field is not left stale; its body reaches a message only as
        // `firstParagraph` (hashing every body on every save would cost more than it saves).
        var shown = page
        shown.body = ""
        h.combine(shown)
        let key = h.finalize()
        if let hit = items.update({ $0[page.id] }), hit.key == key { return hit.item }
        let item = make()
        items.update { $0[page.id] = (key, item) }
        return item
    }
}
