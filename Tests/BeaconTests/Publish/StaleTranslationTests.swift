@testable import BeaconBuild
import BeaconContent
import BeaconCore
import Foundation
import Testing

/// SPEC §10: a translation whose source changed since is built with a notice at the top of
/// the page in its own language, and a warning; `beacon check` shows what changed.
@Suite struct StaleTranslationTests {
    static let oldBody = "王某被骗子诱导转账三次。\n\n## 警方提示\n\n不要转账。"
    static let newBody = "王某被骗子诱导转账四次。\n\n## 警方提示\n\n不要转账。"

    func site(zhBody: String) throws -> TestSite {
        let hash = TranslationHash.of(body: Self.oldBody)
        return try TestSite([
            "content/cases/transfers.zh.md": page("title: 转账案\ndate: 2024-03-01\nfraud_type: task-rebate", zhBody),
            "content/cases/transfers.en.md": page("title: Transfers\ndate: 2024-03-01\nfraud_type: task-rebate\ntranslation_of: \(hash)",
                                                  "Ms Wang was talked into three transfers.\n\n## Police advice\n\nNever transfer."),
        ])
    }

    @Test func aStaleTranslationIsBuiltWithANoticeAndAWarning() throws {
        let site = try site(zhBody: Self.newBody)
        defer { site.remove() }
        let report = try site.build()
        let w = try #require(report.warnings.first { $0.file == "content/cases/transfers.en.md" })
        #expect(w.line == 5)
        #expect(w.what.english == "This translation may be out of date: content/cases/transfers.zh.md has changed since it was translated.")
        let en = try site.read("en/cases/transfers/index.html")
        let notice = try #require(en.range(of: "<div class=\"notice notice-stale\" role=\"note\">"))
        #expect(notice.lowerBound < en.range(of: "<main")!.lowerBound, "the notice stands at the top of the page")
        #expect(en.contains("This translation may be out of date: the Chinese original has changed since it was translated. <a href=\"/fanzha/cases/transfers/\" hreflang=\"zh-CN\">Read the Chinese original</a>"), "\(en)")
        #expect(!(try site.read("cases/transfers/index.html")).contains("notice-stale"), "the original carries no notice")
    }

    @Test func anUpToDateTranslationHasNoNotice() throws {
        let site = try site(zhBody: Self.oldBody)
        defer { site.remove() }
        let report = try site.build()
        #expect(!report.warnings.contains { $0.file == "content/cases/transfers.en.md" })
        #expect(!(try site.read("en/cases/transfers/index.html")).contains("notice-stale"))
    }

    @Test func checkShowsWhatChangedFromGit() throws {
        let site = try site(zhBody: Self.oldBody)
        defer { site.remove() }
        func git(_ args: String...) throws {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["git", "-C", site.root.path, "-c", "user.name=Clerk", "-c", "user.email=clerk@example.gov.cn"] + args
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            try #require(p.terminationStatus == 0, "git \(args)")
        }
        try git("init", "-q")
        try git("add", "content")
        try git("commit", "-q", "-m", "translated")
        try site.write("content/cases/transfers.zh.md", page("title: 转账案\ndate: 2024-03-01\nfraud_type: task-rebate", Self.newBody))
        let report = SiteCheck(options: BuildOptions(siteRoot: site.root)).run()
        let stale = report.diagnostics.filter { $0.file == "content/cases/transfers.en.md" && $0.what.english.contains("may be out of date") }
        #expect(stale.count == 1, "one warning, not the build's and the check's")
        let fix = try #require(stale.first?.fix?.english)
        #expect(fix.hasPrefix("What changed in content/cases/transfers.zh.md since it was translated (- before, + now):\n  - 王某被骗子诱导转账三次。\n  + 王某被骗子诱导转账四次。\n"), "\(fix)")
    }

    @Test func checkSaysWhenTheOldTextIsNotKept() throws {
        let site = try site(zhBody: Self.newBody)
        defer { site.remove() }
        let report = SiteCheck(options: BuildOptions(siteRoot: site.root)).run()
        let fix = try #require(report.diagnostics.first { $0.file == "content/cases/transfers.en.md" && $0.what.english.contains("may be out of date") }?.fix?.english)
        #expect(fix.hasPrefix("What changed cannot be shown: the text it was translated from (`translation_of: \(TranslationHash.of(body: Self.oldBody))`) was never kept, neither by a build (in .beacon/translation-sources/) nor in the site's git history"), "\(fix)")
    }

    /// Without git: a build made while the translation was up to date kept its source's text.
    @Test func checkShowsWhatChangedFromTheCopyABuildKept() throws {
        let site = try site(zhBody: Self.oldBody)
        defer { site.remove() }
        try site.build()
        try site.write("content/cases/transfers.zh.md", page("title: 转账案\ndate: 2024-03-01\nfraud_type: task-rebate", Self.newBody))
        let report = SiteCheck(options: BuildOptions(siteRoot: site.root)).run()
        let fix = try #require(report.diagnostics.first { $0.file == "content/cases/transfers.en.md" && $0.what.english.contains("may be out of date") }?.fix?.english)
        #expect(fix.hasPrefix("What changed in content/cases/transfers.zh.md since it was translated (- before, + now):\n  - 王某被骗子诱导转账三次。\n  + 王某被骗子诱导转账四次。\n"), "\(fix)")
    }

    @Test func linesDiffInOrder() {
        #expect(LineDiff.changes(from: "a\nb\nc", to: "a\nB\nc\nd") == ["- b", "+ B", "+ d"])
        #expect(LineDiff.changes(from: "a", to: "a").isEmpty)
    }
}
