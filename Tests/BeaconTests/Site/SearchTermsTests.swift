@testable import BeaconSite
import Testing

/// The search index's terms: hanzi pairs (a lone hanzi as itself) and lower-case words.
@Suite struct SearchTermsTests {
    func terms(_ text: String) -> Set<String> {
        var found = Set<String>()
        SearchTerms.scan(text, han: { found.insert(SearchTerms.string($0)) }, word: { found.insert(String(decoding: $0, as: UTF8.self)) })
        return found
    }

    @Test func hanziBecomePairsAndALoneHanziItself() {
        #expect(terms("反诈骗 警") == ["反诈", "诈骗", "警"])
    }

    @Test func wordsAreLowerCasedAndSingleLettersDropped() {
        #expect(terms("Call ABC x 9 Café É2") == ["call", "abc", "9", "café", "é2"])
    }

    @Test func lettersNextToHanziAreWordsOfTheirOwn() {
        #expect(terms("ab反诈cd2024年") == ["ab", "反诈", "cd2024", "年"])
    }

    @Test func pairsOutsideTheBasicPlaneRoundTrip() {
        let text = "\u{20000}\u{20001}"
        #expect(terms(text) == [text])
    }
}
