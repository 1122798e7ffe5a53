import BeaconCore
import Foundation

/// Parsed content files kept between builds of one process (`beacon serve`): a file whose
/// bytes did not change is not parsed again, with the same page and the same problems.
public final class ContentCache: @unchecked Sendable {
    struct Entry {
        let data: Data
        let page: ContentPage?
        let problems: [Diagnostic]
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var configText: String?

    public init() {}

    func lookup(_ path: String, data: Data) -> Entry? {
        lock.lock(); defer { lock.unlock() }
        guard let e = entries[path], e.data == data else { return nil }
        return e
    }

    /// Parsing checks against site.yaml (languages, fraud types): when it changes, start afresh.
    func use(config text: String) {
        lock.lock(); defer { lock.unlock() }
        if configText != text { entries.removeAll(); configText = text }
    }

    func store(_ path: String, _ entry: Entry) {
        lock.lock(); entries[path] = entry; lock.unlock()
    }
}
