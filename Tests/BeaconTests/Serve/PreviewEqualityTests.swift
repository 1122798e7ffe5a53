import BeaconBuild
import BeaconCore
@testable import BeaconServe
import BeaconStarter
import Foundation
import Testing

/// The preview rebuilds only what a save touches and serves the edited page before the rest
/// of the website. Whatever it skips, after each save (and the print work it leaves for
/// later) every file it serves must be the file a cold build of the same sources makes.
@Suite(.serialized) struct PreviewEqualityTests {
    static let address = URL(string: "http://127.0.0.1:1111/")!

    /// What a cold build of `dir` makes, as the preview builds it (nothing written, the
    /// preview's address as base_url): every file by path, and the paths made on request.
    static func coldBuild(_ dir: URL) throws -> (files: [String: Data], deferred: Set<String>) {
        var options = BuildOptions(siteRoot: dir)
        options.write = false
        options.previewBaseURL = address.absoluteString
        let builder = SiteBuilder(options: options)
        try builder.run()
        return (Dictionary(builder.files.map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a }),
                Set(builder.deferredFiles?.paths ?? []))
    }

    @Test func everyServedFileEqualsAColdBuildAfterEachKindOfEdit() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-equal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Starter.createSite(at: dir)
        // Files saved more than two seconds ago are known unchanged by their `stat` alone and
        // not read again (`ContentCache`): let the site's files age, so that path is the one taken.
        Thread.sleep(forTimeInterval: 2.2)

        let printed = DispatchSemaphore(value: 0)
        let earlies = Locked<[[String: Data]]>([])
        let rebuild = SitePreview.rebuild(BuildOptions(siteRoot: dir), address: { Self.address },
                                          printed: { printed.signal() },
                                          early: { output in
                                              if case .memory(let files) = output { earlies.update { $0.append(files) } }
                                          })
        /// Builds for `changed` as the server does: the save's build, then the print work it
        /// left for later and the follow-up build that serves it. Returns what is served.
        func save(_ changed: [String]) throws -> (files: [String: Data], deferred: Set<String>) {
            var result = try rebuild(changed)
            var rounds = 0
            while let after = result.afterServed, rounds < 3 {
                after()
                #expect(printed.wait(timeout: .now() + 120) == .success, "the print work ends")
                result = try rebuild([])
                rounds += 1
            }
            guard case .memory(let files) = result.output else { Issue.record("the preview serves from memory"); return ([:], []) }
            return (files, Set(result.deferred?.paths ?? []))
        }
        var served = try save([]).files

        func expectSameAsColdBuild(_ step: String, _ changed: [String], _ edit: () throws -> Void,
                                   sourceLocation: SourceLocation = #_sourceLocation) throws {
            try edit()
            earlies.update { $0 = [] }
            let before = served
            let preview = try save(changed)
            served = preview.files
            let cold = try Self.coldBuild(dir)
            #expect(preview.files.keys.sorted() == cold.files.keys.sorted(), "\(step): the same files", sourceLocation: sourceLocation)
            let differing = cold.files.keys.filter { preview.files[$0] != cold.files[$0] }.sorted()
            #expect(differing.isEmpty, "\(step): files that differ from a cold build: \(differing.prefix(8))", sourceLocation: sourceLocation)
            #expect(preview.deferred == cold.deferred, "\(step): the same posters made on request", sourceLocation: sourceLocation)
            #expect(preview.files != before, "\(step): the edit changed what is served", sourceLocation: sourceLocation)
            // A page served early is already the page the whole build makes.
            for early in earlies.get() {
                for path in early.keys where early[path] != before[path] {
                    #expect(early[path] == cold.files[path], "\(step): \(path) served early is what a build makes", sourceLocation: sourceLocation)
                }
            }
        }
        func write(_ path: String, _ text: String) throws { try Data(text.utf8).write(to: dir.appendingPathComponent(path)) }
        func read(_ path: String) throws -> String { try String(contentsOf: dir.appendingPathComponent(path), encoding: .utf8) }

        // A body edit of a case a leaflet prints (its English translation becomes stale).
        let caseFile = "content/cases/task-rebate-student.zh.md"
        let caseText = try read(caseFile)
        try expectSameAsColdBuild("body edit", [caseFile]) {
            try write(caseFile, caseText.replacingOccurrences(of: "共被骗8600元。", with: "共被骗8600元。她事后才发现对方早已拉黑了她。"))
        }
        #expect(earlies.get().count == 1, "the edited case is served before the rest of the website")

        // A title edit: lists, the home page, feeds and the search index show titles.
        let bulletin = "content/bulletins/first-bulletin.en.md"
        try expectSameAsColdBuild("title edit", [bulletin]) {
            try write(bulletin, try read(bulletin).replacingOccurrences(of: "title: Telecom and online fraud this month",
                                                                        with: "title: Phone and online fraud in January"))
        }

        // A new file, then a new translation of it.
        let fresh = "content/bulletins/second-bulletin.zh.md"
        try expectSameAsColdBuild("new file", [fresh]) {
            try write(fresh, "---\ntitle: 二月警情通报\ndate: 2026-02-27\nfraud_type: task-rebate\n---\n本月辖区共发生刷单返利类诈骗案件若干起。\n")
        }
        let translation = "content/bulletins/second-bulletin.en.md"
        try expectSameAsColdBuild("new translation", [translation]) {
            try write(translation, "---\ntitle: February bulletin\ndate: 2026-02-27\nfraud_type: task-rebate\n---\nThis month the district saw several rebate scams.\n")
        }

        // A deleted file.
        try expectSameAsColdBuild("deleted file", [translation]) {
            try FileManager.default.removeItem(at: dir.appendingPathComponent(translation))
        }

        // A file made invalid: the build fails and the last good files stay served; then fixed.
        let police = "content/cases/fake-police-call.zh.md"
        let policeText = try read(police)
        try write(police, policeText.replacingOccurrences(of: "date: 2026-01-09", with: "date: 2026-02-30"))
        #expect(throws: BuildFailure.self) { try rebuild([police]) }
        try expectSameAsColdBuild("invalid file fixed with an edit", [police]) {
            try write(police, policeText.replacingOccurrences(of: "王某先后转账56000元", with: "王某先后五次转账56000元"))
        }

        // A free page's title: it is in every page's menu.
        let about = "content/pages/about.zh.md"
        try expectSameAsColdBuild("free page title edit", [about]) {
            let text = try read(about)
            let title = try #require(text.split(separator: "\n").first { $0.hasPrefix("title:") })
            try write(about, text.replacingOccurrences(of: String(title), with: String(title) + "（新）"))
        }

        // A front-matter edit that lists do not show, and one that moves the page.
        try expectSameAsColdBuild("led line edit", [police]) {
            try write(police, try read(police).replacingOccurrences(of: "led: 公检法不会电话办案", with: "led: 公安机关不会电话办案"))
        }
        try expectSameAsColdBuild("date edit", [caseFile]) {
            try write(caseFile, try read(caseFile).replacingOccurrences(of: "date: 2026-01-15", with: "date: 2025-12-20"))
        }
        // A case of another fraud type: the cases of both types show their similar cases.
        try expectSameAsColdBuild("fraud type edit", [caseFile]) {
            try write(caseFile, try read(caseFile).replacingOccurrences(of: "fraud_type: task-rebate", with: "fraud_type: impersonate-police"))
        }
    }
}
