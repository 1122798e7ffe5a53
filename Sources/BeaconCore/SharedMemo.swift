import Foundation

/// Values made once and shared by the threads of a parallel step: the first caller of a key
/// makes its value, later callers get that one. The value is made outside the lock, so two
/// threads may both make it once; the first stored wins.
public final class SharedMemo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    public init() {}

    /// The value for `key`, made by `make` the first time.
    public func value(_ key: Key, make: () -> Value) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let made = make()
        return lock.withLock {
            if let known = values[key] { return known }
            values[key] = made
            return made
        }
    }
}
