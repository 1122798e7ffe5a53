import BeaconCore
@testable import BeaconServe
import Foundation

/// A temporary site with a stand-in build (each `content/*.md` becomes `<name>.html`; a file
/// containing `BROKEN` fails with its file and line), served by a real `PreviewServer` on a
/// free port. Lets the server, watcher and overlay be tested without the whole conductor.
final class ServeFixture: @unchecked Sendable {
    let site: URL
    let scratch: ScratchFolders
    let server: PreviewServer
    var port: UInt16 = 0

    init(files: [String: String]) throws {
        site = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-serve-test-\(UUID().uuidString)")
        for (path, text) in files { try Self.write(text, to: site.appendingPathComponent(path)) }
        scratch = try ScratchFolders(prefix: "beacon-serve-test-out")
        let site = self.site, scratch = self.scratch
        server = PreviewServer(configuration: .init(port: 0, siteRoot: site, overlayStrings: ["zh": ["serve.build_failed": "Build failed: {count}"]],
                                                    scratch: scratch),
                               rebuild: { _ in try Self.fakeBuild(site: site, into: scratch.next()) })
    }

    /// Folders go at once; the server winds down in the background.
    deinit {
        scratch.removeAll()
        try? FileManager.default.removeItem(at: site)
        Task { [server] in await server.stop() }
    }

    func start() async throws {
        let url = try await server.start()
        port = UInt16(url.port!)
    }

    func stop() async {
        await server.stop()
        try? FileManager.default.removeItem(at: site)
    }

    func write(_ text: String, _ path: String) throws { try Self.write(text, to: site.appendingPathComponent(path)) }

    var client: PreviewClient { PreviewClient(port: port) }

    func get(_ target: String, method: String = "GET", host: String = "127.0.0.1") async throws -> RawHTTP.Response {
        try await client.get(target, method: method, host: host)
    }

    func poll(_ target: String, until predicate: (RawHTTP.Response) -> Bool) async throws -> (RawHTTP.Response, Duration, Bool) {
        try await client.poll(target, until: predicate)
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func fakeBuild(site: URL, into out: URL) throws -> RebuildResult {
        let content = site.appendingPathComponent("content")
        var problems: [Diagnostic] = []
        for name in (try FileManager.default.contentsOfDirectory(atPath: content.path)).sorted() where name.hasSuffix(".md") {
            let text = try String(contentsOf: content.appendingPathComponent(name), encoding: .utf8)
            if let n = text.components(separatedBy: "\n").firstIndex(where: { $0.contains("BROKEN") }) {
                problems.append(Diagnostic(.error, file: "content/\(name)", line: n + 1, column: 1,
                                           message: "This line is broken.", hint: "Remove the word BROKEN.",
                                           excerpt: text.components(separatedBy: "\n")[n]))
                continue
            }
            let page = "<!doctype html><html><head><meta charset=\"utf-8\"></head><body><p>\(text)</p></body></html>"
            try Data(page.utf8).write(to: out.appendingPathComponent(String(name.dropLast(3)) + ".html"))
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        try Data("<html><body>home</body></html>".utf8).write(to: out.appendingPathComponent("index.html"))
        return RebuildResult(outputDir: out)
    }
}
