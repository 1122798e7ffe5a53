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
    /// List items as clerks type them and as YAML reads otherwise: CJK, quoted, with the
    /// characters a list gives a meaning to, empty, nested, escaped.
    static let items = ["安全账户", "虚假通缉令", "game accounts", "'a, b'", "\"引号\"", "a  b", "a#b", "a #b", "a:b", "a: b", "[b]", "{a: 1}",
                        "&x y", "*x", "-a", "- a", "", " ", "?x", "a?", "it's", "'it''s'", "\"a\\\"b\"", "😀", "x\u{2028}y", "\u{A0}x",
                        "1", "true", "~", "a\"b", "!x", "%x", "a,b", "a]", "\"q\" x", "''", "\"\"", "é", "a\tb", "full：width", "x\r"]
    static let flowList = zip(Gen.element(of: items).compactMap { $0 }.array(of: 0...4),
                              Gen.element(of: [", ", ",", " , ", ",  ", ",,"]).compactMap { $0 },
                              Gen.element(of: ["[", "[", "[ ", "["]).compactMap { $0 },
                              Gen.element(of: ["]", "]", "]", "] ", " ]", "]  # c", "", "],", "]x", "]]"]).compactMap { $0 })
        .map { items, sep, open, close in open + items.joined(separator: sep) + close }
    /// `- item` lines under a `key:` line, lined up or not, continued or followed by a comment.
    static let blockList = zip(Gen.element(of: ["", "  ", "  ", "    ", " "]).compactMap { $0 },
                               zip(Gen.element(of: ["- ", "- ", "-  ", "-", "-\t", "--"]).compactMap { $0 },
                                   Gen.element(of: items).compactMap { $0 }).map { $0 + $1 }.array(of: 0...4),
                               Gen.element(of: ["", "", "", "\n", "\n  x", "\n# c", "\n   - z", "\n\n"]).compactMap { $0 })
        .map { indent, lines, tail in lines.map { "\n" + indent + $0 }.joined() + tail }
    static let line = zip(Gen.element(of: keys).compactMap { $0 },
                          Gen.oneOf(zip(Gen.element(of: [": ", ":  ", ":", " : ", ":\t"]).compactMap { $0 },
                                        Gen.oneOf(Gen.element(of: values).compactMap { $0 }, flowList)).map { $0 + $1 },
                                    Gen.element(of: [":", ": "]).compactMap { $0 },
                                    zip(Gen.element(of: [":", ":", ": ", ":  "]).compactMap { $0 }, blockList).map { $0 + $1 }))
        .map { $0 + $1 }
    static let document = zip(line.array(of: 0...8), Gen.element(of: ["\n", "\n", "\n\n", "\n# c\n", "\n  ", "\r\n"]).compactMap { $0 })
        .map { lines, sep in lines.joined(separator: sep) }

    @Test func plainFrontMatterGivesYamsTree() async {
        let quickLists = Locked(0)
        await propertyCheck(count: Self.count * 10, input: Self.document) { text in
            if Self.expectSameAsYams(text)?.mapping?.contains(where: { $0.value.sequence != nil }) == true { quickLists.update { $0 += 1 } }
        }
        #expect(quickLists.get() > 0, "no generated list took the quick way: the generator misses what it is for")
    }

    @Test func typicalFrontMatterTakesTheQuickWay() {
        let text = "title: \"刷单返利骗局\"\ndate: 2021-03-13\nsummary: Road losses: equipment\nfraud_type: task-rebate\namount: 594000"
        #expect(PlainYAML.mapping(text) == nil, "`: ` in a plain value is Yams's to refuse")
        let plain = "title: \"刷单返利骗局\"\ndate: 2021-03-13\n\nsummary: 'A quoted summary'\nfraud_type: task-rebate\namount: 594000"
        #expect(PlainYAML.mapping(plain) != nil)
        Self.expectSameAsYams(plain)
    }

    /// The quick reading's byte test for text YAML reads as itself agrees with the rule per
    /// scalar, for every scalar, alone and between other text.
    @Test func safeTextAgreesForEveryScalar() {
        var wrong: [String] = []
        for v in UInt32(0)...0x10FFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            for text in [String(Character(u)), "a" + String(Character(u)) + "中"] {
                var text = text
                let safe = text.withUTF8 { PlainYAML.safeText($0) != nil }
                if safe != PlainYAML.isSafe(u) && wrong.count < 10 { wrong.append(String(v, radix: 16)) }
            }
        }
        #expect(wrong.isEmpty, "U+\(wrong)")
    }

    /// The lists front matter has (`tags: [安全账户, 虚假通缉令]`, `- item` lines) read the quick
    /// way; anything the quick reading is not sure of is left to Yams, whose errors stay as they are.
    @Test func listsTakeTheQuickWayAndOddOnesGoToYams() throws {
        let quick = ["tags: [安全账户, 虚假通缉令]", "tags: [game accounts, 'a, b', \"引号\"]", "tags: []", "tags: [ a ,b ]  ",
                     "title: 冒充客服\ntags: [退款理赔, 屏幕共享]\nloss: 47414", "tags:\n  - 裸聊\n  - 'x, y'\nloss: 1",
                     "pii_ok:\n- 张伟\n\n- 13812345678", "tags: [😀 e, é, it's]"]
        for text in quick {
            #expect(PlainYAML.mapping(text) != nil, "\(text.debugDescription)")
            Self.expectSameAsYams(text)
        }
        let quoted = try #require(PlainYAML.mapping("tags: ['x, y']")?.mapping?["tags"]?.sequence)
        #expect(quoted.map { $0.string } == ["x, y"])
        let toYams = ["tags: [a, [b]]", "tags: [a,", "tags: [a]  # comment", "tags: {a: 1}", "tags: [&x a, *x]", "tags: [a, b]]",
                      "tags:\n  - a\n  -", "tags:\n  - a\n  - ", "tags:\n  -\n", "tags:\n  - a\n    b", "tags:\n  - a\n - b",
                      "tags:\n  - a\n# c", "tags:\n  - a: 1", "tags: [a]\ntags: [b]", "tags:\n", "tags:\ntitle: x",
                      "tags: [a, , b]", "tags: ['it''s']", "tags: [\"a\\\"b\"]", "tags: [a:b]", "tags: [a #b]", "tags:\t[a]",
                      "tags: [a]\r\ntitle: x", "tags:\n\t- a"]
        for text in toYams {
            #expect(PlainYAML.mapping(text) == nil, "\(text.debugDescription)")
        }
        // The same errors as before: a duplicate key and an unclosed list are Yams's to report.
        #expect(throws: Diagnostic.self) { try YAMLDocument.parse("tags: [a]\ntags: [b]", file: "x.md", lineOffset: 1) }
        #expect(throws: Diagnostic.self) { try YAMLDocument.parse("tags: [a,", file: "x.md", lineOffset: 1) }
    }

    @Test func theSampleSiteAndACorpusReadTheSame() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../content").standardizedFileURL
        var roots = [sample]
        if let corpus = ProcessInfo.processInfo.environment["BEACON_PLAIN_YAML_CORPUS"] { roots.append(URL(fileURLWithPath: corpus)) }
        var files = 0
        for root in roots {
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "md" {
                let source = try SourceText.read(url, path: url.lastPathComponent)
                guard let fm = try? FrontMatter.split(source) else { continue }
                let quick = Self.expectSameAsYams(fm.yaml)
                // The sample's front matter is what clerks write: all of it takes the quick way.
                if root == sample { #expect(quick != nil, "\(url.lastPathComponent) goes to Yams") }
                files += 1
            }
        }
        #expect(files > 10)
    }

    /// Where the quick reading answers, its tree equals Yams's in every part.
    /// Returns the quick reading's tree, if any.
    @discardableResult
    static func expectSameAsYams(_ text: String) -> Node? {
        guard let quick = PlainYAML.mapping(text) else { return nil }
        let yams = try? Yams.compose(yaml: text)
        #expect(yams != nil, "Yams refuses what the quick reading accepted: \(text.debugDescription)")
        if let yams { #expect(describe(quick) == describe(yams), "\(text.debugDescription)") }
        return quick
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
            return "sequence(" + s.tag.description + " \(s.style)" + mark + " " + items.joined(separator: ", ") + ")"
        case .alias:
            return "alias" + mark
        }
    }
}
