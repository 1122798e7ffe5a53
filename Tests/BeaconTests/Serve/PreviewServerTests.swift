import BeaconCore
@testable import BeaconServe
import Foundation
import Testing

@Suite(.serialized) struct PreviewServerTests {
    @Test func servesPagesWithTheReloadScriptOnlyInTheResponse() async throws {
        let f = try ServeFixture(files: ["content/hello.md": "你好，世界", "site.yaml": "title: t\n"])
        try await f.start()
        let r = try await f.get("/hello.html")
        #expect(r.status == 200)
        #expect(r.headers["content-type"] == "text/html; charset=utf-8")
        #expect(r.headers["cache-control"] == "no-store")
        #expect(r.text.contains("你好，世界"))
        #expect(r.text.contains(LiveReload.scriptPath))
        let script = try await f.get(LiveReload.scriptPath)
        #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(script.text.contains(LiveReload.eventsPath))
        let head = try await f.get("/hello.html", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty && head.headers["content-length"] == String(r.body.count))
        let onDisk = try String(contentsOf: try #require(f.server.outcome.outputDir).appendingPathComponent("hello.html"), encoding: .utf8)
        #expect(!onDisk.contains(LiveReload.scriptPath), "the reload script must never be written into built files")
        #expect(try await f.get("/").text.contains("home"))
        #expect(try await f.get("/missing.html").status == 404)
    }

    @Test func anEditShowsUp() async throws {
        let f = try ServeFixture(files: ["content/a.md": "first text", "site.yaml": "title: t\n"])
        try await f.start()
        #expect(try await f.get("/a.html").text.contains("first text"))
        try f.write("second text", "content/a.md")
        let (r, took, ok) = try await f.poll("/a.html") { $0.text.contains("second text") }
        #expect(ok, "the edit did not show (\(took)); last answer: \(r.text.prefix(200))")
        print("save-to-served (stand-in build): \(took)")
    }

    @Test func aBrokenFileShowsAnOverlayNamingFileAndLineUntilItIsFixed() async throws {
        let f = try ServeFixture(files: ["content/a.md": "good", "site.yaml": "title: t\n"])
        try await f.start()
        try f.write("good\nstill good\nBROKEN here", "content/a.md")
        let (broken, _, shown) = try await f.poll("/index.html") { $0.text.contains("beacon-error-overlay") }
        #expect(shown)
        #expect(broken.text.contains("content/a.md:3:1"))
        #expect(broken.text.contains("Remove the word BROKEN."))
        #expect(broken.text.contains("home"), "the last good page stays under the overlay")
        #expect(f.server.outcome.failed)

        try f.write("good again", "content/a.md")
        let (fixed, _, cleared) = try await f.poll("/a.html") { !$0.text.contains("beacon-error-overlay") }
        #expect(cleared)
        #expect(fixed.text.contains("good again"))
    }

    @Test func beforeAnyGoodBuildEveryPageIsTheOverlay() async throws {
        let f = try ServeFixture(files: ["content/a.md": "BROKEN", "site.yaml": "title: t\n"])
        try await f.start()
        let r = try await f.get("/whatever/")
        #expect(r.status == 500)
        #expect(r.text.contains("content/a.md:1:1"))
        #expect(r.text.contains(LiveReload.scriptPath), "the overlay page reloads itself once the file is fixed")
    }

    @Test func theEventStreamAnnouncesEachBuild() async throws {
        let f = try ServeFixture(files: ["content/a.md": "one", "site.yaml": "title: t\n"])
        try await f.start()
        let fd = try RawHTTP.connect(port: f.port, timeout: PreviewClient.patienceSeconds)
        defer { close(fd) }
        RawHTTP.send(fd, "GET \(LiveReload.eventsPath) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        // Read the stream on a plain thread, as a browser tab would, while the test edits a file.
        let seen = Watched("")
        Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if n <= 0 { break }
                seen.update { $0 += String(decoding: buffer[0..<n], as: UTF8.self) }
            }
        }.start()
        let first = f.server.outcome.generation
        #expect(await seen.wait { $0.contains("data: \(first)") })
        try f.write("two", "content/a.md")
        let server = f.server
        #expect(await seen.wait { server.outcome.generation != first && $0.contains("data: \(server.outcome.generation)") })
        #expect(seen.get().contains("text/event-stream"))
        #expect(seen.get().contains("event: build\ndata: \(first)"))
    }

    @Test func contentTypesAndTheLEDProgramDownload() async throws {
        let f = try ServeFixture(files: ["content/a.md": "x", "site.yaml": "title: t\n"])
        try await f.start()
        let dir = try #require(f.server.outcome.outputDir)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("led/gate"), withIntermediateDirectories: true)
        try Data([0xB7, 0xB4, 0xD5, 0xA9, 0x0D, 0x0A]).write(to: dir.appendingPathComponent("led/gate/program.txt"))  // 反诈 in GBK
        try Data("\u{FEFF}反诈\r\n".utf8).write(to: dir.appendingPathComponent("led/gate/program.utf8.txt"))
        try Data("<svg/>".utf8).write(to: dir.appendingPathComponent("c.svg"))
        try Data("%PDF-1.7".utf8).write(to: dir.appendingPathComponent("l.pdf"))
        try Data("<feed/>".utf8).write(to: dir.appendingPathComponent("feed.xml"))
        try Data("body{}".utf8).write(to: dir.appendingPathComponent("s.css"))

        let program = try await f.get("/led/gate/program.txt")
        #expect(program.headers["content-type"] == "text/plain; charset=gb18030")
        #expect(program.headers["content-disposition"] == "attachment; filename=\"program.txt\"")
        #expect(program.body == Data([0xB7, 0xB4, 0xD5, 0xA9, 0x0D, 0x0A]))
        #expect(try await f.get("/led/gate/program.utf8.txt").headers["content-type"] == "text/plain; charset=utf-8")
        #expect(try await f.get("/c.svg").headers["content-type"] == "image/svg+xml")
        #expect(try await f.get("/l.pdf").headers["content-type"] == "application/pdf")
        #expect(try await f.get("/feed.xml").headers["content-type"] == "application/atom+xml; charset=utf-8")
        #expect(try await f.get("/s.css").headers["content-type"] == "text/css; charset=utf-8")
        let redirect = try await f.get("/led/gate")
        #expect(redirect.status == 301)
        #expect(redirect.headers["location"] == "/led/gate/")
    }
}
