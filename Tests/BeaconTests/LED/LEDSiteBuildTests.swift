import BeaconBuild
import BeaconContent
import BeaconCore
import BeaconLED
import BeaconStats
import Foundation
import Testing

/// The LED step inside a whole build: files under public/led/, the /led/ page in both languages.
@Suite struct LEDSiteBuildTests {
    static let config = TestSite.minimalConfig + "\n" + LEDFixture.threeBoards + "\n"

    @Test func buildWritesProgramsAndTheLEDPageInBothLanguages() throws {
        var files = Fixtures.bilingual
        files["site.yaml"] = Self.config
        let site = try TestSite(files)
        let report = try site.build()
        #expect(report.ledBoards == 3)
        for board in ["shop-strip", "station", "village"] {
            #expect(site.exists("led/\(board)/program.txt"))
            #expect(site.exists("led/\(board)/program.utf8.txt"))
            #expect(site.exists("led/\(board)/preview.png"))
        }
        let zh = try site.read("led/index.html")
        let en = try site.read("en/led/index.html")
        // Previews and programs are linked under the base_url's sub-path, the same file for both languages.
        #expect(zh.contains("src=\"/fanzha/led/shop-strip/preview.png\""))
        #expect(en.contains("src=\"/fanzha/led/shop-strip/preview.png\""))
        #expect(zh.contains("href=\"/fanzha/led/station/program.txt\""))
        // The bulletin's led: line is listed, its origin named by the bulletin's title in the
        // staff section, never by a source path; the scrolling board is animated.
        #expect(zh.contains("九月破获刷单团伙"))
        let staff = try #require(zh.range(of: "<details class=\"led-staff\">").map { String(zh[$0.lowerBound...]) })
        #expect(staff.contains("九月警情通报"))
        #expect(!zh.contains("content/") && !en.contains("content/"))
        #expect(!zh.contains("sept.zh.md"))
        #expect(zh.contains("class=\"led-scroll\""))
        // Valid and usable by everyone: no <style> inside <main>; the tall preview is a
        // labelled region the keyboard reaches; the moving previews can be paused.
        #expect(!zh.contains("<style"))
        #expect(zh.contains("class=\"led-preview-frame\" tabindex=\"0\" role=\"region\" aria-label=\""))
        #expect(zh.contains("<input class=\"led-pause-box\" type=\"checkbox\" id=\"led-pause\">"))
        #expect(zh.contains("<label class=\"led-pause\" for=\"led-pause\">"))
        for file in ["program.json", "scroll.txt"] { #expect(zh.contains("href=\"/fanzha/led/station/\(file)\"")) }
        #expect(zh.contains("LED 显示屏节目") && en.contains("LED board programs"))
        #expect(en.contains("enlarged"))
        // The footer links staff to the page.
        #expect(try site.read("index.html").contains("/fanzha/led/"))
    }

    @Test func ledOnlyBuildOfOneBoardWritesNothing() throws {
        var files = Fixtures.bilingual
        files["site.yaml"] = Self.config
        let site = try TestSite(files)
        var options = BuildOptions(siteRoot: site.root)
        options.parts = [.led]
        options.write = false
        options.ledBoard = "station"
        let builder = SiteBuilder(options: options)
        try builder.run()
        let result = try #require(builder.ledResult)
        #expect(result.programs.map(\.board.name) == ["station"])
        #expect(result.terminalText.contains("│接到96110来电请务必接听"))
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func siteWithoutBoardsHasNoLEDPage() throws {
        let site = try TestSite(Fixtures.bilingual)
        try site.build()
        #expect(!site.exists("led/index.html"))
        #expect(!site.exists("led"))
    }
}

/// The repository's sample district: its three boards, with headlines from its statistics.
@Suite struct LEDSampleSiteTests {
    @Test func sampleBoardsQuoteTheStatisticsAsTheSiteWritesThem() throws {
        var options = BuildOptions(siteRoot: TestSite.repository)
        options.parts = [.led]
        options.write = false
        let builder = SiteBuilder(options: options)
        try builder.run()
        let result = try #require(builder.ledResult)
        #expect(result.programs.map(\.board.name) == ["shop-strip", "station", "village"])
        #expect(result.programs.map(\.board.charset) == [.gb2312, .gbk, .utf8])
        #expect(result.warnings.isEmpty)

        let site = try #require(builder.site)
        let stats = try StatsCollection.load(sources: site.statsSources, config: site.config)
        let latest = try #require(stats.latest)
        let zh = try #require(site.config.language("zh"))
        let filed = try #require(latest.formatted(metric: "cases_filed", language: SiteLanguage(zh, strings: site.strings)))
        let change = try #require(latest.formattedChange(metric: "cases_filed", language: SiteLanguage(zh, strings: site.strings)))
        let station = try #require(result.programs.first { $0.board.name == "station" })
        let headline = try #require(station.items.first { $0.message.source.kind == .headline })
        #expect(headline.message.text.contains(filed) && headline.message.text.contains(change))
        #expect(headline.message.source.note == latest.file)
        // On the static strip the same sentence is split into whole screens.
        let strip = try #require(result.programs.first { $0.board.name == "shop-strip" })
        #expect(strip.lines.contains(change))
    }
}
