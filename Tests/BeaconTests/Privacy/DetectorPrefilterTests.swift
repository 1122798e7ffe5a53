@testable import BeaconPrivacy
import PropertyBased
import Testing

/// The quick tests that let a text skip the detectors must never skip one that has a finding.
@Suite struct DetectorPrefilterTests {
    @Test(arguments: [
        "vvictim: 张伟在家", "vicvictim: 张伟", "被害人张伟称", "电话 13812345678", "电话 １３８１２３４５６７８",
        "the victim, Li Xiaoming, lost", "Victim：王芳", "suspects named Wang Lei", "PARTY: Zhang Wei", "嫌疑人：欧阳娜娜",
        "+86 138 1234 5678", "(+86)13812345678", "6222 0212 3456 7890", "11010519900307005X",
        "受害人系刘晓明", "报警人名叫 王建军", "一位名叫曹玉兰的老人", "学生刘晓明（男，19岁）", "男子彭立新，45岁", "(女)欧阳娜娜(女)",
        "男子彭立新,45周岁", "The victim's name is Huang Liping", "the victim Liu Xiaoming’s mother", "Student Liu Xiaoming (male, 19)",
        "Wang Jianguo ( FEMALE )", "Zhang Wei (aged 60)", "Zhang Wei, male, 60", "a man named Zhang Wei",
        // The apostrophe Word and Chinese input methods type: once let through by the quick test.
        "Officers later met the victim’s Zhang Wei at the station.",
    ])
    func textsWithFindingsAreScanned(text: String) {
        let full = PIIDetector.scan(text, fieldIsName: false, quickTests: false)
        #expect(!full.isEmpty, "the example itself has no finding")
        #expect(PIIDetector.scan(text) == full)
    }

    @Test func textsThatCannotHoldAFindingSkipTheDetectors() {
        #expect(!NumberDetector.mayContainNumber("刷单返利 scam rebate 2021-10-31 32,239 yuan 96110"))
        #expect(NumberDetector.mayContainNumber("第１３８１２３４５６７８期"))
        #expect(NumberDetector.mayContainNumber("138-1234-5678"))
        #expect(!ChineseNameDetector.mayContainName("刷单返利 investment scam"))
        #expect(!ChineseNameDetector.mayContainName("嫌疑人李某、被害人王女士和当事人冒充客服"))
        #expect(ChineseNameDetector.mayContainName("嫌疑人李某\u{301}"))
        #expect(ChineseNameDetector.mayContainName("被害人\u{F900}"))
        #expect(ChineseNameDetector.mayContainName("xvictim: 王"))
        #expect(!EnglishNameDetector.mayContainName("the victim lost money in a department store; the party was over"))
        #expect(EnglishNameDetector.mayContainName("the victim named Zhang Wei"))
        #expect(EnglishNameDetector.mayContainName("a suspect, Wang Lei"))
        #expect(EnglishNameDetector.mayContainName("the victim's name is Wang Lei"))
        #expect(!EnglishNameDetector.mayContainName("the victim named Zhang said"))
        #expect(!ChineseNameDetector.mayContainName("被骗人数中，女性占六成，男女比例"))
        #expect(!ChineseNameDetector.mayContainName("张某（女，45岁）、李某（男，60岁）"))
    }

    /// Pieces that make findings, near misses, and what could confuse a byte-level test:
    /// combining marks, a compatibility ideograph, full-width digits and colons, case.
    static let pieces = ["被害人", "嫌疑人", "犯罪嫌疑人", "受害者", "当事人", "嫌犯", "张", "伟", "欧阳", "娜", "某", "女士", "女", "×", "、", "：",
                         "事主", "人事", "系", "为", "名叫", "学生", "男子", "（", "男", "45", "岁", "周", "的", "等", "man", "woman", "named",
                         "name", "'s", "’s", "s", "and", "(male", "female", "aged", "Xiao", "Liu", "Xiaoming",
                         ":", " ", "　", "\u{A0}", "，", ",", "。", "在", "称", "（化名）", "\u{301}", "\u{F900}", "\u{FE0F}", "victim", "Victim",
                         "VICTIMS", "suspect", "party", "parties", "part", "named", "is", "Zhang", "Wei", "Li", "Na", "said", " (pseudonym)",
                         "1", "3", "8", "6", "0", "X", "１", "３", "８", "-", "－", "+", "＋", "(", ")", "）", ".", "元", "yuan", "¥", "\n"]
    static let text = Gen.element(of: pieces).compactMap { $0 }.array(of: 0...40).map { $0.joined() }
    /// Long numbers in pieces, so that runs of 11 digits and more come up often.
    static let numbers = Gen.element(of: ["138", "1234", "5678", "13812345678", "110105199003070", "05X", "6222021234567894", " ", "-", "+86",
                                          "被害人", "张伟", "victim ", "Zhang Wei", "１３８", "\u{301}", "。"])
        .compactMap { $0 }.array(of: 0...12).map { $0.joined() }

    @Test func quickTestsNeverChangeTheFindings() async {
        await propertyCheck(count: FrontMatterPropertyTests.count * 10, input: Self.text) { text in
            for name in [false, true] {
                #expect(PIIDetector.scan(text, fieldIsName: name) == PIIDetector.scan(text, fieldIsName: name, quickTests: false),
                        "\(text.debugDescription)")
            }
        }
        await propertyCheck(count: FrontMatterPropertyTests.count * 10, input: Self.numbers) { text in
            #expect(PIIDetector.scan(text) == PIIDetector.scan(text, fieldIsName: false, quickTests: false), "\(text.debugDescription)")
        }
    }

    /// The one pass answers for each detector as a pass for that detector alone: a detector
    /// that says yes early, and so is no longer tested, changes nothing for the others.
    @Test func onePassAnswersAsOnePassPerDetector() async {
        for input in [Self.text, Self.numbers] {
            await propertyCheck(count: FrontMatterPropertyTests.count * 10, input: input) { text in
                let alone = PIIDetector.quickTests(.number, text).union(PIIDetector.quickTests(.chineseName, text))
                    .union(PIIDetector.quickTests(.englishName, text))
                #expect(PIIDetector.quickTests(.all, text) == alone, "\(text.debugDescription)")
            }
        }
        #expect(PIIDetector.quickTests(.all, "电话 13812345678，被害人张伟称 the victim named Zhang Wei") == .all)
        #expect(PIIDetector.quickTests(.all, "刷单返利 investment scam") == [])
    }

    /// Pinyin syllables are matched as packed bytes; the words it tells apart.
    @Test(arguments: [("Xiaoming", true), ("zhang", true), ("Huang-Liping", true), ("Xi'an", true), ("ZHUANGXIANG", true),
                      ("said", false), ("Lyu", false), ("street", false), ("Zhangweiweiwei", false), ("Zhāng", false), ("", false)])
    func pinyinWords(word: String, isPinyin: Bool) {
        #expect(Pinyin.isPinyin(word) == isPinyin)
    }

    /// The number test over UTF-8 bytes counts runs as the walk over scalars it replaced did.
    @Test func theNumberTestAnswersAsTheScalarWalk() async {
        func byScalars(_ text: String) -> Bool {
            var digits = 0
            for u in text.unicodeScalars {
                switch u.value {
                case 0x30...0x39, 0xFF10...0xFF19:
                    digits += 1
                    if digits >= 11 { return true }
                case 0x20, 0x2D, 0xA0, 0x3000, 0x2010, 0x2011, 0x2013, 0xFF0D, 0x29, 0xFF09: continue
                default: digits = 0
                }
            }
            return false
        }
        let pieces = Gen.element(of: ["1", "23", "4567", "１", "２３", " ", "-", "\u{2010}", "\u{2013}", "－", ")", "）", "\u{A0}", "　", "😀", "é", "x", "中"])
            .compactMap { $0 }.array(of: 0...16).map { $0.joined() }
        await propertyCheck(count: FrontMatterPropertyTests.count * 10, input: pieces) { text in
            #expect(NumberDetector.mayContainNumber(text) == byScalars(text), "\(text.debugDescription)")
        }
    }
}
