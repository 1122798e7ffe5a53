import BeaconCore
import Foundation

/// Answers the preview's requests: built files (HTML with the reload script and, after a
/// failed build, the error overlay added), the reload event stream and a status summary.
struct PreviewHandler: Sendable {
    let server: PreviewServer

    /// The answer to one request, made on the connection's own thread.
    func answer(_ request: HTTPRequestHead) -> HTTPAnswer {
        guard request.method == "GET" || request.isHead else {
            return text(405, "Only GET and HEAD are answered by the preview server.\n")
        }
        if server.configuration.isLoopback, let host = request.headers["host"], !Self.isLocal(host: host) {
            // DNS rebinding: a web page elsewhere pointing its own name at 127.0.0.1 to read the preview.
            return text(403, "Refused: this preview answers only to 127.0.0.1 or localhost.\n")
        }
        let target = request.path
        let head = request.isHead
        var outcome = server.outcome
        if waitedForPrint(target, outcome) { outcome = server.outcome }
        if target == LiveReload.eventsPath {
            let (id, mailbox) = server.broadcaster.subscribe(first: EventBroadcaster.buildEvent(outcome.generation))
            return HTTPAnswer(status: 200, headers: [("Content-Type", "text/event-stream; charset=utf-8"), ("Cache-Control", "no-store"),
                                                     ("X-Accel-Buffering", "no")],
                              body: .events(mailbox, ended: { [broadcaster = server.broadcaster] in broadcaster.remove(id) }))
        }
        if target == LiveReload.statusPath { return status(outcome) }
        if target == LiveReload.scriptPath {
            return body(200, Data(LiveReload.javaScript.utf8),
                        headers: [("Content-Type", "text/javascript; charset=utf-8"), ("Cache-Control", "no-store")], head: head)
        }

        guard let output = outcome.output else {
            if !outcome.failed {
                // The first build is still running: a page that reloads when it is done.
                let (overlay, language) = server.overlay(for: target)
                let page = overlay.buildingPage(language: language)
                return html(503, page, target: target, outcome: outcome, overlay: false, head: head)
            }
            // No build has succeeded yet: every page is the overlay, reloading when fixed.
            let (overlay, language) = server.overlay(for: target)
            let page = overlay.page(outcome.diagnostics, language: language)
            return html(500, page, target: target, outcome: outcome, overlay: false, head: head)
        }
        let resolution: SafePath.Resolution
        switch output {
        case .folder(let dir): resolution = SafePath.resolve(target: target, in: dir)
        case .memory(let files): resolution = SafePath.resolve(target: target, in: files)
        }
        switch resolution {
        case .refused:
            return text(403, "Refused: this address points outside the site.\n")
        case .redirect(let path):
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            let query = request.query
            return HTTPAnswer(status: 301, headers: [("Location", query.isEmpty ? encoded : "\(encoded)?\(query)"), ("Cache-Control", "no-store")])
        case .notFound:
            if let deferred = outcome.deferred, let path = SafePath.decodedPath(ofTarget: target),
               deferred.contains(String(path.dropFirst())) {
                // A share poster, leaflet or LED preview: made now, on its first request, off the save-to-page path.
                let key = String(path.dropFirst())
                if let data = deferred.data(key) {
                    let type = ContentType.of(name: (key as NSString).lastPathComponent, bytes: data)
                    return file(data, type: type, head: head)
                }
            }
            if let data = Self.data("404.html", in: output) {
                return html(404, String(decoding: data, as: UTF8.self), target: target, outcome: outcome, overlay: outcome.failed, head: head)
            }
            return text(404, "Not found: \(target)\n")
        case .file, .memory:
            let path: String
            switch resolution {
            case .file(let url): path = url.path
            case .memory(let key): path = key
            default: path = ""
            }
            guard let data = resolution.file.flatMap({ try? Data(contentsOf: $0) }) ?? Self.data(path, in: output) else {
                return text(404, "Not found: \(target)\n")
            }
            let type = ContentType.of(name: (path as NSString).lastPathComponent, bytes: data)
            if type.isHTML {
                return html(200, String(decoding: data, as: UTF8.self), target: target, outcome: outcome, overlay: outcome.failed, head: head)
            }
            return file(data, type: type, head: head)
        }
    }

    /// True after waiting for a print file (a leaflet's PDF or preview, a board's program or
    /// preview, a banner) that the print work after a save is making anew, up to two minutes:
    /// the old file would carry the old words, and a clerk who downloads a leaflet right after
    /// a save sends it to the print shop. Pages, /leaflets/ and /led/ among them, never wait.
    private func waitedForPrint(_ target: String, _ outcome: BuildOutcome) -> Bool {
        guard !outcome.stalePrintFolders.isEmpty, let path = SafePath.decodedPath(ofTarget: target) else { return false }
        let key = String(path.dropFirst())
        let stale = { (folders: [String]) in folders.contains { key.hasPrefix($0) } }
        guard stale(outcome.stalePrintFolders), !key.hasSuffix("/"), !key.hasSuffix(".html") else { return false }
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            if !stale(server.outcome.stalePrintFolders) { return true }
        }
        return false
    }

    private func file(_ data: Data, type: ContentType, head: Bool) -> HTTPAnswer {
        var headers = [("Content-Type", type.mime), ("Cache-Control", "no-store")]
        if let name = type.downloadName { headers.append(("Content-Disposition", "attachment; filename=\"\(name)\"")) }
        return body(200, data, headers: headers, head: head)
    }

    /// True for `127.0.0.1:1111`, `localhost`, `[::1]:1111` and the like.
    static func isLocal(host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("[") { name = String(name.dropFirst().prefix { $0 != "]" }) }
        else if let colon = name.lastIndex(of: ":") { name = String(name[..<colon]) }
        return name == "localhost" || name.hasSuffix(".localhost") || name == "::1" || name.hasPrefix("127.")
    }

    /// A file of an in-memory output, or of a folder output by its path inside the folder.
    static func data(_ path: String, in output: BuildOutput) -> Data? {
        switch output {
        case .memory(let files): return files[path]
        case .folder(let dir): return try? Data(contentsOf: dir.appendingPathComponent(path))
        }
    }

    private func html(_ code: Int, _ page: String, target: String, outcome: BuildOutcome, overlay: Bool, head: Bool) -> HTTPAnswer {
        var snippet = LiveReload.script(generation: outcome.generation)
        if overlay {
            let (words, language) = server.overlay(for: target)
            snippet = words.panel(outcome.diagnostics, language: language) + snippet
        }
        let data = Data(LiveReload.inject(snippet, into: page).utf8)
        return body(code, data, headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")], head: head)
    }

    private func status(_ outcome: BuildOutcome) -> HTTPAnswer {
        struct Problem: Encodable { let severity, location, message: String; let hint: String? }
        struct Status: Encodable { let generation: String; let ok: Bool; let milliseconds: Int; let problems: [Problem] }
        let ms = Int(outcome.duration.components.seconds * 1000 + outcome.duration.components.attoseconds / 1_000_000_000_000_000)
        let s = Status(generation: outcome.generation, ok: !outcome.failed, milliseconds: ms,
                       problems: outcome.diagnostics.sortedForReport().map {
                           Problem(severity: $0.severity.rawValue, location: $0.location, message: $0.message, hint: $0.hint)
                       })
        let data = (try? JSONEncoder().encode(s)) ?? Data()
        return HTTPAnswer(status: 200, headers: [("Content-Type", "application/json"), ("Cache-Control", "no-store")], body: .bytes(data))
    }

    /// Whole bytes; for HEAD, the length they would have and no body.
    private func body(_ code: Int, _ data: Data, headers: [(String, String)], head: Bool) -> HTTPAnswer {
        var headers = headers
        if head { headers.append(("Content-Length", String(data.count))) }
        return HTTPAnswer(status: code, headers: headers, body: .bytes(head ? Data() : data))
    }

    private func text(_ code: Int, _ s: String) -> HTTPAnswer {
        HTTPAnswer(status: code, headers: [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-store")], body: .bytes(Data(s.utf8)))
    }
}
