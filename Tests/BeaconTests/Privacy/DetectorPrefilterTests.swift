@testable import BeaconPrivacy
import Testing

/// The quick checks that let a text skip the detectors must never skip one that has a finding.
@Suite struct DetectorPrefilterTests {
    @Test(arguments: [
        "vvictim: 张伟在家", "vicvictim: 张伟", "被害人张伟称", "电话 13812345678", "电话 １３８１２３４５６７８",
        "the victim, Li Xiaoming, lost", "Victim：王芳",
    ])
    func textsWithFindingsAreScanned(text: String) {
        let full = NumberDetector.findings(in: Array(text)) + ChineseNameDetector.findings(in: Array(text))
            + EnglishNameDetector.findings(in: Array(text))
        #expect(!full.isEmpty, "the example itself has no finding")
        #expect(PIIDetector.scan(text).count == full.count)
    }

    @Test func textsWithoutDigitsOrTriggersSkipTheDetectors() {
        #expect(!NumberDetector.mayContainDigit("刷单返利 scam rebate"))
        #expect(NumberDetector.mayContainDigit("第１期"))
        #expect(!ChineseNameDetector.mayContainTrigger("刷单返利 investment scam"))
        #expect(ChineseNameDetector.mayContainTrigger("xictim"))
        #expect(ChineseNameDetector.mayContainTrigger("\u{F900}"))
    }
}
