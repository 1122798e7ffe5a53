#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A deliberately plain HTTP/1.1 client over a POSIX socket, so tests can send request
/// targets (`/../x`, `/%2e%2e/x`) exactly as written, which URL types would tidy up.
struct RawHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    static func connect(port: UInt16, timeout: Int = 30) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var tv = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = port.bigEndian
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else { close(fd); throw POSIXError(.ECONNREFUSED) }
        return fd
    }

    static func send(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Sends `GET target` with `Connection: close` and reads the whole answer.
    static func get(port: UInt16, _ target: String, method: String = "GET", host: String = "127.0.0.1", timeout: Int = 60) throws -> Response {
        let fd = try connect(port: port, timeout: timeout)
        defer { close(fd) }
        send(fd, "\(method) \(target) HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: close\r\n\r\n")
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
            if let r = parse(data), method == "HEAD" || r.body.count >= Int(r.headers["content-length"] ?? "-1") ?? Int.max { return r }
        }
        guard let r = parse(data) else { throw NoAnswer(target: target, received: data.count, timeout: timeout) }
        return r
    }

    /// The server closed the connection, or said nothing for `timeout` seconds, before a whole answer came.
    struct NoAnswer: Error, CustomStringConvertible {
        let target: String, received: Int, timeout: Int
        var description: String { "no complete answer for \(target) (\(received) bytes before the connection closed or \(timeout) s passed)" }
    }

    static func parse(_ data: Data) -> Response? {
        guard let end = data.firstRange(of: Data("\r\n\r\n".utf8)) else { return nil }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = head.first, statusLine.split(separator: " ").count >= 2,
              let status = Int(statusLine.split(separator: " ")[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: Data(data[end.upperBound...]))
    }
}
