import BeaconBuild
import BeaconCore
@testable import BeaconServe
import BeaconStarter
import Foundation
import Testing

/// The preview's first build serves the pages before any leaflet or banner is typeset: a site
/// with twenty leaflets took two minutes before a clerk saw its first page. The print work
/// then follows, and its follow-up build serves every file a cold build makes.
@Suite struct PreviewFirstBuildTests {
    @Test func theFirstBuildServesPagesThenThePrintWorkFollows() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-first-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Starter.createSite(at: dir)
        let printed = DispatchSemaphore(value: 0)
        let rebuild = SitePreview.rebuild(BuildOptions(siteRoot: dir), address: { PreviewEqualityTests.address },
                                          printed: { printed.signal() })

        let first = try rebuild([])
        guard case .memory(let pages) = first.output else { Issue.record("the preview serves from memory"); return }
        #expect(pages["index.html"] != nil && pages["en/index.html"] != nil, "the home pages are served at once")
        #expect(pages.keys.filter { $0.hasPrefix("leaflets/") || $0.hasPrefix("banners/") }.isEmpty,
                "no leaflet or banner is typeset before the pages are served")
        #expect(first.stalePrintFolders.contains("leaflets/") && first.stalePrintFolders.contains("banners/"),
                "a request for a leaflet waits for the print work rather than find nothing")
        #expect(pages.keys.contains { $0.hasPrefix("led/") }, "LED programs, made in a second, are not held back")
        let after = try #require(first.afterServed, "the print work is asked for once the pages are served")

        // The print work, then the follow-up builds that serve each of its stages.
        var result = first
        var next: (@Sendable () -> Void)? = after
        var rounds = 0
        while let ask = next, rounds < 3 {
            ask()
            #expect(printed.wait(timeout: .now() + 120) == .success, "the print work ends")
            result = try rebuild([])
            next = result.afterServed
            rounds += 1
        }
        guard case .memory(let files) = result.output else { Issue.record("the preview serves from memory"); return }
        let cold = try PreviewEqualityTests.coldBuild(dir).files
        #expect(files.keys.contains { $0.hasPrefix("leaflets/") && $0.hasSuffix(".pdf") }, "the leaflets are served after the print work")
        #expect(files.keys.sorted() == cold.keys.sorted(), "then the same files as a cold build")
        let differing = cold.keys.filter { files[$0] != cold[$0] }.sorted()
        #expect(differing.isEmpty, "files that differ from a cold build: \(differing.prefix(8))")
        #expect(result.stalePrintFolders.isEmpty, "nothing is left waiting")
    }
}
