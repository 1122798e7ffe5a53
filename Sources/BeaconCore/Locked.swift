import Foundation

/// A value shared between threads (the preview server's tasks and its watcher, the message
/// catalogue installed at start-up), behind a lock.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    public func get() -> Value { lock.lock(); defer { lock.unlock() }; return value }

    @discardableResult
    public func update<R>(_ body: (inout Value) -> R) -> R { lock.lock(); defer { lock.unlock() }; return body(&value) }
}
