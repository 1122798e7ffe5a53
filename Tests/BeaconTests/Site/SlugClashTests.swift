import BeaconCore
import Foundation
import Testing

/// Two files that would be published at one address, found on a site written to the SPEC
/// by someone else: each error names the file to change (and the `slug:` line that caused
/// it), and the previous output stays as it was.
@Suite struct SlugClashTests {
    /// Builds a good site, adds `files`, and returns the problems of the second build.
    func clash(_ files: [String: String]) throws -> [Diagnostic] {
        let site = try TestSite(["content/bulletins/ok.zh.md": page("title: 正常\ndate: 2021-09-30"),
                                 "content/pages/privacy.md": page("title: 隐私说明")])
        defer { site.remove() }
        try site.build()
        let before = try site.snapshot()
        for (path, text) in files { try site.write(path, text) }
        let problems = site.failures()
        #expect(!problems.isEmpty, "the build should have failed")
        #expect(try site.snapshot() == before, "public/ changed after a failed build")
        return problems
    }

    @Test func aSlugInFrontMatterIsBlamedEvenWhenItsFileSortsFirst() throws {
        let d = try #require(try clash(["content/bulletins/a-new.zh.md": page("title: 新的\ndate: 2021-10-01\nslug: ok")]).first)
        #expect(d.file == "content/bulletins/a-new.zh.md")
        #expect(d.line == 4)
        #expect(d.message.contains("content/bulletins/ok.zh.md"))
    }

    @Test(arguments: ["title: Privacy", "title: 隐私\nslug: privacy-notice"])
    func aFileWithoutSuffixAndItsDefaultLanguageTwinAreOneVersionTooMany(_ frontMatter: String) throws {
        let problems = try clash(["content/pages/privacy.zh.md": page(frontMatter)])
        let d = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(d.file == "content/pages/privacy.zh.md")
        #expect(d.message.contains("content/pages/privacy.md") && d.message.contains("default language"))
        #expect(d.hint?.contains("privacy.en.md") == true)
    }

    @Test func aPageNamedAfterAnotherLanguageWouldReplaceThatLanguagesHome() throws {
        let d = try #require(try clash(["content/pages/en.md": page("title: English")]).first)
        #expect(d.file == "content/pages/en.md")
        #expect(d.message.contains("`en`"))
        // The same slug in a language whose home is not at /en/ is fine.
        let site = try TestSite(["content/pages/en.en.md": page("title: About English")])
        defer { site.remove() }
        try site.build()
        #expect(site.exists("en/en/index.html"))
    }

    @Test func aSlugWithAPathIsSuggestedWithItsWordsKept() throws {
        let d = try #require(try clash(["content/bulletins/x.zh.md": page("title: 通报\ndate: 2021-09-01\nslug: news/2024/fake-refund")]).first)
        #expect(d.file == "content/bulletins/x.zh.md" && d.line == 4)
        #expect(d.hint?.contains("`news-2024-fake-refund`") == true, "\(d.hint ?? "")")
    }

    @Test func aLinkByTheSlugInsteadOfTheFileNamesTheFile() throws {
        let problems = try clash([
            "content/cases/loan-fee.md": page("title: 贷款解冻费\ndate: 2023-12-01\nfraud_type: task-rebate\nslug: loan-unfreeze-fee"),
            "content/bulletins/x.zh.md": page("title: 通报\ndate: 2021-09-01", "见[案例](@/cases/loan-unfreeze-fee.md)。"),
        ])
        let d = try #require(problems.first { $0.file == "content/bulletins/x.zh.md" })
        #expect(d.line == 5)
        #expect(d.message.contains("content/cases/loan-fee.md"), "\(d.message)")
        #expect(d.hint?.contains("`@/cases/loan-fee.md`") == true)
    }
}
