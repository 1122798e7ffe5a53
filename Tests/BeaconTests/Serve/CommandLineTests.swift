import BeaconBuild
import BeaconCore
import BeaconStarter
import Foundation
import Testing

/// The `beacon` executable itself: new site, check, check --hash, and serve started and stopped
/// as a clerk would.
@Suite(.serialized) struct CommandLineTests {
    /// `beacon`, built beside the test bundle by `swift build --build-tests`.
    static let beacon = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("beacon")

    struct Run { let status: Int32; let out: String; let err: String }

    /// Runs `beacon` in English unless `language` says otherwise, whatever this machine's locale.
    func run(_ arguments: [String], language: String = "en") throws -> Run {
        let p = Process()
        p.executableURL = Self.beacon
        p.arguments = arguments
        p.environment = Self.environment(language: language)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    /// `run` on a thread of its own, so the wait for `beacon` holds no concurrency-pool thread.
    func run(_ arguments: [String], language: String = "en") async throws -> Run {
        let me = self
        return try await offPool { try me.run(arguments, language: language) }
    }

    static func environment(language: String) -> [String: String] {
        var e = ProcessInfo.processInfo.environment
        e["BEACON_LANG"] = language
        return e
    }

    /// `beacon serve` on `dir` at a free port, in English, and what it says on its terminal
    /// (standard error; "(stderr closed)" is added when it ends).
    static func serve(_ dir: URL, _ extra: String...) throws -> (Process, Watched<String>) {
        let p = Process()
        p.executableURL = beacon
        p.arguments = ["serve", "--site", dir.path, "--port", "0"] + extra
        p.environment = environment(language: "en")
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let said = Watched("")
        let reader = err.fileHandleForReading
        Thread {
            while case let d = reader.availableData, !d.isEmpty { said.update { $0 += String(decoding: d, as: UTF8.self) } }
            said.update { $0 += "\n(stderr closed)" }
        }.start()
        return (p, said)
    }

    /// A clerk whose computer speaks Chinese (or who sets `BEACON_LANG=zh`) reads the problems in Chinese.
    @Test func problemsAreSaidInTheUsersLanguage() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try await run(["new", "site", dir.path]).status == 0)
        let file = dir.appendingPathComponent("content/cases/task-rebate-student.zh.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        try Data(lines.filter { !$0.hasPrefix("title:") }.joined(separator: "\n").utf8).write(to: file)

        let missing = Message(template: "The required key `%1` is missing.", arguments: [.text("title")])
        let chinese = missing.text(in: .zh, catalog: Starter.messageCatalog(environment: ["BEACON_LANG": "zh"]))
        #expect(chinese != missing.english, "zh.yaml has no translation of \(missing.template)")
        for (language, sentence) in [("zh", chinese), ("en", missing.english)] {
            let build = try await run(["build", "--site", dir.path], language: language)
            #expect(build.status == 1)
            #expect(build.err.contains("content/cases/task-rebate-student.zh.md:"), "\(build.err)")
            #expect(build.err.contains(sentence), "\(language): \(build.err)")
        }
    }

    @Test func newSiteChecksCleanAndServes() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.beacon.path), "build the beacon executable first")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try await run(["new", "site", dir.path]).status == 0)
        let check = try await run(["check", "--site", dir.path])
        #expect(check.status == 0, "\(check.out)\(check.err)")
        #expect(check.out.contains("No problems found."))

        let source = dir.appendingPathComponent("content/cases/task-rebate-student.zh.md").path
        let hash = try await run(["check", "--hash", source])
        let recorded = try String(contentsOf: dir.appendingPathComponent("content/cases/task-rebate-student.en.md"), encoding: .utf8)
        #expect(hash.status == 0 && recorded.contains(hash.out.trimmingCharacters(in: .whitespacesAndNewlines)))

        // An anchor that leads nowhere fails the check; the JSON names file and line.
        let bulletin = dir.appendingPathComponent("content/bulletins/first-bulletin.en.md")
        let text = try String(contentsOf: bulletin, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "(@/cases/task-rebate-student.md)", with: "(@/cases/task-rebate-student.md#police-advise)").utf8).write(to: bulletin)
        let json = try await run(["check", "--site", dir.path, "--format", "json"])
        #expect(json.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let problem = try #require((report["problems"] as? [[String: Any]])?.first { ($0["message"] as? String)?.contains("#police-advise") == true })
        #expect(problem["file"] as? String == "content/bulletins/first-bulletin.en.md")
        let linkLine = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("(@/cases/task-rebate-student.md)") }
        #expect(problem["line"] as? Int == linkLine.map { $0 + 1 })
        try Data(text.utf8).write(to: bulletin)

        // serve: the address it prints answers; Ctrl-C stops it cleanly.
        let (p, said) = try Self.serve(dir, "--quiet")
        defer { if p.isRunning { p.terminate() } }
        // The first build comes before the address is printed: wait for the line, however long the build takes.
        #expect(await said.wait { $0.contains("Serving") || $0.contains("(stderr closed)") })
        let line = try #require(said.get().split(separator: "\n").first { $0.contains("Serving") })
        let port = try #require(line.split(separator: ":").last.flatMap { UInt16($0.prefix { $0.isNumber }) })
        let client = PreviewClient(port: port)
        let home = try await client.get("/")
        #expect(home.status == 200 && home.text.contains("某某区反诈中心"))
        #expect(try await client.get("/%2e%2e/%2e%2e/etc/passwd").status == 403)
        p.interrupt()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }

    /// A save that changes what boards and leaflets print: the terminal says the pages were
    /// rebuilt, then when the LED programs and, later, the leaflets are ready, and how long after
    /// the save — a clerk waiting for a leaflet has no other sign. The start says so too.
    @Test func aSaveSaysWhenItsBoardsAndLeafletsAreReady() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.beacon.path), "build the beacon executable first")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try await run(["new", "site", dir.path]).status == 0)
        let (p, said) = try Self.serve(dir)
        defer { if p.isRunning { p.terminate() } }
        #expect(await said.wait { $0.contains("Serving") || $0.contains("(stderr closed)") })
        // The first build serves the pages before the leaflets are typeset, and says when they are.
        #expect(await said.wait { $0.contains("The leaflets are ready, ") || $0.contains("(stderr closed)") }, "\(said.get())")
        let start = said.get().split(separator: "\n").map(String.init)
        let served = try #require(start.firstIndex { $0.contains("Serving") }, "\(start)")
        let ready = try #require(start.firstIndex { $0.contains("The leaflets are ready, ") && $0.hasSuffix(" s after the start.") }, "\(start)")
        #expect(served < ready, "the pages are served before the leaflets are typeset")
        // The figure every board's headline, the leaflet and the banner print.
        let stats = dir.appendingPathComponent("content/stats/2026-01.yaml")
        let text = try String(contentsOf: stats, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "{value: 64, previous: 97}", with: "{value: 65, previous: 97}").utf8).write(to: stats)
        #expect(await said.wait { $0.contains("The leaflets are up to date") || $0.contains("(stderr closed)") }, "\(said.get())")
        let lines = said.get().split(separator: "\n").map(String.init)
        let rebuilt = try #require(lines.firstIndex { $0.contains("Rebuilt in") }, "\(lines)")
        let boards = try #require(lines.firstIndex { $0.contains("The LED programs are up to date, ") && $0.hasSuffix(" s after the save.") }, "\(lines)")
        let leaflets = try #require(lines.firstIndex { $0.contains("The leaflets are up to date, ") }, "\(lines)")
        #expect(rebuilt < boards && boards <= leaflets)
        p.interrupt()
        p.waitUntilExit()
    }
}
