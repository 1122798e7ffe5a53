import BeaconBuild
import BeaconCore
import Foundation
import Testing

/// SPEC §10: a translation follows its original. When the Chinese file of a pair is a draft or
/// embargoed, its English translation is held back too: no page, feed entry, home listing,
/// search entry or share files, a warning naming the file and why, and a count in the summary.
@Suite struct TranslationFollowsOriginalTests {
    static let english = page("title: A rebate scam held back\ndate: 2024-03-01\nfraud_type: task-rebate", "The victim, Ms Wang, lost money.")

    static func files(original front: String) -> [String: String] {
        ["content/cases/x.zh.md": page("title: 暂不发布的案例\ndate: 2024-03-01\nfraud_type: task-rebate\n\(front)", "被害人王某被骗。"),
         "content/cases/x.en.md": english,
         "content/cases/y.zh.md": page("title: 已发布的案例\ndate: 2024-02-01\nfraud_type: task-rebate", "被害人李某被骗。"),
         "content/cases/y.en.md": page("title: A published case\ndate: 2024-02-01\nfraud_type: task-rebate", "Ms Li lost money.")]
    }

    func expectEnglishAbsent(_ site: TestSite) throws {
        #expect(site.exists("en/cases/y/index.html"))
        #expect(!site.exists("en/cases/x/index.html"))
        #expect(!site.exists("cases/x/index.html"))
        for file in ["en/feed.xml", "en/index.html", "en/search/index.js"] {
            #expect(!(try site.read(file)).contains("held back"), "\(file)")
        }
        #expect(try site.read("en/feed.xml").contains("A published case"))
        #expect(!site.exists("share/cases/x.en.txt"))
        #expect(!site.exists("share/cases/x.zh.txt"))
    }

    @Test func aDraftOriginalHoldsBackItsTranslation() throws {
        let site = try TestSite(Self.files(original: "draft: true"))
        defer { site.remove() }
        let report = try site.build()
        try expectEnglishAbsent(site)
        #expect(report.draftsHeldBack == 2)
        let w = try #require(report.warnings.first { $0.file == "content/cases/x.en.md" })
        #expect(w.what.english == "This translation is held back because its Chinese original content/cases/x.zh.md is a draft (`draft: true`).")
    }

    @Test func anEmbargoedOriginalHoldsBackItsTranslation() throws {
        for front in ["publish_at: 2999-02-01", "date: 2999-01-01"] {
            var files = Self.files(original: front)
            if front.hasPrefix("date") { files["content/cases/x.zh.md"] = page("title: 暂不发布的案例\ndate: 2999-01-01\nfraud_type: task-rebate", "被害人王某被骗。") }
            let site = try TestSite(files)
            defer { site.remove() }
            let report = try site.build()
            try expectEnglishAbsent(site)
            #expect(report.embargoedHeldBack == 2, "\(front)")
            let w = try #require(report.warnings.first { $0.file == "content/cases/x.en.md" })
            #expect(w.what.english.hasPrefix("This translation is held back because its Chinese original content/cases/x.zh.md has a `\(front.prefix { $0 != ":" })`"))
        }
    }

    @Test func draftsBuildsBoth() throws {
        let site = try TestSite(Self.files(original: "draft: true"))
        defer { site.remove() }
        let report = try site.build(drafts: true)
        #expect(site.exists("cases/x/index.html"))
        #expect(site.exists("en/cases/x/index.html"))
        #expect(try site.read("en/search/index.js").contains("held back"))
        #expect(report.draftsHeldBack == 0)
        #expect(!report.warnings.contains { $0.file == "content/cases/x.en.md" })
    }
}
