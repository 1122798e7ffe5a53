import FlyingFox
import FlyingSocks
import Foundation

/// One tab's Server-Sent Events body: messages from the broadcaster, as bytes, for as long
/// as the tab stays connected.
struct EventStream: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    /// Unregisters the stream when FlyingFox drops it (the tab closed, a write failed).
    final class Token: Sendable {
        let onDrop: @Sendable () -> Void
        init(_ onDrop: @escaping @Sendable () -> Void) { self.onDrop = onDrop }
        deinit { onDrop() }
    }

    let stream: AsyncStream<String>
    let token: Token

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator(), token: token) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<String>.AsyncIterator
        let token: Token

        mutating func next() async throws -> UInt8? { fatalError("FlyingFox reads whole buffers") }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            guard let message = await base.next() else { return nil }
            return Array(message.utf8)
        }
    }

    /// The HTTP response that streams this body.
    func response() -> HTTPResponse {
        HTTPResponse(statusCode: .ok,
                     headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
                               HTTPHeader("X-Accel-Buffering"): "no"],
                     body: HTTPBodySequence(from: self))
    }
}
