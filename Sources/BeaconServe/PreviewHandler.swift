import BeaconCore
import FlyingFox
import Foundation

/// Answers the preview's requests: built files (HTML with the reload script and, after a
/// failed build, the error overlay added), the reload event stream and a status summary.
struct PreviewHandler: HTTPHandler {
    let server: PreviewServer

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return text(.methodNotAllowed, "Only GET and HEAD are answered by the preview server.\n")
        }
        if server.configuration.isLoopback, let host = request.headers[.host], !Self.isLocal(host: host) {
            // DNS rebinding: a web page elsewhere pointing its own name at 127.0.0.1 to read the preview.
            return text(.forbidden, "Refused: this preview answers only to 127.0.0.1 or localhost.\n")
        }
        let target = request.target.path()
        let outcome = server.outcome
        if target == LiveReload.eventsPath {
            return server.broadcaster.subscribe(first: EventBroadcaster.buildEvent(outcome.generation)).response()
        }
        if target == LiveReload.statusPath { return status(outcome) }
        if target == LiveReload.scriptPath {
            return body(.ok, Data(LiveReload.javaScript.utf8),
                        headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"], head: request.method == .HEAD)
        }

        guard let output = outcome.output else {
            if !outcome.failed {
                // The first build is still running: a page that reloads when it is done.
                let (overlay, language) = server.overlay(for: target)
                let page = overlay.buildingPage(language: language)
                return html(.serviceUnavailable, page, target: target, outcome: outcome, overlay: false, head: request.method == .HEAD)
            }
            // No build has succeeded yet: every page is the overlay, reloading when fixed.
            let (overlay, language) = server.overlay(for: target)
            let page = overlay.page(outcome.diagnostics, language: language)
            return html(.internalServerError, page, target: target, outcome: outcome, overlay: false, head: request.method == .HEAD)
        }
        let resolution: SafePath.Resolution
        switch output {
        case .folder(let dir): resolution = SafePath.resolve(target: target, in: dir)
        case .memory(let files): resolution = SafePath.resolve(target: target, in: files)
        }
        switch resolution {
        case .refused:
            return text(.forbidden, "Refused: this address points outside the site.\n")
        case .redirect(let path):
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            let query = request.target.query()
            let headers: HTTPHeaders = [.location: query.isEmpty ? encoded : "\(encoded)?\(query)", .cacheControl: "no-store"]
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        case .notFound:
            if let deferred = outcome.deferred, let path = SafePath.decodedPath(ofTarget: target),
               deferred.contains(String(path.dropFirst())) {
                // A share poster: drawn now, on its first request, off the save-to-page path.
                let key = String(path.dropFirst())
                if let data = await Task.detached(operation: { deferred.data(key) }).value {
                    let type = ContentType.of(name: (key as NSString).lastPathComponent, bytes: data)
                    return body(.ok, data, headers: [.contentType: type.mime, .cacheControl: "no-store"], head: request.method == .HEAD)
                }
            }
            if let data = Self.data("404.html", in: output) {
                return html(.notFound, String(decoding: data, as: UTF8.self), target: target, outcome: outcome, overlay: outcome.failed,
                            head: request.method == .HEAD)
            }
            return text(.notFound, "Not found: \(target)\n")
        case .file, .memory:
            let path: String
            switch resolution {
            case .file(let url): path = url.path
            case .memory(let key): path = key
            default: path = ""
            }
            guard let data = resolution.file.flatMap({ try? Data(contentsOf: $0) }) ?? Self.data(path, in: output) else {
                return text(.notFound, "Not found: \(target)\n")
            }
            let type = ContentType.of(name: (path as NSString).lastPathComponent, bytes: data)
            if type.isHTML {
                return html(.ok, String(decoding: data, as: UTF8.self), target: target, outcome: outcome, overlay: outcome.failed,
                            head: request.method == .HEAD)
            }
            var headers: HTTPHeaders = [.contentType: type.mime, .cacheControl: "no-store"]
            if let name = type.downloadName { headers[.contentDisposition] = "attachment; filename=\"\(name)\"" }
            return body(.ok, data, headers: headers, head: request.method == .HEAD)
        }
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

    private func html(_ code: HTTPStatusCode, _ page: String, target: String, outcome: BuildOutcome, overlay: Bool, head: Bool) -> HTTPResponse {
        var snippet = LiveReload.script(generation: outcome.generation)
        if overlay {
            let (words, language) = server.overlay(for: target)
            snippet = words.panel(outcome.diagnostics, language: language) + snippet
        }
        let data = Data(LiveReload.inject(snippet, into: page).utf8)
        return body(code, data, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"], head: head)
    }

    private func status(_ outcome: BuildOutcome) -> HTTPResponse {
        struct Problem: Encodable { let severity, location, message: String; let hint: String? }
        struct Status: Encodable { let generation: String; let ok: Bool; let milliseconds: Int; let problems: [Problem] }
        let ms = Int(outcome.duration.components.seconds * 1000 + outcome.duration.components.attoseconds / 1_000_000_000_000_000)
        let s = Status(generation: outcome.generation, ok: !outcome.failed, milliseconds: ms,
                       problems: outcome.diagnostics.sortedForReport().map {
                           Problem(severity: $0.severity.rawValue, location: $0.location, message: $0.message, hint: $0.hint)
                       })
        let data = (try? JSONEncoder().encode(s)) ?? Data()
        return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"], body: data)
    }

    private func body(_ code: HTTPStatusCode, _ data: Data, headers: HTTPHeaders, head: Bool) -> HTTPResponse {
        var headers = headers
        if head { headers[.contentLength] = String(data.count) }
        return HTTPResponse(statusCode: code, headers: headers, body: head ? Data() : data)
    }

    private func text(_ code: HTTPStatusCode, _ s: String) -> HTTPResponse {
        HTTPResponse(statusCode: code, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"], body: Data(s.utf8))
    }
}
