import BeaconBuild
import BeaconContent
import BeaconCore
import BeaconStarter
import BeaconTheme
import Foundation
import Testing

@Suite struct StarterTests {
    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("beacon-new-\(UUID().uuidString)")
    }

    @Test func aNewSiteBuildsAtOnceAndChecksClean() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let written = try Starter.createSite(at: dir)
        for kind in ["content/bulletins/", "content/cases/", "content/pages/", "content/stats/", "content/leaflets/", "content/banners/", "content/slogans.yaml"] {
            #expect(written.contains { $0.hasPrefix(kind) }, "a new site has \(kind)")
        }
        // No theme files: the theme built into Beacon serves the site, so its fixes reach it.
        #expect(!written.contains { $0.hasPrefix("themes/") })
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("themes").path))
        let config = try String(contentsOf: dir.appendingPathComponent("site.yaml"), encoding: .utf8)
        #expect(config.contains("led_boards:"))

        let report = try SiteBuilder(options: BuildOptions(siteRoot: dir)).run()
        #expect(report.pagesPerLanguage["zh"] ?? 0 > 0 && report.pagesPerLanguage["en"] ?? 0 > 0)
        let home = try String(contentsOf: dir.appendingPathComponent("public/en/cases/task-rebate-student/index.html"), encoding: .utf8)
        #expect(home.contains("A student caught by an order-brushing job"))
        let check = SiteCheck(options: BuildOptions(siteRoot: dir)).run()
        #expect(check.diagnostics.isEmpty, "a new site checks clean, translations up to date: \(check.diagnostics)")
    }

    /// The starter is what a clerk copies from: its slogans and pages quote with typographic
    /// marks in both languages (`“安全账户”`, `“safe account”`), never straight `"…"`, which a
    /// leaflet prints as they are (a slogan came out as `no "safe account"`).
    @Test func theStartersWordsQuoteWithTypographicMarks() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Starter.createSite(at: dir)
        let site = try SiteLoader.load(root: dir, options: LoadOptions())
        #expect(site.slogans.count >= 3)
        for (i, slogan) in site.slogans.enumerated() {
            for code in ["zh", "en"] {
                let text = try #require(slogan.text[code], "slogan \(i + 1) has \(code) words")
                #expect(!text.contains("\""), "slogan \(i + 1), \(code): \(text)")
            }
        }
        for page in site.pages {
            #expect(!page.title.contains("\"") && !page.body.contains("\""), "\(page.sourcePath) quotes with straight marks")
        }
    }

    @Test func theEmbeddedThemeIsTheRepositorysTheme() throws {
        for (path, data) in BuiltinTheme.files {
            #expect(try Data(contentsOf: TestSite.themeSource.appendingPathComponent(path)) == data, "\(path) differs from the embedded copy")
        }
        #expect(BuiltinTheme.files.contains { $0.path == "templates/base.mustache" })
    }

    @Test func refusesAFolderThatHasFiles() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        #expect(throws: Diagnostic.self) { try Starter.createSite(at: dir) }
        #expect(try String(contentsOf: dir.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
    }

    @Test(arguments: [ContentKind.bulletin, .case])
    func newContentInBothLanguagesDatedTodayWithTheSourceHash(_ kind: ContentKind) throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Starter.createSite(at: dir)
        let today = try #require(Day(iso: "2026-03-08"))
        let files = try Starter.newContent(kind, slug: "new-one", site: dir, today: today)
        #expect(files == ["content/\(kind.folder)/new-one.zh.md", "content/\(kind.folder)/new-one.en.md"])
        let zh = try String(contentsOf: dir.appendingPathComponent(files[0]), encoding: .utf8)
        let en = try String(contentsOf: dir.appendingPathComponent(files[1]), encoding: .utf8)
        #expect(zh.contains("date: 2026-03-08") && en.contains("date: 2026-03-08"))
        let hash = try TranslationHash.of(file: dir.appendingPathComponent(files[0]), path: files[0])
        #expect(en.contains("translation_of: \(hash)"))
        #expect(!zh.contains("translation_of"))
        // The drafts load without errors, and the check finds no stale translation.
        var options = BuildOptions(siteRoot: dir)
        options.drafts = true
        let report = SiteCheck(options: options).run()
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(!report.warnings.contains { $0.message.contains("out of date") })
        #expect(throws: Diagnostic.self) { try Starter.newContent(kind, slug: "new-one", site: dir, today: today) }
    }

    /// A site written to the SPEC may hold `notice.md` (no suffix: the default language) or a
    /// file whose `slug:` is the new slug; `beacon new` must not add a clashing page.
    @Test(arguments: [("content/bulletins/notice.md", "title: 通知\ndate: 2024-01-25"),
                      ("content/bulletins/spring.zh.md", "title: 通知\ndate: 2024-01-25\nslug: notice")])
    func refusesASlugAnExistingFileAlreadyHas(_ path: String, _ frontMatter: String) throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Starter.createSite(at: dir)
        try Data(page(frontMatter).utf8).write(to: dir.appendingPathComponent(path))
        do {
            try Starter.newContent(.bulletin, slug: "notice", site: dir)
            Issue.record("beacon new wrote a clashing page")
        } catch let d as Diagnostic {
            #expect(d.file == path)
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("content/bulletins/notice.zh.md").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("content/bulletins/notice.en.md").path))
    }

    @Test(arguments: ["New One", "../escape", "案例", "a/b"])
    func refusesABadSlug(_ slug: String) throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Starter.createSite(at: dir)
        #expect(throws: Diagnostic.self) { try Starter.newContent(.bulletin, slug: slug, site: dir) }
    }
}

@Suite struct EncodingFixTests {
    @Test func convertsGBKToUTF8KeepingABackup() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.zh.md")
        // "---\ntitle: 反诈\n---\n" with 反诈 in GBK.
        let gbk = Data("---\ntitle: ".utf8) + Data([0xB7, 0xB4, 0xD5, 0xA9]) + Data("\n---\n".utf8)
        try gbk.write(to: file)
        #expect(throws: Diagnostic.self) { try SourceText.read(file, path: "a.zh.md") }
        let outcome = try EncodingFix.fix(file, path: "a.zh.md")
        #expect(outcome == .converted(backup: dir.appendingPathComponent("a.zh.md.bak")))
        #expect(try String(contentsOf: file, encoding: .utf8) == "---\ntitle: 反诈\n---\n")
        #expect(try Data(contentsOf: dir.appendingPathComponent("a.zh.md.bak")) == gbk)
        #expect(try EncodingFix.fix(file, path: "a.zh.md") == .alreadyUTF8)
    }

    /// A paragraph pasted from a GBK document into a UTF-8 file: the GBK line is converted, the
    /// UTF-8 lines stay as they are (a clerk's half-pasted file was refused as "neither").
    @Test func convertsOnlyTheGBKLinesOfAMixedFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.zh.md")
        let mixed = Data("---\ntitle: 刷单返利\n---\n王某被骗。\r\n".utf8) + Data([0xB7, 0xB4, 0xD5, 0xA9, 0xA3, 0xA1]) + Data("\n警方提示。\n".utf8)
        try mixed.write(to: file)
        _ = try EncodingFix.fix(file, path: "a.zh.md")
        #expect(try String(contentsOf: file, encoding: .utf8) == "---\ntitle: 刷单返利\n---\n王某被骗。\r\n反诈！\n警方提示。\n")
        // The original kept beside it is named as a copy to delete, not a file to rename back.
        let site = try TestSite(["content/cases/a.zh.md": page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate")])
        defer { site.remove() }
        try site.write("content/cases/a.zh.md.bak", Data([0xB7, 0xB4]))
        let w = try #require(try site.build().warnings.first { $0.file == "content/cases/a.zh.md.bak" })
        #expect(w.fix?.english.contains("old copy of `a.zh.md`") == true, "\(w.fix?.english ?? "")")
    }
}
