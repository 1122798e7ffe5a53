import BeaconBuild
import BeaconCore
import Foundation
import Testing

/// Leaflets made by the whole build, as `beacon build` and `beacon leaflet` make them.
@Suite struct LeafletBuildTests {
    static var files: [String: String] {
        var f = LeafletFixture.files
        f.removeValue(forKey: "content/leaflets/summer.yaml")
        f["content/leaflets/autumn.yaml"] = "format: a4-trifold\ntitle: {zh: 反诈防骗 从我做起, en: Stop fraud before it starts}\ncases: [task-rebate-student, fake-police-call, health-products-elderly]\nslogans: all\n"
        return f
    }

    @Test func theBuildWritesPDFsPreviewsAndTheLeafletsPageInEachLanguage() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let report = try site.build()
        #expect(report.leaflets == 2)
        for lang in ["zh", "en"] {
            #expect(site.exists("leaflets/autumn.\(lang).pdf"))
            #expect(site.exists("leaflets/autumn.\(lang)-1.png") && site.exists("leaflets/autumn.\(lang)-2.png"))
        }
        for (page, lang) in [("leaflets/index.html", "zh"), ("en/leaflets/index.html", "en")] {
            let html = try site.read(page)
            let links = HTMLLinks.all(in: html)
            #expect(links.contains("/qjp/leaflets/autumn.\(lang).pdf"), "\(page)")
            #expect(links.contains("/qjp/leaflets/autumn.\(lang)-1.png") && links.contains("/qjp/leaflets/autumn.\(lang)-2.png"), "\(page)")
            #expect(html.contains(lang == "zh" ? "反诈防骗 从我做起" : "Stop fraud before it starts"))
        }
    }

    @Test func theLeafletCommandsBuildMakesOnlyTheNamedLeafletAndWritesNothing() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let builder = SiteBuilder(options: {
            var o = BuildOptions(siteRoot: site.root)
            o.parts = [.leaflets]
            o.write = false
            o.leafletName = "autumn"
            return o
        }())
        try builder.run()
        #expect(builder.leafletFiles.map(\.path).sorted() == ["leaflets/autumn.en-1.png", "leaflets/autumn.en-2.png", "leaflets/autumn.en.pdf",
                                                               "leaflets/autumn.zh-1.png", "leaflets/autumn.zh-2.png", "leaflets/autumn.zh.pdf"])
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func aLeafletNamingAMissingCaseFailsTheWholeBuildAndKeepsTheOutput() throws {
        var files = Self.files
        files["content/leaflets/autumn.yaml"] = "format: a5\ntitle: 秋\ncases:\n  - task-rebate-studnet\n"
        let site = try TestSite(files)
        defer { site.remove() }
        let problems = site.failures()
        let d = try #require(problems.first { $0.file == "content/leaflets/autumn.yaml" })
        #expect(d.line == 4 && d.hint?.contains("`task-rebate-student`") == true)
        #expect(!site.exists("leaflets/autumn.zh.pdf"))
    }
}
