import BeaconCore
@testable import BeaconPrivacy
import PropertyBased
import Testing

/// Properties of the personal-data detectors over generated text.
@Suite struct DetectorPropertyTests {
    static let count = FrontMatterPropertyTests.count

    /// Surroundings that are not digits: words, punctuation, separators, line ends.
    static let filler = Gen.element(of: ["", " ", "，", "。", "号码", "电话：", "\n", "a", "-", "(", ")", "元", "被害人", "张某", "Ms Li"])
        .compactMap { $0 }.array(of: 0...4).map { $0.joined() }
    static let subscriber = Gen.int(in: 0...99_999_999).map { n -> String in
        let s = String(n)
        return String(repeating: "0", count: 8 - s.count) + s
    }
    static let mobile = zip(Gen.element(of: ["13", "14", "15", "16", "17", "18", "19"]).compactMap { $0 }, Gen.int(in: 0...9), subscriber)
        .map { $0 + String($1) + $2 }

    @Test func embeddedMobileIsFoundAndNeverPrintedWhole() async {
        await propertyCheck(count: Self.count, input: Self.filler, Self.mobile) { around, number in
            guard !number.hasSuffix("000000") else { return }
            let text = around + number + "。" + around
            guard around.last.map({ DigitChunker.digit($0) == nil }) ?? true else { return }
            let findings = PIIDetector.scan(text).filter { $0.kind == .mobile }
            #expect(findings.count == 1, "\(text)")
            let report = BuildFailure(PrivacyGuard.scan([PublishedText(file: "a.md", text: text, line: 1)])).description
            #expect(!report.contains(number))
            #expect(report.contains(String(number.prefix(3)) + "****" + String(number.suffix(4))))
        }
    }

    @Test func digitsNextToANumberMakeItAnotherNumber() async {
        await propertyCheck(count: Self.count, input: Self.mobile, Gen.int(in: 1...9)) { number, extra in
            // A mobile number with one more digit before it is a 12-digit run, not a phone.
            let text = "编号\(extra)\(number)号"
            #expect(PIIDetector.scan(text).filter { $0.kind == .mobile }.isEmpty, "\(text)")
            #expect(PIIDetector.scan("编号\(number)\(extra)号").filter { $0.kind == .mobile }.isEmpty)
        }
    }

    static let idNumber = zip(Gen.element(of: ["110105", "320812", "440304", "510107"]).compactMap { $0 },
                              Gen.int(in: 1930...2020), Gen.int(in: 1...12), Gen.int(in: 1...28), Gen.int(in: 0...999))
        .map { area, y, m, d, seq -> String in
            let first17 = area + String(y) + two(m) + two(d) + String(format3(seq))
            return first17 + String(IDNumber.checkCharacter(first17)!)
        }

    @Test func everyWellFormedIDNumberIsFoundWithItsChecksum() async {
        await propertyCheck(count: Self.count, input: Self.filler, Self.idNumber) { around, id in
            let text = around + id + " " + around
            guard around.last.map({ DigitChunker.digit($0) == nil }) ?? true else { return }
            let f = PIIDetector.scan(text).filter { $0.kind == .idNumber }
            #expect(f.count == 1, "\(text)")
            #expect(f.first?.checksumValid == true)
            #expect(f.first?.masked == String(id.prefix(6)) + "********" + String(id.suffix(4)))
        }
    }

    static let anyText = Gen.element(of: ["1", "3", "8", "0", "6", "2", " ", "-", "+", "X", "x", "被害人", "张", "伟", "某", "victim ",
                                          "Zhang ", "Wei", "\n", "元", ".", "１", "：", "、", "＋"]).compactMap { $0 }.array(of: 0...80).map { $0.joined() }

    @Test func findingsAreWellFormedOnAnyText() async {
        await propertyCheck(count: Self.count, input: Self.anyText) { text in
            let count = text.count
            for f in PIIDetector.scan(text) + PIIDetector.scan(text, fieldIsName: true) {
                #expect(f.range.lowerBound >= 0 && f.range.upperBound <= count)
                #expect(f.maskedInPlace.count == f.matched.count)
                if f.kind != .fullName {
                    #expect(!f.masked.contains(f.normalized))
                    #expect(f.masked.contains("*"))
                }
            }
            for d in PrivacyGuard.scan([PublishedText(file: "a.md", text: text, line: 3, column: 2)]) {
                #expect(d.line.map { $0 >= 3 } == true)
                #expect(d.column.map { $0 >= 1 } == true)
            }
        }
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
    private static func format3(_ n: Int) -> String { String(repeating: "0", count: 3 - String(n).count) + String(n) }
}
