import BeaconCore
import Foundation
import Testing

/// One bad input at a time: the build fails naming the file, the line and what to do,
/// and the previous output stays exactly as it was.
@Suite struct BadInputTests {
    static let good = "content/bulletins/ok.zh.md"

    /// Builds a good site, breaks it with `files`, and returns the problems of the second build.
    func breakSite(_ files: [String: Data]) throws -> [Diagnostic] {
        let site = try TestSite([Self.good: page("title: 正常\ndate: 2021-09-30")])
        defer { site.remove() }
        try site.build()
        let before = try site.snapshot()
        for (path, data) in files { try site.write(path, data) }
        let problems = site.failures()
        #expect(!problems.isEmpty, "the build should have failed")
        #expect(try site.snapshot() == before, "public/ changed after a failed build")
        return problems
    }

    func breakSite(_ path: String, _ text: String) throws -> [Diagnostic] {
        try breakSite([path: Data(text.utf8)])
    }

    @Test func misspeltKeySuggestsTheNearestOne() throws {
        let d = try #require(try breakSite("content/cases/x.zh.md", page("title: 案例\ndate: 2021-09-01\nfraud_tpye: task-rebate")).first)
        #expect(d.file == "content/cases/x.zh.md")
        #expect(d.line == 4)
        #expect(d.message.contains("`fraud_tpye`"))
        #expect(d.hint?.contains("`fraud_type`") == true)
    }

    @Test func missingTitleNamesTheKey() throws {
        let problems = try breakSite("content/bulletins/x.zh.md", page("date: 2021-09-01"))
        #expect(problems.contains { $0.file == "content/bulletins/x.zh.md" && $0.message.contains("`title`") })
    }

    @Test func impossibleDateIsNamed() throws {
        let d = try #require(try breakSite("content/bulletins/x.zh.md", page("title: 通报\ndate: 2021-02-30")).first)
        #expect(d.file == "content/bulletins/x.zh.md")
        #expect(d.line == 3)
        #expect(d.message.contains("2021-02-30"))
        #expect(d.message.contains("not a real date"))
    }

    @Test(arguments: [("content/bulletins/Bad Name.zh.md", "title: 通报\ndate: 2021-09-01", "space"),
                      ("content/bulletins/x.zh.md", "title: 通报\ndate: 2021-09-01\nslug: ../../etc", "path"),
                      ("content/bulletins/x.zh.md", "title: 通报\ndate: 2021-09-01\nslug: 九月通报", "non-ASCII"),
                      ("content/bulletins/x.zh.md", "title: 通报\ndate: 2021-09-01\nslug: Sept", "upper-case")])
    func badSlugs(_ path: String, _ frontMatter: String, _ reason: String) throws {
        let d = try #require(try breakSite(path, page(frontMatter)).first)
        #expect(d.file == path)
        #expect(d.message.contains(reason), "\(d.message)")
        #expect(d.hint?.contains("a–z") == true)
    }

    @Test func duplicateSlugNamesBothFiles() throws {
        let d = try #require(try breakSite("content/bulletins/other.zh.md", page("title: 另一篇\ndate: 2021-09-01\nslug: ok")).first)
        #expect(d.file == "content/bulletins/other.zh.md")
        #expect(d.line == 4)
        #expect(d.message.contains("content/bulletins/ok.zh.md"))
    }

    @Test func unknownFraudTypeSuggestsTheNearest() throws {
        let d = try #require(try breakSite("content/cases/x.zh.md", page("title: 案例\ndate: 2021-09-01\nfraud_type: task-rebates")).first)
        #expect(d.line == 4)
        #expect(d.message.contains("`task-rebates`"))
        #expect(d.hint?.contains("`task-rebate`") == true)
    }

    @Test func brokenYAMLPointsAtTheLine() throws {
        let d = try #require(try breakSite("content/bulletins/x.zh.md", page("title: 通报: 九月\ndate: 2021-09-01")).first)
        #expect(d.file == "content/bulletins/x.zh.md")
        #expect(d.line == 2)
        #expect(d.message.contains("YAML"))
        #expect(d.hint?.contains("quotes") == true)
    }

    @Test func gbkFileIsRecognised() throws {
        // "标题" and "正文" in GBK, as an old editor saves them.
        var bytes = Array("---\ntitle: ".utf8) + [0xB1, 0xEA, 0xCC, 0xE2] + Array("\ndate: 2021-09-01\n---\n".utf8)
        bytes += [0xD5, 0xFD, 0xCE, 0xC4, 0x0A]
        let d = try #require(try breakSite(["content/bulletins/gbk.zh.md": Data(bytes)]).first)
        #expect(d.file == "content/bulletins/gbk.zh.md")
        #expect(d.line == 2)
        #expect(d.message.contains("not UTF-8"))
        #expect(d.message.contains("GBK"))
        #expect(d.hint?.contains("UTF-8") == true)
    }

    @Test func brokenLinkNamesFileAndLine() throws {
        let d = try #require(try breakSite("content/bulletins/x.zh.md", page("title: 通报\ndate: 2021-09-01", "第一段。\n\n见[案例](@/cases/missing.md)。")).first)
        #expect(d.file == "content/bulletins/x.zh.md")
        #expect(d.line == 7)
        #expect(d.message.contains("@/cases/missing.md"))
    }

    @Test func manyProblemsAreReportedTogether() throws {
        let problems = try breakSite([
            "content/bulletins/a.zh.md": Data(page("title: 一\ndate: 2021-02-30").utf8),
            "content/bulletins/b.zh.md": Data(page("title: 二\ndate: 2021-09-01\nsumary: x").utf8),
            "content/cases/c.zh.md": Data(page("title: 三\ndate: 2021-09-01\nfraud_type: nope").utf8),
        ])
        let files = Set(problems.compactMap(\.file))
        #expect(files == ["content/bulletins/a.zh.md", "content/bulletins/b.zh.md", "content/cases/c.zh.md"])
    }

    @Test func bomAndCRLFAreAccepted() throws {
        let text = "\u{FEFF}---\r\ntitle: 带BOM的通报\r\ndate: 2021-09-01\r\n---\r\n第一行\r\n第二行\r\n"
        let site = try TestSite(["content/bulletins/bom.zh.md": text])
        defer { site.remove() }
        try site.build()
        let html = try site.read("bulletins/bom/index.html")
        #expect(html.contains("<h1>带BOM的通报</h1>"))
        #expect(html.contains("第一行第二行"))
        #expect(!html.contains("\r"))
    }

    @Test func outputHoldingOtherFilesIsNotReplaced() throws {
        let site = try TestSite([Self.good: page("title: 正常\ndate: 2021-09-30")])
        defer { site.remove() }
        try site.write("public/important.doc", "keep me")
        let problems = site.failures()
        #expect(problems.first?.message.contains("did not make") == true)
        #expect(try site.read("important.doc") == "keep me")
    }
}

@Suite struct MisspeltRequiredKeyTests {
    @Test func aMisspeltRequiredKeyIsReportedOnceWithItsCorrection() throws {
        let site = try TestSite(["content/cases/x.zh.md": page("title: 案例\ndate: 2021-09-01\nfraud_tpye: task-rebate")])
        defer { site.remove() }
        let problems = site.failures()
        #expect(problems.count == 1)
        #expect(problems.first?.hint?.contains("`fraud_type`") == true)
    }
}
