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

    /// A word of lower-case letters is handed on as the text's own bytes, one with a capital or a
    /// letter beyond ASCII as a lower-cased copy: both give the same words, wherever the capital is.
    @Test func wordsAreTheSameWhetherCopiedOrNot() {
        #expect(terms("refund REFUND reFund refunD") == ["refund"])
        #expect(terms("caféX Xcafé ÉTÉ") == ["caféx", "xcafé", "été"])
        #expect(terms("9611 a1 A1 1") == ["9611", "a1", "1"])
    }

    @Test func chinesePunctuationEndsWordsAndPairs() {
        #expect(terms("诈骗，Call。ab“cd”·退款、（刷单）《通知》：x9；") == ["诈骗", "call", "ab", "cd", "退款", "刷单", "通知", "x9"])
    }

    /// The scalars `isPunctuation` lets skip Unicode's tables must be what those tables say.
    @Test func theScalarsTakenForPunctuationAreNeitherLettersNorNumbers() {
        var checked = 0
        for v in UInt32(0x80)...0x3FFFF where SearchTerms.isPunctuation(v) {
            guard let u = Unicode.Scalar(v) else { continue }
            #expect(!u.properties.isAlphabetic && u.properties.numericType == nil, "U+\(String(v, radix: 16))")
            checked += 1
        }
        #expect(checked >= 180)  // the ranges hold 182 scalars
    }
}
