import BeaconBuild
import BeaconCore
@testable import BeaconServe
import BeaconStarter
import Foundation
import Testing

/// The preview of a real site through the whole conductor, as `beacon serve` runs it.
@Suite(.serialized) struct SitePreviewTests {
    @Test func editBreakAndFixARealSite() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-preview-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Starter.createSite(at: dir)
        // Full builds started so far, and for each finished build the files it was for and the
        // full builds started by then (builds run one at a time). A print follow-up build may
        // come at any moment after a content edit, so what a stylesheet edit cost is read
        // from its own record, not from a count before and after.
        let fullBuilds = Locked(0)
        let records = Locked<[(changed: [String], fullBuilds: Int)]>([])
        let server = SitePreview.server(BuildOptions(siteRoot: dir), configuration: .init(port: 0, siteRoot: dir),
                                        progress: { n in fullBuilds.update { $0 = n }; return nil },
                                        onBuild: { _, changed in
                                            let started = fullBuilds.get()
                                            records.update { $0.append((changed, started)) }
                                        })
        let url = try await server.start()
        let port = UInt16(url.port!)
        let client = PreviewClient(port: port)
        func get(_ target: String) async throws -> RawHTTP.Response { try await client.get(target) }
        func poll(_ target: String, until: (RawHTTP.Response) -> Bool) async throws -> (RawHTTP.Response, Duration, Bool) {
            try await client.poll(target, until: until)
        }

        let page = "/en/cases/task-rebate-student/"
        let first = try await get(page)
        #expect(first.status == 200)
        #expect(first.text.contains("A student caught by an order-brushing job"))
        #expect(first.text.contains("http://127.0.0.1:\(port)/"), "the preview's base_url is its own address")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("public").path), "serve never writes public/")

        let file = dir.appendingPathComponent("content/cases/task-rebate-student.en.md")
        let original = try String(contentsOf: file, encoding: .utf8)
        try Data(original.replacingOccurrences(of: "A student caught", with: "A pupil caught").utf8).write(to: file)
        let (edited, took, shown) = try await poll(page) { $0.text.contains("A pupil caught") }
        #expect(shown, "the edit did not show")
        print("save-to-served, starter site through the conductor: \(took)")
        _ = edited

        try Data(original.replacingOccurrences(of: "date: 2026-01-15", with: "date: 2026-02-30").utf8).write(to: file)
        let (broken, _, overlay) = try await poll(page) { $0.text.contains("beacon-error-overlay") }
        #expect(overlay)
        #expect(broken.text.contains("content/cases/task-rebate-student.en.md:3:7"))
        #expect(broken.text.contains("2026-02-30"))

        try Data(original.utf8).write(to: file)
        let (fixed, _, cleared) = try await poll(page) { !$0.text.contains("beacon-error-overlay") }
        #expect(cleared)
        #expect(fixed.text.contains("A student caught"))

        // A site's own copy of a theme file is seen (themes/ did not exist before) and replaces
        // the built-in one.
        let css = dir.appendingPathComponent(try Starter.overrideThemeFile("static/css/site.css", site: dir))
        try (try Data(contentsOf: css) + Data("\n/* override-marker */\n".utf8)).write(to: css)
        let (_, _, overridden) = try await poll("/assets/css/site.css") { $0.text.contains("override-marker") }
        #expect(overridden, "the site's own stylesheet replaced the built-in one")

        // A stylesheet edit is swapped in without rebuilding the site. The page can be served
        // a moment before its build's record is kept, so the record is waited for. A print
        // follow-up build (from the content edits above) may still come and take the edit
        // with it: then the next edit, with nothing else pending, is the one judged.
        var swappedAlone = false
        for attempt in 1...3 where !swappedAlone {
            let generation = server.outcome.generation
            let recordsBefore = records.get().count
            let marker = "preview-marker-\(attempt)"
            try (try Data(contentsOf: css) + Data("\n/* \(marker) */\n".utf8)).write(to: css)
            let (styled, _, swapped) = try await poll("/assets/css/site.css") { $0.text.contains(marker) }
            #expect(swapped)
            #expect(styled.headers["content-type"] == "text/css; charset=utf-8")
            #expect(server.outcome.generation != generation, "open tabs are told to reload")
            #expect(try await get(page).text.contains("A student caught"), "the pages are still there")
            var record: Int?
            for _ in 0..<6000 {
                let finished = records.get()
                record = finished.indices.dropFirst(max(recordsBefore, 1)).last { i in finished[i].changed.contains { $0.hasSuffix("site.css") } }
                if record != nil { break }
                try await Task.sleep(for: .milliseconds(10))
            }
            let finished = records.get()
            guard let i = record else { Issue.record("no build answered the stylesheet edit"); break }
            swappedAlone = finished[i].fullBuilds == finished[i - 1].fullBuilds
        }
        #expect(swappedAlone, "a stylesheet edit needs no full rebuild")
        await server.stop()
    }

    /// A save of a case that a leaflet prints: the case's page is served by a build that kept
    /// the last leaflet, and the build right after it typesets the leaflet again. Then every
    /// file served is what a fresh build makes (pages apart from the reload script).
    @Test func aSavedCaseIsServedBeforeItsLeafletIsTypesetAgain() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-preview-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Starter.createSite(at: dir)
        let builds = Watched<[(changed: [String], printUpdate: Bool, failed: Bool)]>([])
        let server = SitePreview.server(BuildOptions(siteRoot: dir), configuration: .init(port: 0, siteRoot: dir),
                                        onBuild: { outcome, changed in builds.update { $0.append((changed, outcome.printUpdate, outcome.failed)) } })
        let url = try await server.start()
        let client = PreviewClient(port: UInt16(try #require(url.port)))
        let pdf = "/leaflets/basics.zh.pdf"
        let before = try await client.get(pdf)
        #expect(before.status == 200 && before.headers["content-type"] == "application/pdf")

        let file = dir.appendingPathComponent("content/cases/task-rebate-student.zh.md")
        let original = try String(contentsOf: file, encoding: .utf8)
        try Data(original.replacingOccurrences(of: "共被骗8600元。", with: "共被骗8600元。她事后才发现对方早已拉黑了她。").utf8).write(to: file)
        let (shown, _, ok) = try await client.poll("/cases/task-rebate-student/") { $0.text.contains("早已拉黑") }
        #expect(ok)
        // The start's own print work (the first build serves the pages before any leaflet) came before.
        let saved: @Sendable ([(changed: [String], printUpdate: Bool, failed: Bool)]) -> Int? = { log in
            log.firstIndex { $0.changed.contains("content/cases/task-rebate-student.zh.md") }
        }
        #expect(await builds.wait { log in saved(log).map { save in log[(save + 1)...].contains { $0.printUpdate } } ?? false },
                "the leaflet is typeset again after the page")
        let log = builds.get()
        let save = try #require(saved(log))
        #expect(!log[save].printUpdate && !log[save].failed)
        #expect(log[(save + 1)...].contains { $0.printUpdate && !$0.failed })
        _ = shown

        // What a build of the same sources makes, with the preview's address as base_url.
        var options = BuildOptions(siteRoot: dir)
        options.write = false
        options.previewBaseURL = url.absoluteString
        let fresh = SiteBuilder(options: options)
        try fresh.run()
        let made = Dictionary(fresh.files.map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a })
        let after = try await client.get(pdf)
        #expect(after.body != before.body, "the leaflet prints the case's new words")
        #expect(after.body == made["leaflets/basics.zh.pdf"], "the leaflet served is the one a build makes")
        let page = try await client.get("/cases/task-rebate-student/")
        let reload = try #require(page.text.range(of: "<script id=\"beacon-live-reload\"[^>]*></script>", options: .regularExpression))
        var served = page.text
        served.removeSubrange(reload)
        #expect(Data(served.utf8) == made["cases/task-rebate-student/index.html"], "the page served is the one a build makes")
        await server.stop()
    }

    /// A leaflet asked for while the print work after a save is typesetting it again: the
    /// preview waits and answers with the new leaflet, never the one with the old words (a
    /// clerk downloads it for the print shop). The case's page itself is answered first.
    @Test func aLeafletAskedForAfterASaveIsTheNewOne() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-preview-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Starter.createSite(at: dir)
        let server = SitePreview.server(BuildOptions(siteRoot: dir), configuration: .init(port: 0, siteRoot: dir))
        let url = try await server.start()
        let client = PreviewClient(port: UInt16(try #require(url.port)))
        let pdf = "/leaflets/basics.zh.pdf"
        let before = try await client.get(pdf)

        let file = dir.appendingPathComponent("content/cases/task-rebate-student.zh.md")
        let original = try String(contentsOf: file, encoding: .utf8)
        try Data(original.replacingOccurrences(of: "共被骗8600元。", with: "共被骗8600元。她事后才发现对方早已拉黑了她。").utf8).write(to: file)
        let (_, _, ok) = try await client.poll("/cases/task-rebate-student/") { $0.text.contains("早已拉黑") }
        #expect(ok)
        let asked = try await client.get(pdf)

        var options = BuildOptions(siteRoot: dir)
        options.write = false
        options.previewBaseURL = url.absoluteString
        let fresh = SiteBuilder(options: options)
        try fresh.run()
        let made = fresh.files.first { $0.path == "leaflets/basics.zh.pdf" }?.data
        #expect(asked.status == 200)
        #expect(asked.body != before.body, "the leaflet answered right after the save is not the old one")
        #expect(asked.body == made, "it is the one a build of the saved sources makes")
        await server.stop()
    }

    /// A save of a case's LED line, in a case a leaflet also prints: a build serves the board's
    /// new program while the leaflet is still the last one (LED programs take a second, the
    /// leaflets several), and a later build serves the new leaflet. Before, both waited for
    /// the leaflets, so /led/ showed the old text for as long as they took.
    @Test func aSavedLEDLineIsServedBeforeTheLeafletIsTypesetAgain() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-preview-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Starter.createSite(at: dir)
        let program = "led/station/program.utf8.txt", leaflet = "leaflets/basics.zh.pdf"
        /// For each build after the first: does it serve the new LED line, and the first build's leaflet?
        let seen = Watched<[(newLED: Bool, oldLeaflet: Bool)]>([])
        let first = Watched<Data?>(nil)
        let server = SitePreview.server(BuildOptions(siteRoot: dir), configuration: .init(port: 0, siteRoot: dir),
                                        onBuild: { outcome, _ in
            guard case .memory(let files)? = outcome.output, !outcome.failed else { return }
            let pdf = files[leaflet]
            // The first leaflet served: the first build serves the pages before the leaflets.
            if first.get() == nil { first.update { $0 = pdf }; return }
            let led = files[program].map { String(decoding: $0, as: UTF8.self) } ?? ""
            seen.update { $0.append((led.contains("垫钱兼职一律是骗局"), pdf == first.get())) }
        })
        let url = try await server.start()
        // The save comes once the start's leaflet is served (asked for, it is answered when typeset).
        let client = PreviewClient(port: UInt16(try #require(url.port)))
        #expect(try await client.get("/\(leaflet)").status == 200)
        let file = dir.appendingPathComponent("content/cases/task-rebate-student.zh.md")
        let original = try String(contentsOf: file, encoding: .utf8)
        let edited = original.replacingOccurrences(of: "led: 刷单返利是诈骗，先垫钱的兼职都是骗局", with: "led: 刷单返利是诈骗，垫钱兼职一律是骗局")
        #expect(edited != original, "the starter case has the LED line this test edits")
        try Data(edited.replacingOccurrences(of: "共被骗8600元。", with: "共被骗8600元。她事后才发现对方早已拉黑了她。").utf8).write(to: file)
        #expect(await seen.wait { $0.contains { $0.newLED && !$0.oldLeaflet } }, "the leaflet is typeset again")
        let log = seen.get()
        #expect(log.contains { $0.newLED && $0.oldLeaflet }, "a build served the new LED program before the new leaflet: \(log)")
        #expect(!log.contains { !$0.newLED && !$0.oldLeaflet }, "no build served the new leaflet with the old program: \(log)")
        await server.stop()
    }
}
