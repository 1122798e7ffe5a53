import BeaconCore
import Foundation

/// One tab's live-reload messages, waiting for its connection thread to write them. The
/// thread blocks in `next()`; the broadcaster posts from whichever thread finished a build.
final class EventMailbox: Sendable {
    private let messages = Locked<(queue: [String], finished: Bool)>(([], false))
    private let ready = DispatchSemaphore(value: 0)
    /// Messages kept when a tab reads slower than builds finish; older ones are dropped.
    private let limit = 16

    /// Adds a message for the tab.
    func post(_ message: String) {
        let added = messages.update { m -> Bool in
            guard !m.finished else { return false }
            m.queue.append(message)
            if m.queue.count > limit { m.queue.removeFirst(m.queue.count - limit) }
            return true
        }
        if added { ready.signal() }
    }

    /// No more messages: `next()` returns nil once the queue is empty.
    func finish() {
        messages.update { $0.finished = true }
        ready.signal()
    }

    /// The next message, waiting for one; nil when the mailbox is finished.
    func next() -> String? {
        while true {
            let (message, finished) = messages.update { m -> (String?, Bool) in
                m.queue.isEmpty ? (nil, m.finished) : (m.queue.removeFirst(), false)
            }
            if let message { return message }
            if finished { ready.signal(); return nil }
            ready.wait()
        }
    }
}
