import Foundation

/// One request as the preview reads it: GET or HEAD of a path, with its headers.
struct HTTPRequestHead: Sendable {
    var method: String
    /// The request target exactly as sent (`/cases/x/?v=1`, `/%2e%2e/x`); `SafePath` decides what it means.
    var target: String
    /// Header names in lower case.
    var headers: [String: String]
    var version: String

    /// The target without its query.
    var path: String { String(target.prefix { $0 != "?" }) }
    /// The query after `?`, or "".
    var query: String { target.firstIndex(of: "?").map { String(target[target.index(after: $0)...]) } ?? "" }
    var isHead: Bool { method == "HEAD" }

    /// True when the client asked to keep the connection open (HTTP/1.1 unless `Connection: close`).
    var keepAlive: Bool {
        let connection = headers["connection"]?.lowercased() ?? ""
        return version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive")
    }

    /// Parses the head of a request (the bytes before the blank line); nil when it is not HTTP.
    static func parse(_ head: Data) -> HTTPRequestHead? {
        let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")
        guard let first = lines.first else { return nil }
        let parts = first.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, parts[2].hasPrefix("HTTP/1.") else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return HTTPRequestHead(method: String(parts[0]), target: String(parts[1]), headers: headers, version: String(parts[2]))
    }
}

/// One answer: status, headers, and either whole bytes or the live-reload event stream.
struct HTTPAnswer: Sendable {
    enum Body: Sendable {
        case bytes(Data)
        /// Messages written as they come until the tab goes away (Server-Sent Events).
        case events(EventMailbox, ended: @Sendable () -> Void)
    }

    var status: Int
    var headers: [(String, String)]
    var body: Body

    init(status: Int, headers: [(String, String)], body: Body = .bytes(Data())) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The status line and headers; `Content-Length` for whole bytes (given by the handler for HEAD).
    func head(keepAlive: Bool) -> Data {
        var text = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        var names = Set<String>()
        for (name, value) in headers {
            names.insert(name.lowercased())
            text += "\(name): \(value)\r\n"
        }
        if case .bytes(let data) = body, !names.contains("content-length") { text += "Content-Length: \(data.count)\r\n" }
        if case .events = body { text += "Connection: close\r\n" } else { text += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n" }
        return Data((text + "\r\n").utf8)
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}
