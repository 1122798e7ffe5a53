import Foundation

/// A value shared between threads (the preview server's tasks and its watcher, the message
/// catalogue installed at start-up, the caches and collectors of the parallel steps), behind a
/// lock: the one lock type in Beacon; a class that needs one keeps its state in a `Locked`.
/// `@unchecked` is safe because `value` is read and written only while `lock` is held.
/// (Synchronization's `Mutex` would need every value and result to be `sending`, which the
/// non-Sendable values some callers keep here are not.)
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    public func get() -> Value { lock.lock(); defer { lock.unlock() }; return value }

    @discardableResult
    public func update<R>(_ body: (inout Value) -> R) -> R { lock.lock(); defer { lock.unlock() }; return body(&value) }
}
