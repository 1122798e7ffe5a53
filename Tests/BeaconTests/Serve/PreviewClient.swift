#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Asks a preview server on `port` for pages the way a browser tab would, on threads of its
/// own: a blocking socket must not hold one of the concurrency pool's threads, which other
/// suites' synchronous builds may be holding too.
///
/// Nothing here measures time. A test waits for events (the server announcing a finished
/// build), never for a fixed time; `patience` only keeps a broken server from hanging the run.
struct PreviewClient: Sendable {
    let port: UInt16

    /// Far longer than any build of a test site takes on a loaded machine.
    static let patience: Duration = .seconds(600)
    static var patienceSeconds: Int { Int(patience.components.seconds) }

    func get(_ target: String, method: String = "GET", host: String = "127.0.0.1") async throws -> RawHTTP.Response {
        let port = self.port
        return try await offPool { try RawHTTP.get(port: port, target, method: method, host: host, timeout: Self.patienceSeconds) }
    }

    /// Asks for `target` until `predicate` holds, asking again after each build the server
    /// announces, as an open tab reloads. Returns the last answer, how long it took, and
    /// whether the predicate held (false only when no build came within `patience`).
    func poll(_ target: String, until predicate: (RawHTTP.Response) -> Bool) async throws -> (RawHTTP.Response, Duration, Bool) {
        let clock = ContinuousClock()
        let start = clock.now
        let events = try await BuildEvents.open(port: port)
        defer { events.close() }
        var last = try await get(target)
        while !predicate(last) {
            guard try await events.next() else { return (last, clock.now - start, false) }
            last = try await get(target)
        }
        return (last, clock.now - start, true)
    }
}

/// A tab's live-reload stream (`/__beacon/events`), read on a thread of its own.
final class BuildEvents: @unchecked Sendable {
    private let fd: Int32
    /// Bytes read and not yet parsed; used by one waiting thread at a time.
    private var pending = Data()
    private var headersRead = false
    private(set) var generation = ""

    private init(fd: Int32) { self.fd = fd }

    /// Connects and reads the generation the server announces first (its current build).
    static func open(port: UInt16) async throws -> BuildEvents {
        try await offPool {
            let fd = try RawHTTP.connect(port: port, timeout: PreviewClient.patienceSeconds)
            RawHTTP.send(fd, "GET /__beacon/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
            let events = BuildEvents(fd: fd)
            guard let first = try events.nextGeneration(until: .now + PreviewClient.patience) else {
                Glibc.close(fd)
                throw RawHTTP.NoAnswer(target: "/__beacon/events", received: 0, timeout: PreviewClient.patienceSeconds)
            }
            events.generation = first
            return events
        }
    }

    /// Waits for a build other than the last one seen; false when none came within `patience`.
    func next() async throws -> Bool {
        try await offPool { [self] in
            let deadline = ContinuousClock.now + PreviewClient.patience
            while let g = try nextGeneration(until: deadline) {
                if g != generation { generation = g; return true }
            }
            return false
        }
    }

    func close() { Glibc.close(fd) }

    /// The generation of the next `event: build` message; nil at the deadline or when the stream ends.
    private func nextGeneration(until deadline: ContinuousClock.Instant) throws -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while ContinuousClock.now < deadline {
            if !headersRead, let end = pending.firstRange(of: Data("\r\n\r\n".utf8)) {
                pending = Data(pending[end.upperBound...])
                headersRead = true
            }
            if headersRead, let end = pending.firstRange(of: Data("\n\n".utf8)) {
                let message = String(decoding: pending[pending.startIndex..<end.lowerBound], as: UTF8.self)
                pending = Data(pending[end.upperBound...])
                if let line = message.split(separator: "\n").first(where: { $0.hasPrefix("data: ") }) { return String(line.dropFirst(6)) }
                continue
            }
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0, errno == EAGAIN || errno == EINTR { continue }
            if n <= 0 { return nil }
            pending.append(contentsOf: buffer[0..<n])
        }
        return nil
    }
}

/// Runs `body` on a new thread and waits for it without holding a concurrency-pool thread.
func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { done in
        let t = Thread { done.resume(with: Result { try body() }) }
        t.start()
    }
}

/// A value set by callbacks on other threads that a test waits on: each change wakes the
/// waiter, so it sees the condition as soon as it holds, without polling.
final class Watched<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func get() -> Value { condition.lock(); defer { condition.unlock() }; return value }

    func update(_ body: (inout Value) -> Void) {
        condition.lock()
        body(&value)
        condition.broadcast()
        condition.unlock()
    }

    /// Waits, off the concurrency pool, until `predicate` holds; false if it still does not
    /// after `PreviewClient.patience`.
    func wait(until predicate: @escaping @Sendable (Value) -> Bool) async -> Bool {
        (try? await offPool { [self] in
            let deadline = Date().addingTimeInterval(TimeInterval(PreviewClient.patienceSeconds))
            condition.lock()
            defer { condition.unlock() }
            while !predicate(value) {
                if !condition.wait(until: deadline) { return predicate(value) }
            }
            return true
        }) ?? false
    }
}
