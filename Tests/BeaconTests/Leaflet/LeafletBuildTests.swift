@testable import BeaconBuild
import BeaconContent
import BeaconCore
import BeaconStats
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
            let links = HTMLLinks.values(in: html)
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
        let d = try #require(problems.first { $0.file == "content/leaflets/autumn.yaml" && $0.severity == .error })
        #expect(d.line == 4 && d.hint?.contains("`task-rebate-student`") == true)
        #expect(!site.exists("leaflets/autumn.zh.pdf"))
    }
}

/// The sample site's leaflets, built as `beacon build` builds them, with the real statistics.
@Suite struct SampleSiteLeafletTests {
    @Test func theSampleLeafletsFitAndQuoteTheFiguresAsTheSiteWritesThem() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-sample-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        var options = BuildOptions(siteRoot: TestSite.repository, output: out)
        options.parts = [.leaflets]
        let builder = SiteBuilder(options: options)
        try builder.run()
        let site = try #require(builder.site)
        let names = site.leafletSources.map { ($0.path as NSString).lastPathComponent.replacingOccurrences(of: ".yaml", with: "") }
        #expect(names.count >= 3)
        for name in names {
            for lang in site.config.languageCodes {
                let pdf = out.appendingPathComponent("leaflets/\(name).\(lang).pdf")
                #expect(try PDFInfo(pdf).pages == 2, "\(name).\(lang)")
            }
        }
        // The tri-fold quotes the period's first headline figure exactly as the statistics module writes it.
        let stats = try StatsCollection.load(sources: site.statsSources, config: site.config)
        let period = try #require(stats.period("2021-10"))
        let zh = try #require(site.config.language("zh"))
        let figure = try #require(period.formatted(metric: period.headline[0], language: SiteLanguage(zh, strings: site.strings)))
        let change = try #require(period.formattedChange(metric: period.headline[0], language: SiteLanguage(zh, strings: site.strings)))
        let text = try pdfText(out.appendingPathComponent("leaflets/typical-cases.zh.pdf"))
        #expect(text.contains(figure.withoutWhitespace) && text.contains(change.withoutWhitespace))
    }
}
