@testable import BeaconPrivacy
import Testing

@Suite struct IDNumberTests {
    @Test func checkCharacterFollowsISO7064() {
        // Each sequence number gives another check character; all eleven appear, X among them.
        let checks = Set((1...99).map { FakeNumbers.id(sequence: String(format3($0))).last! })
        #expect(checks.count == 11)
        #expect(checks.contains("X"))
        for s in 1...30 {
            let id = FakeNumbers.id(sequence: format3(s))
            #expect(IDNumber.checksumValid(id))
            #expect(!IDNumber.checksumValid(FakeNumbers.idWithBadCheck(sequence: format3(s))))
        }
    }

    @Test(arguments: [
        ("11010519900307005X", true),
        ("440304200109151233", true),
        ("110105199002300051", false), // 30 February
        ("990105199003070051", false), // no province 99
        ("110105180003070051", false), // born 1800
        ("1101051990030700", false),
    ])
    func shapeOf18(_ id: String, _ shaped: Bool) {
        #expect(IDNumber.hasShape18(id) == shaped)
    }

    @Test(arguments: [("110105900307005", true), ("110105901307005", false), ("000105900307005", false)])
    func shapeOf15(_ id: String, _ shaped: Bool) {
        #expect(IDNumber.hasShape15(id) == shaped)
    }

    @Test func luhn() {
        for length in BankCard.lengths {
            let card = FakeNumbers.card(length: length, seed: length)
            #expect(card.count == length)
            #expect(BankCard.luhnValid(card))
            #expect(!BankCard.luhnValid(FakeNumbers.cardFailingLuhn(length: length)))
        }
        #expect(BankCard.luhnValid("79927398713"))
        #expect(!BankCard.luhnValid("79927398710"))
    }

    private func format3(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: 3 - s.count) + s
    }
}
