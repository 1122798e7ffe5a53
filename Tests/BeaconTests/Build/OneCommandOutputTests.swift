@testable import BeaconBuild
import BeaconCore
import Foundation
import Testing

/// What a one-part command (`beacon leaflet`, `beacon banner`, `beacon led --output`) writes
/// into a new folder is Beacon's own output, so a later build may replace it.
@Suite struct OneCommandOutputTests {
    @Test func aBuildAfterALeafletIntoANewPublicFolderSucceeds() throws {
        let site = try TestSite(["content/bulletins/a.zh.md": page("title: 通报\ndate: 2021-06-12")])
        defer { site.remove() }
        try OutputWriter.add([OutputFile(path: "notice.zh.pdf", text: "%PDF-1.4")], to: site.output.appendingPathComponent("leaflets"))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(OutputWriter.marker).path))
        _ = try site.build()
        #expect(site.exists("index.html"))
    }

    @Test func aFolderThatHeldOtherFilesIsNotMarked() throws {
        let site = try TestSite(["content/bulletins/a.zh.md": page("title: 通报\ndate: 2021-06-12")])
        defer { site.remove() }
        try site.write("public/mine.txt", "a clerk's own file")
        try OutputWriter.add([OutputFile(path: "notice.zh.pdf", text: "%PDF-1.4")], to: site.output.appendingPathComponent("leaflets"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent(OutputWriter.marker).path))
        let refusal = try #require(site.failures().first { $0.message.contains("did not make") })
        #expect(refusal.hint?.contains("leaflets, mine.txt") == true, "the hint names what it found")
    }
}
