import BeaconCore
import Foundation

/// Parsed content files kept between builds of one process (`beacon serve`): a file whose
/// bytes did not change is not parsed again, with the same page and the same problems.
public final class ContentCache: Sendable {
    struct Entry {
        let data: Data
        let page: ContentPage?
        let problems: [Diagnostic]
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var configText: String?
    }

    private let state = Locked(State())

    public init() {}

    func lookup(_ path: String, data: Data) -> Entry? {
        state.update { state in
            guard let e = state.entries[path], e.data == data else { return nil }
            return e
        }
    }

    /// Parsing checks against site.yaml (languages, fraud types): when it changes, start afresh.
    func use(config text: String) {
        state.update { state in
            if state.configText != text { state.entries.removeAll(); state.configText = text }
        }
    }

    func store(_ path: String, _ entry: Entry) {
        state.update { $0.entries[path] = entry }
    }
}
