@testable import BeaconBuild
import BeaconContent
import BeaconCore
import Foundation
import Testing

/// Broken and malicious files: each is a clear error naming the file, never a crash or a hang.
@Suite struct HostileInputTests {
    static let path = "content/bulletins/bad.zh.md"

    @Test func hugeFileIsRefusedBeforeReading() throws {
        let huge = Data(repeating: UInt8(ascii: "a"), count: 17 << 20)
        let d = try problem(in: try loadProblems([Self.path: huge]), file: Self.path)
        #expect(d.message.contains("MiB"))
        #expect(d.hint?.isEmpty == false)
    }

    @Test func longFileStillLoads() throws {
        let body = String(repeating: "本月接报电诈警情838起，同比下降53.29%，报警请拨打110。\n", count: 20_000)
        #expect(try loadProblems(Self.path, page("title: 长文\ndate: 2021-09-30", body)).isEmpty)
    }

    @Test(arguments: [1_000, 100_000])
    func deeplyNestedFlowYAMLIsAnError(_ depth: Int) throws {
        let yaml = "tags: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let d = try problem(in: try loadProblems(Self.path, page("title: 深\ndate: 2021-09-30\n" + yaml)), file: Self.path)
        #expect(d.line == 4)
        #expect(BuildFailure([d]).description.count < 2_000, "a huge line must not be printed whole")
    }

    @Test func deeplyNestedBlockYAMLIsAnError() throws {
        var yaml = ""
        for level in 0..<1_500 { yaml += String(repeating: " ", count: level) + "k\(level):\n" }
        let problems = try loadProblems(Self.path, page("title: 深\ndate: 2021-09-30\n" + yaml))
        #expect(try problem(in: problems, file: Self.path).line != nil)
    }

    @Test func nestingJustBelowTheLimitIsNoCrash() throws {
        // 900 levels parse; on a worker thread of the parallel loader, the stack must hold.
        let yaml = "tags: " + String(repeating: "[", count: 900) + String(repeating: "]", count: 900)
        let problems = try loadProblems([Self.path: Data(page("title: 深\ndate: 2021-09-30\n" + yaml).utf8),
                                         "content/bulletins/other.zh.md": Data(page("title: 别的\ndate: 2021-09-30").utf8)])
        #expect(try problem(in: problems, file: Self.path).message.contains("Expected text"))
    }

    static let laughs: String = {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        for i in 1...9 {
            let previous = i == 1 ? "a" : "l\(i - 1)"
            lines.append("l\(i): &l\(i) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        return lines.joined(separator: "\n")
    }()

    static let laughsBlock: String = {
        var lines = ["a: &a lol"]
        for i in 1...12 {
            lines.append("l\(i): &l\(i)")
            for _ in 0..<4 { lines.append("  - *\(i == 1 ? "a" : "l\(i - 1)")") }
        }
        return lines.joined(separator: "\n")
    }()

    @Test(arguments: [laughs, laughsBlock])
    func billionLaughsIsRefused(_ yaml: String) throws {
        #expect(throws: Diagnostic.self) { try YAMLDocument.parse(yaml, file: "x.yaml") }
        let d = try problem(in: try loadProblems(Self.path, page("title: 笑\ndate: 2021-09-30\n" + yaml)), file: Self.path)
        #expect(d.message.contains("alias"))
        #expect(d.line.map { $0 >= 4 } == true, "\(d)")
        let slogans = try problem(in: try loadProblems(Slogan.path, yaml), file: Slogan.path)
        #expect(slogans.message.contains("alias"))
    }

    @Test func aFewAliasesAreFine() throws {
        let yaml = "defaults: &d {width: 64, height: 32}\nboards:\n  - <<: *d\n    name: a\n  - <<: *d\n    name: b\nlist: [*d, *d]\n"
        let root = try YAMLDocument.parse(yaml, file: "x.yaml")
        #expect(root["list"] != nil)
    }

    @Test(arguments: ["---\ntitle: 通报\ndate: 2021-09-30\n正文没有结束线。\n", "---", "---\n", "---\ntitle: 通报"])
    func unterminatedFrontMatter(_ text: String) throws {
        let d = try problem(in: try loadProblems(Self.path, text), file: Self.path)
        #expect(d.message.contains("never closed") || d.message.contains("required"), "\(d.message)")
    }

    @Test(arguments: ["", "\n\n", "正文，没有前言。", "title: 通报\n---\n"])
    func missingFrontMatter(_ text: String) throws {
        let d = try problem(in: try loadProblems(Self.path, text), file: Self.path)
        #expect(d.line == 1)
        #expect(d.hint?.contains("---") == true)
    }

    @Test(arguments: ["---\n- a\n- b\n---\n", "---\njust text\n---\n", "---\n[1, 2]\n---\n", "---\n? [a]\n: b\n---\n"])
    func frontMatterThatIsNotAMapping(_ text: String) throws {
        let d = try problem(in: try loadProblems(Self.path, text), file: Self.path)
        #expect(d.line != nil)
    }

    @Test func nulByteIsPlaced() throws {
        var data = Data("---\ntitle: 通报\ndate: 2021-09-30\n---\n第一行\n第二ab".utf8)
        data.append(0)
        data.append(contentsOf: Array("后面".utf8))
        let d = try problem(in: try loadProblems([Self.path: data]), file: Self.path)
        #expect(d.message.contains("NUL"))
        #expect(d.line == 6)
        #expect(d.column == 5)
    }

    @Test func binaryFileIsNotText() throws {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])
        png.append(contentsOf: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37) })
        let problems = try loadProblems([Self.path: png, "content/stats/2021.yaml": png, Slogan.path: png])
        for file in [Self.path, "content/stats/2021.yaml", Slogan.path] {
            #expect(try problem(in: problems, file: file).message.contains("not a text file"))
        }
    }

    @Test func invalidUTF8HalfwayIsPlaced() throws {
        var data = Data("---\ntitle: 通报\ndate: 2021-09-30\n---\n第一行正常。\n第二行".utf8)
        data.append(contentsOf: [0xB5, 0xDA, 0xC8, 0xFD, 0xD0, 0xD0]) // 第三行 in GBK
        data.append(contentsOf: Array("\n".utf8))
        let d = try problem(in: try loadProblems([Self.path: data]), file: Self.path)
        #expect(d.message.contains("not UTF-8"))
        #expect(d.message.contains("GBK"))
        #expect(d.message.contains("pasted"))
        #expect(d.line == 6)
        #expect(d.column == 4)
    }

    @Test func truncatedUTF8AtTheEnd() throws {
        var data = Data(page("title: 通报\ndate: 2021-09-30", "正文").utf8)
        data.append(contentsOf: [0xE4, 0xB8])
        let d = try problem(in: try loadProblems([Self.path: data]), file: Self.path)
        #expect(d.message.contains("not UTF-8"))
    }

    @Test func outputPathsThatLeaveTheOutputFolderAreRefused() {
        for path in ["../x.html", "/etc/passwd", "a/../../b", "a\\..\\b", "a//b", "", "a\0b", "led/../../../x", "..", "a/..", "a/", "/"] {
            #expect(throws: Diagnostic.self, "\(path)") { try OutputWriter.checkPath(path) }
        }
        for path in ["cases/a/index.html", "a/.well-known/x", "..a/b..", "a/.../b", "x"] {
            #expect(throws: Never.self, "\(path)") { try OutputWriter.checkPath(path) }
        }
    }

    @Test(arguments: ["../../etc", "a/b", "..", "/etc/passwd"])
    func slugThatIsAPathIsRefused(_ slug: String) throws {
        let d = try problem(in: try loadProblems(Self.path, page("title: 通报\ndate: 2021-09-30\nslug: \"\(slug)\"")), file: Self.path)
        #expect(d.message.contains("slug"))
    }
}
