import BeaconCore
import Foundation
import Testing

/// Markdown nested 100 000 deep once overflowed the stack in the plain-text walk (a crash,
/// not an error). The whole build must get through it on its worker threads.
@Suite struct DeepMarkdownTests {
    @Test(arguments: [String(repeating: ">", count: 100_000) + " 引用",
                      String(repeating: "*", count: 50_000) + "强调" + String(repeating: "*", count: 50_000),
                      String(repeating: "[", count: 50_000) + "链接" + String(repeating: "]", count: 50_000) + "(/cases/)",
                      (0..<500).map { String(repeating: "  ", count: $0) + "- 项" }.joined(separator: "\n")])
    func deeplyNestedBodyBuilds(_ body: String) throws {
        let site = try TestSite(["content/bulletins/deep.zh.md": page("title: 深\ndate: 2021-09-30", body),
                                 "content/bulletins/ok.zh.md": page("title: 正常\ndate: 2021-09-30")])
        defer { site.remove() }
        try site.build()
        #expect(site.exists("bulletins/deep/index.html"))
    }
}
