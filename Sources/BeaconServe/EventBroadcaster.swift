import BeaconCore
import Foundation

/// The open Server-Sent Events streams, one per browser tab, and the messages sent to all.
final class EventBroadcaster: Sendable {
    private let clients = Locked<[UUID: AsyncStream<String>.Continuation]>([:])

    /// A new stream for one tab, starting with `first` (the current build generation).
    func subscribe(first: String) -> EventStream {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.yield(first)
        clients.update { $0[id] = continuation }
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        return EventStream(stream: stream, token: EventStream.Token { [weak self] in self?.remove(id) })
    }

    /// Sends one message (already in SSE form) to every open tab.
    func send(_ message: String) {
        for c in clients.get().values { c.yield(message) }
    }

    /// Ends every stream, so the server can stop without waiting for tabs to go away.
    func finishAll() {
        let all = clients.update { c -> [AsyncStream<String>.Continuation] in defer { c = [:] }; return Array(c.values) }
        for c in all { c.finish() }
    }

    var count: Int { clients.get().count }

    private func remove(_ id: UUID) { clients.update { $0[id] = nil } }

    /// `event: build` with the generation as data: tabs reload when it differs from theirs.
    static func buildEvent(_ generation: String) -> String { "event: build\ndata: \(generation)\n\n" }
    /// A comment line: keeps the connection alive and lets a closed tab be noticed.
    static let ping = ": ping\n\n"
}
