@testable import BeaconBuild
import BeaconContent
import BeaconCore
import BeaconStarter
import BeaconTheme
import Foundation
import Testing

/// SPEC §1: the theme built into Beacon is the base; a site overrides single files at the same
/// path under its `themes/default/`, and string files merge key by key.
@Suite struct ThemeLayerTests {
    @Test func aSiteTemplateReplacesTheBaseOneAndTheRestStillComeFromTheBase() throws {
        var files = Fixtures.bilingual
        let item = try String(contentsOf: TestSite.themeSource.appendingPathComponent("templates/item.mustache"), encoding: .utf8)
        files["themes/default/templates/item.mustache"] = "<p class=\"my-item\">{{title}}</p>\n" + item
        files["themes/default/static/css/site.css"] = "/* the district's own */\n"
        files["themes/default/static/css/extra.css"] = "/* a file the base does not have */\n"
        let site = try TestSite(files)
        defer { site.remove() }
        try site.build()
        #expect(try site.read("cases/index.html").contains("<p class=\"my-item\">刷单返利案</p>"))
        #expect(try site.read("assets/css/site.css") == "/* the district's own */\n")
        #expect(site.exists("assets/css/extra.css"))
        // Not overridden: from the base.
        let stats = try Data(contentsOf: TestSite.themeSource.appendingPathComponent("static/css/stats.css"))
        #expect(try Data(contentsOf: site.output.appendingPathComponent("assets/css/stats.css")) == stats)
        #expect(try site.read("en/cases/rebate/index.html").contains("class=\"article case-card\""))
    }

    /// The header and footer partials are rendered once per language and section
    /// (`SharedParts`): a site's own partial that shows a page's value still shows each page's.
    @Test func aSitesPartialThatShowsAPagesValueShowsEachPagesOwn() throws {
        var files = Fixtures.bilingual
        let footer = try String(contentsOf: TestSite.themeSource.appendingPathComponent("templates/footer.mustache"), encoding: .utf8)
        files["themes/default/templates/footer.mustache"] = "<p class=\"my-footer\">{{page.title}} · {{site.title}}</p>\n" + footer
        let site = try TestSite(files)
        defer { site.remove() }
        try site.build()
        #expect(try site.read("en/cases/rebate/index.html").contains("<p class=\"my-footer\">A rebate scam · "))
        #expect(try site.read("en/cases/index.html").contains("<p class=\"my-footer\">Case studies · "))
        // The menu marks each section's own entry, also where the header is shared.
        #expect(try site.read("en/cases/index.html").contains("aria-current=\"page\">Case studies</a>"))
        #expect(try site.read("en/bulletins/index.html").contains("aria-current=\"page\">Bulletins</a>"))
    }

    @Test func stringFilesMergeKeyByKeyAndAListIsReplacedWhole() throws {
        var files = Fixtures.bilingual
        files["themes/default/i18n/en/site.yaml"] = "nav:\n  home: Start\n"
        files["themes/default/i18n/zh/led.yaml"] = "led:\n  headlines:\n    - 只有一句\n"
        let site = try TestSite(files)
        defer { site.remove() }
        let loaded = try SiteLoader.load(root: site.root)
        #expect(loaded.language(.en).string("nav.home") == "Start")
        // Keys the site's file does not set, in the same file and in others, come from the base.
        let base = try ThemeStrings.load(ThemeLayers(name: "default", siteRoot: URL(fileURLWithPath: "/nonexistent"), base: TestSite.themeSource),
                                         languages: [.zh, .en])
        #expect(loaded.language(.en).string("nav.cases") == SiteLanguage(.en, strings: base).string("nav.cases"))
        #expect(loaded.language(.zh).string("nav.home") == SiteLanguage(.zh, strings: base).string("nav.home"))
        #expect(loaded.language(.en).string("hotline.police_number") == "110")
        #expect(loaded.language(.zh).string("led.headlines.0") == "只有一句")
        #expect(loaded.strings.strings(.zh)["led.headlines.1"] == nil)
        try site.build()
        #expect(try site.read("en/index.html").contains(">Start</a>"))
    }

    @Test func aBrokenOverrideIsReportedAtTheSitesPath() throws {
        var files = Fixtures.bilingual
        files["themes/default/templates/item.mustache"] = "{{#title}}unclosed\n"
        let site = try TestSite(files)
        defer { site.remove() }
        let d = try #require(site.failures().first)
        #expect(d.file == "themes/default/templates/item.mustache")
    }

    @Test func overrideCopiesOneBaseFileAndRefusesUnknownOnesWithCloseNames() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        #expect(try Starter.overrideThemeFile("templates/base.mustache", site: site.root) == "themes/default/templates/base.mustache")
        #expect(try Data(contentsOf: site.root.appendingPathComponent("themes/default/templates/base.mustache")) == BuiltinTheme.file("templates/base.mustache"))
        // A bare file name that only one theme file has is enough.
        #expect(try Starter.overrideThemeFile("site.css", site: site.root) == "themes/default/static/css/site.css")
        // Never overwrites the site's own copy.
        #expect(throws: Diagnostic.self) { try Starter.overrideThemeFile("templates/base.mustache", site: site.root) }
        do {
            try Starter.overrideThemeFile("templates/bulletn.mustache", site: site.root)
            Issue.record("an unknown file was accepted")
        } catch let d as Diagnostic {
            #expect(d.message.contains("templates/bulletn.mustache"))
            #expect(d.hint?.contains("`templates/bulletin.mustache`") == true, "\(String(describing: d.hint))")
        }
        try site.build()
    }

    @Test func themeOptionsSetColoursEmblemAndHotlines() throws {
        var files = Fixtures.bilingual
        files["site.yaml"] = TestSite.minimalConfig + """

        theme_options:
          colours: {brand: "#1d4e2b", accent: "#8a1538"}
          emblem: images/emblem.svg
          hotlines:
            - {label: {zh: 报警电话, en: Police}, number: "110"}
            - {label: {zh: 区反诈中心, en: District anti-fraud centre}, number: "0517-83600110"}
        """
        files["static/images/emblem.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>"
        let site = try TestSite(files)
        defer { site.remove() }
        try site.build()
        let home = try site.read("en/index.html")
        #expect(home.contains("--blue:#1d4e2b"))
        #expect(home.contains("--red:#8a1538;--red-dark:"))
        #expect(home.contains("<img class=\"brand-mark\" src=\"/fanzha/images/emblem.svg\""))
        #expect(home.contains("District anti-fraud centre"))
        #expect(home.contains("<a class=\"call\" href=\"tel:051783600110\">"))
        #expect(home.contains("0517-83600110</span>"))
        #expect(!home.contains("tel:96110"), "the site's hotlines replace the default two")
        let zh = try site.read("index.html")
        #expect(zh.contains("区反诈中心"))
    }

    @Test func withoutThemeOptionsTheDefaultHotlinesShow() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        try site.build()
        let home = try site.read("index.html")
        #expect(home.contains("href=\"tel:110\"") && home.contains("href=\"tel:96110\""))
        #expect(!home.contains("<style>"))
    }

    @Test(arguments: [
        ("colours: {brand: \"#ffd700\"}", 2, "too light"),
        ("colours: {brand: blue}", 2, "#rrggbb"),
        ("colours: {brnad: \"#000000\"}", 2, "brand"),
        ("emblem: images/missing.png", 2, "does not exist"),
        ("hotlines:\n    - {label: {zh: 热线, en: Line}, number: call us}", 3, "not a telephone number"),
        ("hotlines:\n    - {label: {zh: 热线}, number: \"96110\"}", 3, "no `en`"),
    ])
    func badThemeOptionsNameTheLine(_ yaml: String, _ lineInBlock: Int, _ words: String) throws {
        var files = Fixtures.bilingual
        let config = TestSite.minimalConfig + "\ntheme_options:\n  " + yaml + "\n"
        files["site.yaml"] = config
        let site = try TestSite(files)
        defer { site.remove() }
        let problems = site.failures()
        let d = try #require(problems.first, "no error for \(yaml)")
        #expect(d.file == "site.yaml")
        let blockStart = config.components(separatedBy: "\n").firstIndex(of: "theme_options:")! + 1
        #expect(d.line == blockStart + lineInBlock - 1, "\(d)")
        #expect("\(d.message) \(d.hint ?? "")".contains(words), "\(d)")
    }

    @Test func aNewSiteHasNoThemeFilesAndStillGetsTheBaseFixes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-layer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Starter.createSite(at: dir)
        // A base of a "later Beacon" with a changed template: the site picks it up untouched.
        let base = dir.appendingPathComponent("later-beacon")
        try FileManager.default.copyItem(at: TestSite.themeSource, to: base)
        let footer = base.appendingPathComponent("templates/footer.mustache")
        try (try String(contentsOf: footer, encoding: .utf8)).replacingOccurrences(of: "<footer class=\"site-footer\">", with: "<footer class=\"site-footer fixed-in-a-later-version\">")
            .write(to: footer, atomically: true, encoding: .utf8)
        var options = BuildOptions(siteRoot: dir)
        options.builtinTheme = base
        try SiteBuilder(options: options).run()
        #expect(try String(contentsOf: dir.appendingPathComponent("public/index.html"), encoding: .utf8).contains("fixed-in-a-later-version"))
    }
}
