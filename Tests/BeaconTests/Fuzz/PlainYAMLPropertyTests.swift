import BeaconContent
@testable import BeaconCore
import Foundation
import PropertyBased
import Testing
import Yams

/// The quick reading of plain front matter (`PlainYAML`) must give the very tree Yams composes
/// — strings, tags, styles, line and column marks — or leave the text to Yams.
/// `BEACON_PLAIN_YAML_CORPUS=DIR` also compares the front matter of every `.md` file under DIR
/// (the bench corpora).
@Suite struct PlainYAMLPropertyTests {
    static let count = FrontMatterPropertyTests.count

    static let keys = ["title", "date", "summary", "fraud_type", "amount", "arrested", "victim", "slug", "tags", "draft", "yes", "null",
                       "on", "a_1", "Title", "x-y", "_k"]
    static let values = ["王某被骗", "Road losses equipment then", "2021-03-13", "594000", "32,600,000", "true", "~", "null", "\"引号\"",
                         "'single'", "\"a \\\" b\"", "\"\"", "''", "a: b", "a #b", "a#b", "12:30", "x:", "- a", "[a, b]", "{a: 1}", "&a x",
                         "*a", "!!str x", "|", ">", "@x", "`x", "%x", "?x", "\"open", "é", "😀", "\u{FEFF}x", "x\u{2028}y", "x\u{85}", "\u{A0}x",
                         "a\tb", " lead", "trail ", "\"q\" ", "\"q\" x", "'it''s'", "full：width", "1.5", "0x1F", ".inf", "", " "]
    static let line = zip(Gen.element(of: keys).compactMap { $0 }, Gen.element(of: [": ", ":  ", ":", " : ", ":\t"]).compactMap { $0 },
                          Gen.element(of: values).compactMap { $0 })
        .map { $0 + $1 + $2 }
    static let document = zip(line.array(of: 0...8), Gen.element(of: ["\n", "\n", "\n\n", "\n# c\n", "\n  ", "\r\n"]).compactMap { $0 })
        .map { lines, sep in lines.joined(separator: sep) }

    @Test func plainFrontMatterGivesYamsTree() async {
        await propertyCheck(count: Self.count * 10, input: Self.document) { text in
            Self.expectSameAsYams(text)
        }
    }

    @Test func typicalFrontMatterTakesTheQuickWay() {
        let text = "title: \"刷单返利骗局\"\ndate: 2021-03-13\nsummary: Road losses: equipment\nfraud_type: task-rebate\namount: 594000"
        #expect(PlainYAML.mapping(text) == nil, "`: ` in a plain value is Yams's to refuse")
        let plain = "title: \"刷单返利骗局\"\ndate: 2021-03-13\n\nsummary: 'A quoted summary'\nfraud_type: task-rebate\namount: 594000"
        #expect(PlainYAML.mapping(plain) != nil)
        Self.expectSameAsYams(plain)
    }

    @Test func theSampleSiteAndACorpusReadTheSame() throws {
        var roots = [URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../content").standardizedFileURL]
        if let corpus = ProcessInfo.processInfo.environment["BEACON_PLAIN_YAML_CORPUS"] { roots.append(URL(fileURLWithPath: corpus)) }
        var files = 0
        for root in roots {
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "md" {
                let source = try SourceText.read(url, path: url.lastPathComponent)
                guard let fm = try? FrontMatter.split(source) else { continue }
                Self.expectSameAsYams(fm.yaml)
                files += 1
            }
        }
        #expect(files > 10)
    }

    /// Where the quick reading answers, its tree equals Yams's in every part.
    static func expectSameAsYams(_ text: String) {
        guard let quick = PlainYAML.mapping(text) else { return }
        let yams = try? Yams.compose(yaml: text)
        #expect(yams != nil, "Yams refuses what the quick reading accepted: \(text.debugDescription)")
        if let yams { #expect(describe(quick) == describe(yams), "\(text.debugDescription)") }
    }

    /// Everything of a node that a reader can see.
    static func describe(_ node: Node) -> String {
        let mark: String = node.mark.map { "@\($0.line):\($0.column)" } ?? "@-"
        switch node {
        case .scalar(let s):
            let tag: String = s.tag.description
            return "scalar(" + s.string.debugDescription + " " + tag + " \(s.style)" + mark + ")"
        case .mapping(let m):
            let tag: String = m.tag.description
            let pairs: [String] = m.map { (pair: (key: Node, value: Node)) -> String in describe(pair.key) + ": " + describe(pair.value) }
            return "mapping(" + tag + " \(m.style)" + mark + " " + pairs.joined(separator: ", ") + ")"
        case .sequence(let s):
            let items: [String] = s.map { describe($0) }
            return "sequence(" + s.tag.description + mark + " " + items.joined(separator: ", ") + ")"
        case .alias:
            return "alias" + mark
        }
    }
}
