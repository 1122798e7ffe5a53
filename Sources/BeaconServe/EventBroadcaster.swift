import BeaconCore
import Foundation

/// The open Server-Sent Events streams, one per browser tab, and the messages sent to all.
final class EventBroadcaster: Sendable {
    private let clients = Locked<[UUID: EventMailbox]>([:])

    /// A new mailbox for one tab, starting with `first` (the current build generation), and
    /// the id to `remove` it by when the tab goes away.
    func subscribe(first: String) -> (UUID, EventMailbox) {
        let id = UUID()
        let mailbox = EventMailbox()
        mailbox.post(first)
        clients.update { $0[id] = mailbox }
        return (id, mailbox)
    }

    /// Sends one message (already in SSE form) to every open tab.
    func send(_ message: String) {
        for c in clients.get().values { c.post(message) }
    }

    /// Ends every stream, so the server can stop without waiting for tabs to go away.
    func finishAll() {
        let all = clients.update { c -> [EventMailbox] in defer { c = [:] }; return Array(c.values) }
        for c in all { c.finish() }
    }

    var count: Int { clients.get().count }

    func remove(_ id: UUID) { clients.update { $0.removeValue(forKey: id) }?.finish() }

    /// `event: build` with the generation as data: tabs reload when it differs from theirs.
    static func buildEvent(_ generation: String) -> String { "event: build\ndata: \(generation)\n\n" }
    /// A comment line: keeps the connection alive and lets a closed tab be noticed.
    static let ping = ": ping\n\n"
}
