import BeaconBuild
import BeaconCore
import Foundation
import Testing

/// Slips that used to pass silently: an image linked by a path the site does not have, files
/// under content/ that Beacon never reads, and prose indented into a code box.
@Suite struct SilentSlipTests {
    static let head = "---\ntitle: 六月警情通报\ndate: 2023-06-30\n---\n"

    @Test func aMissingImageFailsTheBuildOnItsLine() throws {
        let site = try TestSite(["content/bulletins/june.zh.md": Self.head + "正文。\n"])
        defer { site.remove() }
        try site.build()
        let before = try site.snapshot()
        try site.write("content/bulletins/june.zh.md", Self.head + "正文。\n\n![宣传海报](/images/poster.jpg)\n")
        let problems = site.failures().filter { $0.severity == .error }
        #expect(try site.snapshot() == before, "a refused build changed public/")
        try #require(problems.count == 1, "\(problems.map(\.description))")
        let d = problems[0]
        #expect(d.file == "content/bulletins/june.zh.md")
        #expect(d.line == 7)
        #expect(d.what.english == "`/images/poster.jpg` refers to a file the site does not have.")
        #expect(d.fix?.english == "Put the file at static/images/poster.jpg (files under static/ keep their path in the site), or correct the path to a file that is there.")

        try site.write("static/images/poster.jpg", Data([0xFF, 0xD8, 0xFF, 0xD9]))
        try site.build()
        #expect(try site.read("bulletins/june/index.html").contains("src=\"/fanzha/images/poster.jpg\""))
    }

    @Test func filesBeaconDoesNotReadAreNamed() throws {
        let site = try TestSite([
            "content/bulletins/june.zh.md": Self.head + "正文。\n",
            "content/bulletins/notepad.zh.txt": "笔记\n",
            "content/cases/x.markdown": Self.head + "正文。\n",
            "content/cases/x.md.bak": Self.head + "正文。\n",
            "content/stats/2023.yml": "metrics: {}\n",
        ])
        defer { site.remove() }
        let warnings = try site.build().warnings.filter { $0.what.english.hasPrefix("Beacon does not read this file") }
        #expect(warnings.map(\.file) == ["content/bulletins/notepad.zh.txt", "content/cases/x.markdown", "content/cases/x.md.bak", "content/stats/2023.yml"])
        #expect(warnings[0].what.english == "Beacon does not read this file: only files ending in `.md` are read in content/bulletins/.")
        #expect(warnings.map { $0.fix?.english ?? "" } == ["notepad.zh.md", "x.md", "x.md", "2023.yaml"].map {
            "Rename it to `\($0)` if it should be published; if it is a copy or a note, move it out of content/."
        })
        let checked = SiteCheck(options: BuildOptions(siteRoot: site.root)).run().warnings
        #expect(checked.filter { $0.what.english.hasPrefix("Beacon does not read this file") }.map(\.file) == warnings.map(\.file),
                "beacon check names them too, once each")
    }

    @Test func proseIndentedIntoACodeBoxIsWarnedOnItsLine() throws {
        let body = """
            第一段正文。

                这一段从 Word 粘贴过来，前面有四个空格。

            ```
                fenced code stays quiet
            ```

            - 列表

                  列表里缩进的内容。
            """
        let site = try TestSite(["content/bulletins/june.zh.md": Self.head + body + "\n"])
        defer { site.remove() }
        let warnings = try site.build().warnings.filter { $0.what.english.contains("code box") }
        try #require(warnings.count == 1, "\(warnings.map(\.description))")
        #expect(warnings[0].file == "content/bulletins/june.zh.md")
        #expect(warnings[0].line == 7)
        #expect(warnings[0].what.english == "This paragraph starts with 4 or more spaces, so it will show as a code box, not as text.")
        #expect(warnings[0].fix?.english == "Remove the spaces at the start of its lines. To show code on purpose, put it between two lines of ```.")
    }
}
