#if canImport(Glibc)
import Glibc
#endif
import BeaconCore
import Foundation

/// The preview's HTTP/1.1 server, on threads of its own: one accepts, one serves each open
/// connection with blocking reads and writes.
///
/// It takes no thread from Swift's concurrency pool, so a busy pool never keeps a page from
/// being answered. Examples of a busy pool: a test suite's synchronous builds, or a long
/// step. A preview has one clerk's browser as client (a few connections), so a thread per
/// connection costs nothing.
final class HTTPListener: Sendable {
    /// The port listened on (the one the system chose for port 0).
    let port: UInt16
    private let fd: Int32
    /// Open connections, to close them on `stop()`; changed only under the lock, with the close.
    private let open = Locked<Set<Int32>>([])
    private let stopped = Locked(false)

    /// Binds `host:port` and listens; throws when the address is taken or cannot be used.
    init(host: String, port: UInt16) throws {
        let six = host.contains(":")
        let fd = socket(six ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var rc: Int32
        if six {
            var addr = sockaddr_in6()
            addr.sin6_family = sa_family_t(AF_INET6)
            addr.sin6_port = port.bigEndian
            guard inet_pton(AF_INET6, host, &addr.sin6_addr) == 1 else { close(fd); throw POSIXError(.EINVAL) }
            rc = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) } }
        } else {
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_port = port.bigEndian
            guard inet_pton(AF_INET, host, &addr.sin_addr) == 1 else { close(fd); throw POSIXError(.EINVAL) }
            rc = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        }
        if rc != 0 || listen(fd, 64) != 0 {
            let code = POSIXErrorCode(rawValue: errno) ?? .EADDRINUSE
            close(fd)
            throw POSIXError(code)
        }
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        let bound = withUnsafePointer(to: &storage) { p -> UInt16 in
            six ? p.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) }
                : p.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
        }
        self.fd = fd
        self.port = bound
    }

    /// Starts accepting; `handle` answers each request on its connection's thread.
    func start(_ handle: @escaping @Sendable (HTTPRequestHead) -> HTTPAnswer) {
        Self.thread("beacon-http-accept") { [self] in acceptLoop(handle) }
    }

    /// Stops accepting and closes every open connection (event streams end when the
    /// broadcaster finishes them).
    func stop() {
        let first = stopped.update { s -> Bool in defer { s = true }; return !s }
        guard first else { return }
        // The accept thread wakes with an error and closes the socket itself.
        shutdown(fd, Int32(SHUT_RDWR))
        open.update { for c in $0 { shutdown(c, Int32(SHUT_RDWR)) } }
    }

    private func acceptLoop(_ handle: @escaping @Sendable (HTTPRequestHead) -> HTTPAnswer) {
        while true {
            let c = accept(fd, nil, nil)
            if c < 0 {
                if errno == EINTR || errno == ECONNABORTED, !stopped.get() { continue }
                break
            }
            let admitted = open.update { o -> Bool in
                guard !stopped.get() else { return false }
                o.insert(c)
                return true
            }
            guard admitted else { close(c); break }
            _ = fcntl(c, F_SETFD, FD_CLOEXEC)
            Self.thread("beacon-http") { [self] in
                serve(c, handle)
                open.update { $0.remove(c); close(c) }
            }
        }
        close(fd)
    }

    private func serve(_ c: Int32, _ handle: @Sendable (HTTPRequestHead) -> HTTPAnswer) {
        // An idle kept-alive connection is closed after 30 s; a tab reconnects by itself.
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(c, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(c, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var yes: Int32 = 1
        setsockopt(c, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
        var pending = Data()
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let blank = Data("\r\n\r\n".utf8)
        while !stopped.get() {
            var end = pending.firstRange(of: blank)
            while end == nil {
                if pending.count > 64 * 1024 {
                    _ = Self.write(c, HTTPAnswer(status: 431, headers: []).head(keepAlive: false))
                    return
                }
                let n = chunk.withUnsafeMutableBytes { recv(c, $0.baseAddress, $0.count, 0) }
                if n <= 0 { return }
                pending.append(contentsOf: chunk[0..<n])
                end = pending.firstRange(of: blank)
            }
            guard let end else { return }
            let head = Data(pending[pending.startIndex..<end.lowerBound])
            pending = Data(pending[end.upperBound...])
            guard let request = HTTPRequestHead.parse(head) else {
                let body = Data("Bad request.\n".utf8)
                _ = Self.write(c, HTTPAnswer(status: 400, headers: [("Content-Type", "text/plain; charset=utf-8")], body: .bytes(body)).head(keepAlive: false) + body)
                return
            }
            // The preview answers only GET and HEAD, which have no body: after a request that
            // sends one, the connection is closed rather than read past it.
            let hasBody = (Int(request.headers["content-length"] ?? "0") ?? 1) != 0 || request.headers["transfer-encoding"] != nil
            let keep = request.keepAlive && !hasBody
            let answer = handle(request)
            switch answer.body {
            case .bytes(let data):
                guard Self.write(c, answer.head(keepAlive: keep) + (request.isHead ? Data() : data)) else { return }
            case .events(let mailbox, let ended):
                defer { ended() }
                guard Self.write(c, answer.head(keepAlive: false)) else { return }
                while let message = mailbox.next() {
                    guard Self.write(c, Data(message.utf8)) else { return }
                }
                return
            }
            if !keep { return }
        }
    }

    /// Writes all of `data`; false when the connection is gone.
    private static func write(_ c: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return true }
            var offset = 0
            while offset < raw.count {
                let n = send(c, base + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
    }

    /// A thread of its own, with room for Cairo and Pango when a poster is drawn on request.
    private static func thread(_ name: String, _ body: @escaping @Sendable () -> Void) {
        let t = Thread(block: body)
        t.name = name
        t.stackSize = 8 << 20
        t.start()
    }
}
