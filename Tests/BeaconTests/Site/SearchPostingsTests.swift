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
            var terms = SearchTerms()
            terms.add(text)
            postings.add(terms, doc: doc)
        }
        var out = Array("[".utf8)
        postings.write(into: &out)
        out.append(UInt8(ascii: "]"))
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
}
