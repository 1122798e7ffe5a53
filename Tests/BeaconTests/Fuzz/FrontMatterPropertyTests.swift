import BeaconContent
import BeaconCore
@testable import BeaconPrivacy
import Foundation
import PropertyBased
import Testing

/// Property-based fuzzing of everything that reads a content file. Inputs are built from the
/// pieces front matter and YAML are made of, so the generator reaches the parser's corners
/// (fences, anchors, flow collections, quotes, tabs, BOMs, CR) far more often than random bytes.
/// `BEACON_FUZZ_COUNT` raises the number of cases for a long run.
@Suite struct FrontMatterPropertyTests {
    static let count = ProcessInfo.processInfo.environment["BEACON_FUZZ_COUNT"].flatMap(Int.init) ?? 300

    static let pieces = ["---", "---", "\n", "\n", "\n", ":", ": ", " ", "  ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "&b ", "*b",
                         "\"", "'", "#", "|", ">", "\t", "\r", "\r\n", "\u{FEFF}", "...", "? ", "!!str ", "%YAML 1.1", "<<: ",
                         "title", "date", "2021-09-30", "2021-02-30", "slug", "../x", "pii_ok", "victim", "tags", "draft", "true",
                         "fraud_type", "task-rebate", "被害人", "张伟", "王某", "13812345678", "138 1234 5678", "+86 ",
                         "11010519900307005X", "6222021234567894", "{{< stat a >}}", "{{<", ">}}", "\\", "\u{0085}", "\u{2028}",
                         "中文", "é", "😀", "0", "9", "x"]

    static let document = Gen.element(of: pieces).compactMap { $0 }.array(of: 0...60).map { $0.joined() }

    static let config = try! SiteConfig.load(SourceText(path: "site.yaml", text: """
        title: {zh: 测试, en: Test}
        base_url: https://example.gov.cn/
        languages: [zh, en]
        fraud_types:
          task-rebate: {zh: 刷单返利, en: Task scams}
        """))

    @Test func contentFilesNeverCrashAndProblemsPointIntoTheFile() async {
        await propertyCheck(count: Self.count, input: Self.document) { text in
            let path = "content/cases/x.zh.md"
            let source: SourceText
            do { source = try SourceText.decode(Data(text.utf8), path: path) } catch { return }
            let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).count
            let problems = DiagnosticCollector()
            let page = ContentPage.parse(source, kind: .case, baseName: "x", language: .zh, config: Self.config, problems: problems)
            for d in problems.all {
                #expect(d.file == path)
                if let line = d.line { #expect(line >= 1 && line <= lines + 1, "\(d)") }
                _ = d.description
            }
            if let page {
                #expect(page.bodyLine >= 1 && page.bodyLine <= lines + 1)
                #expect(Slug.isValid(page.slug) || problems.hasErrors, "an invalid slug must be reported")
            }
        }
    }

    @Test func randomBytesAreTextOrAnError() async {
        await propertyCheck(count: Self.count, input: Gen<UInt8>.value(in: 0...255).array(of: 0...200)) { bytes in
            do {
                let source = try SourceText.decode(Data(bytes), path: "x.md")
                #expect(!source.text.contains("\r"))
                _ = try? FrontMatter.split(source)
            } catch let d as Diagnostic {
                #expect(d.line.map { $0 >= 1 } ?? true)
                #expect(d.column.map { $0 >= 1 } ?? true)
            } catch {
                Issue.record("not a Diagnostic: \(error)")
            }
        }
    }

    @Test func yamlNeverCrashes() async {
        await propertyCheck(count: Self.count, input: Self.document) { text in
            if let root = try? YAMLDocument.parse(text, file: "x.yaml", lineOffset: 3) {
                _ = try? root.pairs()
                _ = try? root.items()
                _ = try? root.unknownKeys(known: ["title"])
            }
        }
    }
}
