@testable import BeaconSite
import Foundation
import Testing

/// The index's term list is written in Swift's string order with each term's postings in
/// page order, however the terms were found: hanzi keys sorted as numbers, words as strings,
/// the two merged.
@Suite struct SearchPostingsTests {
    /// The terms and postings `SearchPostings.write` gives for these pages' texts, read back.
    func written(_ texts: [String]) throws -> [(term: String, postings: [Int])] {
        var postings = SearchPostings()
        for (doc, text) in texts.enumerated() {
            postings.add(text, field: SearchPostings.body, doc: doc)
        }
        let out = Array(postings.written(prefix: Array("[".utf8), suffix: Array("]".utf8)))
        // `"term":[1,2]` pairs, read as a JSON object's members in written order.
        let json = "{" + String(decoding: out.dropFirst().dropLast(), as: UTF8.self) + "}"
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [Int]])
        let order = String(decoding: out, as: UTF8.self).split(separator: "],").map { $0.drop { $0 != "\"" }.dropFirst().prefix { $0 != "\"" } }.map(String.init)
        return order.map { ($0, object[$0] ?? []) }
    }

    @Test func termsComeInStringOrderWhateverTheirScript() throws {
        let texts = ["反诈骗 警 call 2024年 한국어 кошелёк", "诈骗 zebra 警方 ÅBC \u{20000}\u{20001}", "アプリ 反诈 10万元 Ωmega"]
        let terms = try written(texts).map(\.term)
        #expect(terms == terms.sorted(by: <))
        #expect(Set(terms).isSuperset(of: ["反诈", "诈骗", "警", "警方", "call", "한국어", "кошелёк", "zebra", "åbc", "アプリ", "ωmega", "\u{20000}\u{20001}"]))
    }

    @Test func aCompatibilityIdeographIsOrderedByTheIdeographItStandsFor() throws {
        // U+F900 stands for U+8C48 豈: by its scalar it would sort after every unified ideograph.
        let terms = try written(["\u{F900}人 豈 龜 丁"]).map(\.term)
        #expect(terms == terms.sorted(by: <))
        #expect(terms.count == 4)
    }

    @Test func postingsStayInPageOrderWithTheirFields() throws {
        let entries = try written(["诈骗", "无关", "诈骗 诈骗"])
        let fraud = try #require(entries.first { $0.term == "诈骗" })
        #expect(fraud.postings == [0 << 3 | SearchPostings.body, 2 << 3 | SearchPostings.body])
    }

    /// An index larger than the pieces it is streamed in holds each term's postings once, in
    /// page order, whatever page found it first.
    @Test func aLargeIndexStreamedInPiecesHoldsEveryPosting() throws {
        var generator = SeededGenerator(seed: 11)
        let han = Array("诈骗分子冒充客服退款警方提示刷单返利投资理财贷款征信")
        let words = ["refund", "call", "police", "bank", "loan", "9611", "app", "wang"]
        var texts: [String] = []
        var expected: [String: [Int]] = [:]
        for doc in 0..<3000 {
            let text = (0..<12).map { _ in Bool.random(using: &generator)
                ? String((0..<3).map { _ in han.randomElement(using: &generator) ?? "诈" })
                : words.randomElement(using: &generator) ?? "call" }.joined(separator: " ")
            texts.append(text)
            var seen = Set<String>()
            SearchTerms.scan(text, han: { seen.insert(SearchTerms.string($0)) }, word: { seen.insert(String(decoding: $0, as: UTF8.self)) })
            for term in seen { expected[term, default: []].append(doc << 3 | SearchPostings.body) }
        }
        let entries = try written(texts)
        #expect(entries.count == expected.count)
        for entry in entries { #expect(entry.postings == expected[entry.term], "\(entry.term)") }
        var postings = SearchPostings()
        for (doc, text) in texts.enumerated() { postings.add(text, field: SearchPostings.body, doc: doc) }
        #expect(postings.written(prefix: [], suffix: []).count > SearchIndexStream.pieceSize)
    }

    /// A term in a page's title and its text is one posting with both fields.
    @Test func aTermFoundInTwoFieldsOfAPageIsOnePosting() {
        var postings = SearchPostings()
        postings.add("刷单 Refund", field: SearchPostings.title, doc: 0)
        postings.add("刷单返利 refund", field: SearchPostings.body, doc: 0)
        postings.add("refund", field: SearchPostings.label, doc: 1)
        let out = postings.written(prefix: [], suffix: [])
        let text = String(decoding: out, as: UTF8.self)
        let both = SearchPostings.title | SearchPostings.body
        #expect(text.contains("\"刷单\":[\(both)]"))
        #expect(text.contains("\"refund\":[\(both),\(1 << 3 | SearchPostings.label)]"))
        #expect(text.contains("\"单返\":[\(SearchPostings.body)]"))
    }

    /// The hanzi terms are put in order by a radix sort of their places (bits 27 and up).
    @Test func theRadixSortOrdersByTheGivenBitsKeepingEqualOnesInOrder() {
        var generator = SeededGenerator(seed: 5)
        let values = (0..<5000).map { i in UInt64.random(in: 0..<(1 << 20), using: &generator) << 27 | UInt64(i) }
        var sorted = values
        SearchPostings.sort(&sorted, bitsFrom: 27, count: 36)
        #expect(sorted == values.sorted())
        // Equal digits keep their order: sorting by the low bits only is stable.
        var byLow = values
        SearchPostings.sort(&byLow, bitsFrom: 0, count: 12)
        #expect(byLow == values.enumerated().sorted { ($0.element & 0xFFF, $0.offset) < ($1.element & 0xFFF, $1.offset) }.map(\.element))
    }
}

/// An index entry's excerpt is the same whether it is read by bytes (text of plain characters)
/// or by walking characters.
@Suite struct SearchExcerptTests {
    @Test(arguments: [0, 1, 2, 3, 4, 5, 6, 7])
    func plainTextGivesTheSameExcerptBothWays(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let pieces = ["诈骗分子冒充客服，", "Mr Wang lost 35,000 yuan. ", "\n", "\n\n", "  ", "「清关」", "——", "96110", "\t", "…", "如果",
                      "\u{3000}", "\u{A0}", " \n ", "\u{3000}\n"]
        // Characters that are not plain: read by bytes only until one of them is met.
        let others = ["é", "e\u{301}", "\r\n", "\u{2002}", "\u{2028}", "\u{F900}", "😀", "\u{0B}"]
        for _ in 0..<80 {
            let mixed = Int.random(in: 0..<3, using: &generator) == 0
            let body = (0..<Int.random(in: 0...160, using: &generator)).map { _ in
                mixed && Int.random(in: 0..<12, using: &generator) == 0 ? others.randomElement(using: &generator) ?? ""
                    : pieces.randomElement(using: &generator) ?? ""
            }.joined()
            let lines = body.split(separator: "\n")
            // The first line, two lines joined, a summary the text does not begin with, or none.
            let summary = switch Int.random(in: 0..<5, using: &generator) {
            case 0: String(lines.first ?? "")
            case 1: lines.prefix(2).joined(separator: " ")
            case 2: String((lines.first ?? "").prefix(3))
            case 3: "诈骗分子冒充"
            default: ""
            }
            let enough = summary.count + SearchIndex.excerptLength + 1
            #expect(SearchIndex.excerptSource(body, after: summary)
                    == SearchIndex.characterExcerptSource(body, after: summary, summaryLength: summary.count, enough: enough),
                    "\(body.debugDescription) after \(summary.debugDescription)")
        }
    }

    @Test func aSummaryIsCutAfterItsFirstScalars() {
        #expect(SearchIndex.scalarPrefix("诈骗abc", 3) == "诈骗a")
        #expect(SearchIndex.scalarPrefix("诈骗", 2) == "诈骗")
        #expect(SearchIndex.scalarPrefix("ab", 5) == "ab")
        #expect(SearchIndex.scalarPrefix("\u{20000}x", 1) == "\u{20000}")
    }

    /// A summary of characters that are not plain sends the text the characters' way.
    @Test func aSummaryThatIsNotPlainIsComparedAsCharacters() {
        // U+F900 stands for 豈 (U+8C48): equal as characters, not as bytes.
        let body = "豈有此理。\n王某被骗。"
        #expect(SearchIndex.excerptSource(body, after: "\u{F900}有此理。") == "王某被骗。")
    }
}

/// The index is JSON inside a script: what would end a string or the script is escaped.
@Suite struct JSONTextTests {
    @Test func escapesQuotesControlsAndWhatEndsAScript() {
        let text = "a\"b\\c\nd\re\tf<g\u{1}\u{1F}\u{2028}\u{2029}é汉\u{20000}"
        #expect(JSONText.string(text) == #""a\"b\\c\nd\re\tf\u003cg\u0001\u001f\u2028\u2029é汉\#u{20000}""#)
        let parsed = try? JSONSerialization.jsonObject(with: Data(JSONText.string(text).utf8), options: .fragmentsAllowed) as? String
        #expect(parsed == text)
    }
}

/// A small deterministic generator (SplitMix64), so a failing case can be run again.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
