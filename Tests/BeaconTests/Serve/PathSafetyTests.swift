@testable import BeaconServe
import Foundation
import Testing

@Suite(.serialized) struct PathSafetyTests {
    static let escapes = [
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/a/../../secret.txt", "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt", "//secret.txt", "/./secret.txt", "/%00",
    ]

    @Test(arguments: escapes) func refusedBeforeTouchingTheDisk(_ target: String) {
        #expect(SafePath.decodedPath(ofTarget: target) == nil)
    }

    @Test(arguments: ["/", "/cases/task-rebate/", "/%E5%8F%8D%E8%AF%88.html", "/a..b.html", "/x.html?v=1"])
    func ordinaryPathsPass(_ target: String) {
        #expect(SafePath.decodedPath(ofTarget: target) != nil)
    }

    @Test func rawTraversalRequestsAreRefusedOverTheWire() async throws {
        let f = try ServeFixture(files: ["content/a.md": "x", "site.yaml": "title: t\n"])
        try await f.start()
        let dir = try #require(f.server.outcome.outputDir)
        // A secret next to the build folder, and a symbolic link inside it that points at the secret.
        let secret = dir.deletingLastPathComponent().appendingPathComponent("secret.txt")
        try Data("TOP SECRET".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("link.txt"), withDestinationURL: secret)
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("up"), withDestinationURL: dir.deletingLastPathComponent())

        for target in Self.escapes + ["/link.txt", "/up/secret.txt", "/up/", "/etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd"] {
            let r = try await f.get(target)
            #expect(!r.text.contains("TOP SECRET"), "\(target) leaked a file outside the build folder")
            #expect(!r.text.contains("root:"), "\(target) leaked /etc/passwd")
            #expect([400, 403, 404].contains(r.status), "\(target) answered \(r.status)")
        }
        #expect(try await f.get("/../secret.txt").status == 403)
        #expect(try await f.get("/%2e%2e/secret.txt").status == 403)
        #expect(try await f.get("/link.txt").status == 403)

        // DNS rebinding: another site's name pointed at 127.0.0.1 is not answered.
        #expect(try await f.get("/", host: "evil.example").status == 403)
        #expect(try await f.get("/", host: "localhost").status == 200)
    }
}
