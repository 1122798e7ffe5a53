import BeaconBuild
import BeaconCore
import BeaconServe
import Foundation
import Testing

/// `beacon serve` never makes a save wait for posters: the preview build leaves them to be
/// drawn when a browser asks for one.
@Suite struct SharePreviewTests {
    @Test func thePreviewBuildLeavesPostersToBeDrawnOnRequest() throws {
        let site = try TestSite(["content/cases/rebate.zh.md": page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate\nloss: 23000")])
        defer { site.remove() }
        let address = URL(string: "http://127.0.0.1:1111/")!
        let rebuild = SitePreview.rebuild(BuildOptions(siteRoot: site.root), address: { address })
        let result = try rebuild([])
        guard case .memory(let files) = result.output else { Issue.record("the preview builds in memory"); return }
        #expect(files["share/cases/rebate.zh.txt"] != nil, "messages are made with the pages")
        #expect(files.keys.filter { $0.hasSuffix(".png") && $0.hasPrefix("share/") }.isEmpty, "no poster is drawn while the save waits")
        let deferred = try #require(result.deferred)
        #expect(deferred.paths.contains("share/cases/rebate.zh.png") && deferred.paths.contains("share/card.en.png"))
        let png = try #require(deferred.data("share/cases/rebate.zh.png"))
        #expect(PNGSize(png) == PNGSize(width: 1080, height: 1440))
        let file = site.root.appendingPathComponent("poster.png")
        try png.write(to: file)
        let decoded = try Tool.run("zbarimg", ["-q", "--raw", file.path]).trimmingCharacters(in: .whitespacesAndNewlines)
        // A poster saved from the preview is shared outside this computer: its QR code leads to
        // the published page, never to the preview's own address.
        #expect(decoded == "https://example.gov.cn/fanzha/cases/rebate/", "the preview's poster leads to the public page")
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "serve never writes public/")
    }
}
