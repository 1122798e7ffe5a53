import Foundation

/// Values made once and shared by the threads of a parallel step: the first caller of a key
/// makes its value, later callers get that one. The value is made outside the lock, so two
/// threads may both make it once; the first stored wins.
public final class SharedMemo<Key: Hashable, Value>: Sendable {
    private let values = Locked<[Key: Value]>([:])

    public init() {}

    /// The value for `key`, made by `make` the first time.
    public func value(_ key: Key, make: () -> Value) -> Value {
        if let known = values.update({ $0[key] }) { return known }
        let made = make()
        return values.update {
            if let known = $0[key] { return known }
            $0[key] = made
            return made
        }
    }
}
