@testable import BeaconShare
import Testing

/// A message's text: whole sentences within the limit, a number never split at its point.
@Suite struct ShareExcerptTests {
    let zh = ShareLimit(unit: .characters, max: 120)
    let en = ShareLimit(unit: .words, max: 60)

    @Test func sentencesEndAtStopsButNotInsideNumbers() {
        #expect(ShareExcerpt.sentences("被骗6.84万元。她说：“我信了！”然后报警。") == ["被骗6.84万元。", "她说：“我信了！”", "然后报警。"])
        #expect(ShareExcerpt.sentences("She lost 36.50 yuan. Then more! Why?") == ["She lost 36.50 yuan.", "Then more!", "Why?"])
    }

    @Test func twoSentencesAtMostAndOnlyWholeOnes() {
        let text = String(repeating: "骗", count: 50) + "。" + String(repeating: "钱", count: 50) + "。" + "第三句。"
        #expect(ShareExcerpt.make(text, limit: zh) == String(repeating: "骗", count: 50) + "。" + String(repeating: "钱", count: 50) + "。")
        let long = String(repeating: "骗", count: 80) + "。" + String(repeating: "钱", count: 80) + "。"
        #expect(ShareExcerpt.make(long, limit: zh) == String(repeating: "骗", count: 80) + "。")
    }

    @Test func anOverlongFirstSentenceIsCutAfterAClause() {
        let text = String(repeating: "骗", count: 70) + "，" + String(repeating: "钱", count: 70) + "。"
        let cut = ShareExcerpt.make(text, limit: zh)
        #expect(cut == String(repeating: "骗", count: 70) + "…")
        #expect(zh.count(cut) <= 120)
        let words = Array(repeating: "word", count: 80).joined(separator: " ") + "."
        let english = ShareExcerpt.make(words, limit: en)
        #expect(en.count(english) <= 60 && english.hasSuffix("…") && !english.contains("wor…"))
    }
}
