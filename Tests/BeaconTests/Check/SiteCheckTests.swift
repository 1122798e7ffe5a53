import BeaconBuild
import BeaconContent
import BeaconCore
import Foundation
import Testing

@Suite struct SiteCheckTests {
    static let source = "王某收到刷单信息。\n\n## 案情简介\n\n王某被骗。\n\n## 警方提示\n\n凡是刷单都是诈骗。"

    func check(_ files: [String: String]) throws -> (CheckReport, TestSite) {
        let site = try TestSite(files)
        return (SiteCheck(options: BuildOptions(siteRoot: site.root)).run(), site)
    }

    @Test func findsAMissingTranslation() throws {
        let (report, site) = try check([
            "content/cases/rebate.zh.md": page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate", Self.source),
        ])
        defer { site.remove() }
        let d = try #require(report.warnings.first { $0.message.contains("no en version") })
        #expect(d.file == "content/cases/rebate.zh.md")
        #expect(d.hint?.contains("content/cases/rebate.en.md") == true)
        #expect(d.hint?.contains("translation_of: \(TranslationHash.of(body: "\n" + Self.source + "\n"))") == true)
        #expect(report.passed, "a missing translation is a warning, not an error: \(report.errors)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "check must not write public/")
    }

    /// A link written as a path to a page that is not there is one error, with one fix: the
    /// build's own check names it, and the check of files the text refers to does not add a
    /// second one about static/.
    @Test func aDeadPathLinkIsReportedOnce() throws {
        let (report, site) = try check([
            "content/cases/rebate.zh.md": page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate",
                                               "王某被骗，见[旧案](/cases/old-case/)。"),
        ])
        defer { site.remove() }
        let about = report.errors.filter { $0.message.contains("/cases/old-case/") }
        #expect(about.count == 1, "\(about.map(\.message))")
        #expect(about.first?.hint?.contains("static/") == false)
    }

    @Test func findsAStaleTranslationAndAcceptsAFreshOne() throws {
        let fresh = TranslationHash.of(body: "\n" + Self.source + "\n")
        let (report, site) = try check([
            "content/cases/rebate.zh.md": page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate", Self.source),
            "content/cases/rebate.en.md": page("title: A rebate scam\ndate: 2021-06-12\nfraud_type: task-rebate\ntranslation_of: \(fresh)", "Ms Wang."),
            "content/cases/old.zh.md": page("title: 旧案\ndate: 2021-06-12\nfraud_type: task-rebate", Self.source + "\n\n补充：新的内容。"),
            "content/cases/old.en.md": page("title: An old case\ndate: 2021-06-12\nfraud_type: task-rebate\ntranslation_of: \(fresh)", "Old."),
        ])
        defer { site.remove() }
        let stale = report.warnings.filter { $0.message.contains("out of date") }
        #expect(stale.map(\.file) == ["content/cases/old.en.md"])
        #expect(stale.first?.line == 5, "the line of `translation_of:`")
        let now = try TranslationHash.of(file: site.root.appendingPathComponent("content/cases/old.zh.md"), path: "content/cases/old.zh.md")
        #expect(now != fresh)
        #expect(stale.first?.hint?.contains("translation_of: \(now)") == true)
    }

    /// Translations without `translation_of:` can never be found stale: one warning says so for
    /// all of them, with the hash to record for the first.
    @Test func translationsWithoutASourceHashAreReportedOnce() throws {
        let zh = page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate", Self.source)
        var files: [String: String] = [:]
        for slug in ["a", "b", "c", "d", "e"] {
            files["content/cases/\(slug).zh.md"] = zh
            files["content/cases/\(slug).en.md"] = page("title: A rebate scam\ndate: 2021-06-12\nfraud_type: task-rebate", "Ms Wang.")
        }
        files["content/cases/e.en.md"] = page("title: A rebate scam\ndate: 2021-06-12\nfraud_type: task-rebate\ntranslation_of: \(TranslationHash.of(body: "\n" + Self.source + "\n"))", "Ms Wang.")
        let (report, site) = try check(files)
        defer { site.remove() }
        let about = report.warnings.filter { $0.message.contains("no `translation_of:`") }
        #expect(about.count == 1, "\(about.map(\.message))")
        let d = try #require(about.first)
        #expect(d.file == "content/cases/a.en.md")
        #expect(d.message.contains("4 translations"), "\(d.message)")
        #expect(d.message.contains("content/cases/c.en.md and 1 more"), "\(d.message)")
        #expect(!d.message.contains("e.en.md"), "e records its source: \(d.message)")
        #expect(d.hint?.contains("translation_of: \(TranslationHash.of(body: "\n" + Self.source + "\n"))") == true)
        #expect(report.passed)
    }

    @Test func findsABrokenAnchorWithTheNearestHeading() throws {
        let (report, site) = try check([
            "content/cases/rebate.zh.md": page("title: 刷单返利案\ndate: 2021-06-12\nfraud_type: task-rebate", Self.source),
            "content/cases/rebate.en.md": page("title: A rebate scam\ndate: 2021-06-12\nfraud_type: task-rebate",
                                               "Ms Wang.\n\n## Police advice\n\nAll paid order-brushing is fraud."),
            "content/bulletins/sept.zh.md": page("title: 九月通报\ndate: 2021-09-30",
                                                 "见[提示](@/cases/rebate.md#警方提示)。\n\n又见[案情](@/cases/rebate.md#案情简)。"),
            "content/bulletins/sept.en.md": page("title: September\ndate: 2021-09-30", "See [advice](@/cases/rebate.md#police-advise)."),
        ])
        defer { site.remove() }
        let anchors = report.errors.filter { $0.message.contains("does not have") }
        #expect(anchors.count == 2)
        let zh = try #require(anchors.first { $0.file == "content/bulletins/sept.zh.md" })
        #expect(zh.line == 7)
        #expect(zh.hint?.contains("#案情简介") == true)
        let en = try #require(anchors.first { $0.file == "content/bulletins/sept.en.md" })
        #expect(en.hint?.contains("#police-advice") == true)
        #expect(!report.passed)
    }

    @Test func findsMissingImagesUnreachablePagesAndOverlongTitles() throws {
        let long = String(repeating: "很长的标题", count: 8)
        let (report, site) = try check([
            "content/bulletins/sept.zh.md": page("title: \(long)\ndate: 2021-09-30", "![图](/images/missing.png)\n\n![图标](/assets/favicon.svg)"),
            "content/bulletins/sept.en.md": page("title: September\ndate: 2021-09-30", "Text."),
            "content/pages/hidden.zh.md": page("title: 隐藏页", "没有链接到这里。"),
            "content/pages/hidden.en.md": page("title: Hidden", "Nothing links here."),
        ])
        defer { site.remove() }
        let image = try #require(report.errors.first { $0.message.contains("images/missing.png") })
        #expect(image.file == "content/bulletins/sept.zh.md")
        #expect(image.line == 5)
        #expect(report.errors.filter { $0.message.contains("images/missing.png") }.count == 1, "reported once, by the build")
        #expect(!report.errors.contains { $0.message.contains("favicon.svg") }, "a theme file that exists is fine: \(report.errors)")
        let unreachable = report.warnings.filter { $0.message.contains("No menu, list or link") }.compactMap(\.file).sorted()
        #expect(unreachable == ["content/pages/hidden.en.md", "content/pages/hidden.zh.md"])
        #expect(report.warnings.contains { $0.file == "content/bulletins/sept.zh.md" && $0.line == 2 && $0.message.contains("WeChat") })
    }

    @Test func buildErrorsAreReportedToo() throws {
        let (report, site) = try check(["content/bulletins/a.zh.md": page("title: 标题\ndate: 2021-13-45")])
        defer { site.remove() }
        #expect(report.errors.contains { $0.file == "content/bulletins/a.zh.md" && $0.line == 3 })
        let json = try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any]
        #expect((json?["errors"] as? Int ?? 0) >= 1)
        #expect(((json?["problems"] as? [[String: Any]])?.first?["file"] as? String) == "content/bulletins/a.zh.md")
    }
}

@Suite struct TranslationHashTests {
    @Test func ignoresLineEndsAndTrailingSpacesButNotWords() {
        let a = TranslationHash.of(body: "第一行\n第二行\n")
        #expect(a.count == 8 && TranslationHash.isWellFormed(a))
        #expect(TranslationHash.of(body: "\r\n第一行  \r\n第二行\r\n\r\n") == a)
        #expect(TranslationHash.of(body: "第一行\n第二行。\n") != a)
    }
}

/// `beacon check` on the site's own theme files (SPEC §1's layers).
@Suite struct ThemeOverrideCheckTests {
    @Test func aCopyThatChangesNothingAndAMisspeltOverrideAreReported() throws {
        var files = Fixtures.bilingual
        files["themes/default/templates/base.mustache"] = try String(contentsOf: TestSite.themeSource.appendingPathComponent("templates/base.mustache"), encoding: .utf8)
        files["themes/default/templates/bulletn.mustache"] = "{{<base}}{{$main}}mine{{/main}}{{/base}}"
        files["themes/default/templates/list.mustache"] = try String(contentsOf: TestSite.themeSource.appendingPathComponent("templates/list.mustache"), encoding: .utf8) + "\n<!-- ours -->\n"
        files["themes/default/static/css/extra.css"] = "/* a file of our own */"
        let site = try TestSite(files)
        defer { site.remove() }
        let report = SiteCheck(options: BuildOptions(siteRoot: site.root)).run()
        let same = report.warnings.filter { $0.message.contains("same as the built-in") }
        #expect(same.map(\.file) == ["themes/default/templates/base.mustache"])
        let typo = try #require(report.warnings.first { $0.file == "themes/default/templates/bulletn.mustache" })
        #expect(typo.hint?.contains("themes/default/templates/bulletin.mustache") == true)
        #expect(!report.warnings.contains { $0.file == "themes/default/templates/list.mustache" || $0.file == "themes/default/static/css/extra.css" })
    }
}
