import Foundation

/// List entries already wrapped for the templates, by page id, shared by the pages that
/// render in parallel.
final class WrappedItems: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Any] = [:]

    /// The value for `id`, made by `make` the first time.
    func value(_ id: String, make: () -> Any) -> Any {
        if let known = lock.withLock({ values[id] }) { return known }
        let made = make()
        return lock.withLock {
            if let known = values[id] { return known }
            values[id] = made
            return made
        }
    }
}
