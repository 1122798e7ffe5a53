@testable import BeaconCore
import Foundation
import PropertyBased
import Testing

/// The YAML slip scanner on generated text: never crashes, names only lines that hold the
/// slip it reports, and points its column at the full-width colon or the tab.
@Suite struct YAMLSlipPropertyTests {
    static let pieces = ["title", "zh", "a", "：", ":", " ", "\t", "\n", "- ", "{", "}", "[", "]", ",", "\"", "'", "|", ">", "#",
                         "32", ",600", "通报", "value: ", "1,234", "\r\n", "提示：", "-", "_", "a1"]
    static let yaml = Gen.element(of: pieces).compactMap { $0 }.array(of: 0...40).map { $0.joined() }

    @Test func slipsPointAtWhatTheyName() async {
        await propertyCheck(count: FrontMatterPropertyTests.count, input: Self.yaml) { text in
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for d in YAMLDocument.slips(in: text, file: "a.yaml", lineOffset: 0) {
                let line = try #require(d.line)
                let column = try #require(d.column)
                try #require(line >= 1 && line <= lines.count)
                let chars = Array(lines[line - 1].hasSuffix("\r") ? lines[line - 1].dropLast() : lines[line - 1])
                try #require(column >= 1 && column <= chars.count)
                let at = chars[column - 1]
                if d.what.english.contains("full-width colon") { #expect(at == "：") }
                if d.what.english.contains("tab") { #expect(at == "\t") }
                if d.what.english.contains("thousands separators") { #expect(at.isNumber) }
            }
        }
    }

    /// The quick look that spares most front matter the line-by-line walk misses no slip: where
    /// it sees nothing, the walk finds nothing (a `：` after Chinese text, as in `警方提示：`, is none).
    @Test func theQuickLookMissesNoSlip() async {
        await propertyCheck(count: FrontMatterPropertyTests.count * 3, input: Self.yaml) { text in
            if !YAMLDocument.mayHaveSlips(text) {
                #expect(YAMLDocument.slipsLineByLine(in: text, file: "a.yaml", lineOffset: 0).isEmpty, "\(text.debugDescription)")
            }
        }
        #expect(!YAMLDocument.mayHaveSlips("summary: 警方提示：不要转账，挂断电话"))
        #expect(YAMLDocument.mayHaveSlips("summary ：警方提示"))
        #expect(!YAMLDocument.slips(in: "title  ：通报", file: "a.yaml", lineOffset: 0).isEmpty)
    }
}
