import BeaconContent
import BeaconCore
import BeaconMarkdown
import BeaconPrivacy
import Foundation

/// Fuzz target: one input goes through everything that reads a content file — decoding,
/// the front-matter split, YAML, the page model, shortcodes and Markdown, the personal-data
/// guard. Any crash, hang or sanitizer report is a bug; thrown diagnostics are fine.
///
/// libFuzzer (coverage-guided; scratch path of its own so normal builds are untouched):
///
///     swift build -c release --scratch-path .build-fuzz --product FuzzFrontMatter \
///         -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
///     .build-fuzz/release/FuzzFrontMatter -max_total_time=300 -max_len=4096 Fuzz/corpus
///
/// Without `-DFUZZING` the same program replays inputs: `FuzzFrontMatter crash-file…`.
enum FuzzFrontMatter {
    static let config: SiteConfig = {
        let yaml = """
        title: {zh: 测试, en: Test}
        base_url: https://example.gov.cn/
        languages: [zh, en]
        fraud_types:
          task-rebate: {zh: 刷单返利, en: Task scams}
        """
        return try! SiteConfig.load(SourceText(path: "site.yaml", text: yaml))
    }()

    static let renderer = MarkdownRenderer(unsafeHTML: false, basePath: "", resolveLink: { target, _, _ in ("/" + target, nil) },
                                           shortcodes: { code, _, _ in ShortcodeOutput(html: code.name, plain: code.name, isBlock: false) })

    static func run(_ data: Data) {
        guard let source = try? SourceText.decode(data, path: "content/cases/fuzz.zh.md") else { return }
        let problems = DiagnosticCollector()
        if let page = ContentPage.parse(source, kind: .case, baseName: "fuzz", language: config.defaultLanguage, config: config, problems: problems) {
            _ = renderer.render(page.body, file: page.sourcePath, firstLine: page.bodyLine, language: config.defaultLanguage)
        }
        _ = PrivacyGuard.scan([PublishedText(file: source.path, text: source.text, line: 1)])
        _ = problems.all.map(\.description)
    }
}

#if FUZZING
/// libFuzzer's entry when the program has a `main` of its own (SwiftPM gives every executable one).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
#endif

@main
struct FuzzMain {
    static func main() throws {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            FuzzFrontMatter.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
            return 0
        })
        #else
        for path in CommandLine.arguments.dropFirst() {
            FuzzFrontMatter.run(try Data(contentsOf: URL(fileURLWithPath: path)))
            print("ok \(path)")
        }
        #endif
    }
}
