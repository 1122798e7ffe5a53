@testable import BeaconPrivacy
import Testing

@Suite struct NameDetectorTests {
    static let positives: [(String, [String])] = [
        ("被害人张伟在家中接到电话", ["张*"]),
        ("犯罪嫌疑人李建国等3人", ["李**"]),
        ("受害人：王芳。", ["王*"]),
        ("当事人欧阳娜娜称", ["欧阳**"]),
        ("嫌疑人刘强、张勇被抓获", ["刘*", "张*"]),
        ("被害人黄晓明发现被骗后报警", ["黄**"]),
        ("victim: 陈红", ["陈*"]),
        ("受害人 赵丽（女，45岁）", ["赵*"]),
        ("the victim Zhang Wei said", ["Zhang ***"]),
        ("suspect Xiaoming Zhang fled", ["******** Zhang"]),
        ("被害人张伟在家中", ["张*"]),
        ("被害人李明发现", ["李*"]),
        ("the victim, Li Xiaoming, lost", ["Li ********"]),
        ("a victim named Ouyang Nana", ["Ouyang ****"]),
        ("victim Zhang   Wei", ["Zhang ***"]),
        ("被害人曾伟，男，45岁", ["曾*"]),
        ("被害人于伟。", ["于*"]),
        ("被害人张伟一家", ["张**"]),
        // Names that run straight into the next word.
        ("10月20日，嫌疑人王建国冒充客服接到电话", ["王**"]),
        ("犯罪嫌疑人王建国冒充银行客服", ["王**"]),
        ("被害人李秀英李女士报警", ["李**"]),
        ("当事人欧阳娜娜冒充", ["欧阳**"]),
        ("嫌疑人陈志强谎称", ["陈**"]),
        // A link word between the role and the name; a note of sex or age after the name.
        ("受害人系刘晓明，今年52岁", ["刘**"]),
        ("报警人名叫王建军。", ["王**"]),
        ("嫌疑人系唐志伟、韩冰二人", ["唐**", "韩*"]),
        ("一位名叫曹玉兰的老人", ["曹**"]),
        ("学生刘晓明（男，19岁）", ["刘**"]),
        ("男子彭立新，45岁，", ["彭**"]),
        ("女子欧阳娜娜(女)", ["欧阳**"]),
        ("The victim Liu Xiaoming's mother called", ["Liu ********"]),
        ("the victim Liu Xiaoming’s phone", ["Liu ********"]),
        ("The victim's name is Huang Liping.", ["Huang ******"]),
        ("Suspects Tang Zhiwei and Han Bing were arrested", ["Tang ******", "Han ****"]),
        ("A man called Yao Zhijun", ["Yao ******"]),
        ("Villager He Zhigang (male, 63)", ["He *******"]),
    ]

    @Test(arguments: positives)
    func flagged(_ text: String, _ masked: [String]) {
        let found = PIIDetector.scan(text)
        #expect(found.map(\.masked) == masked)
        #expect(found.allSatisfy { $0.kind == .fullName })
        #expect(found.allSatisfy { $0.maskedInPlace.count == $0.matched.count })
    }

    static let negatives: [String] = [
        "被害人张某在家中接到电话",
        "被害人李某某",
        "被害人王女士报警",
        "被害人张先生称",
        "被害人小张",
        "受害人老王",
        "犯罪嫌疑人刘某等3人",
        "victim: 王某（女，45岁）",
        "被害人于3月10日报警",
        "被害人于当日下午",
        "被害人陈述称",
        "被害人向民警报案",
        "被害人向其转账",
        "被害人和家人",
        "当事人双方",
        "嫌疑人通过微信联系",
        "嫌疑人冒充客服",
        "犯罪嫌疑人以高额返利为诱饵",
        "被害人刘x甲、刘x乙",
        "被害人王×",
        "张伟是民警", // no trigger word
        "被害人于凌晨1点报警",
        "被害人曾收到一条短信",
        "被害人向好友借钱",
        "被害人向李四转账",
        "被害人母亲报警",
        // Everyday words right after a trigger, even with more hanzi following.
        "嫌疑人向被害人发送链接",
        "嫌疑人于3月被抓获",
        "嫌疑人将钱转走",
        "嫌疑人和被害人联系",
        "嫌疑人与被害人通话",
        "嫌疑人在境外作案",
        "嫌疑人从被害人处骗取",
        "嫌疑人对被害人施压",
        "嫌疑人把钱转走",
        "嫌疑人让被害人下载",
        "嫌疑人给被害人打电话",
        "嫌疑人以高额回报为诱饵",
        "嫌疑人为获取信任",
        "嫌疑人称其为客服",
        "嫌疑人通过网络联系",
        "嫌疑人常以客服身份出现",
        "嫌疑人多为境外团伙",
        "嫌疑人都已落网",
        "嫌疑人也被抓获",
        "嫌疑人又打来电话",
        "嫌疑人付款后消失",
        "嫌疑人张贴虚假广告",
        "嫌疑人许诺高额回报",
        "嫌疑人施压被害人",
        "被害人凌晨两点报警",
        "被害人李女士报警",
        "被害人王某某冒充",
        "被害人张大爷在家中",
        "被害人公司财务",
        "被害人韩国籍男子",
        "被害人发现被骗后立即报警",
        "受害人年龄在20至40岁之间",
        "被害人多为女性",
        "被害人孙女",
        "当事人高度紧张",
        "被害人钱款被转走",
        "被害人程序员小王",
        "被害人刘洋（化名）在家中",
        "被害人李娜(化名，女，30岁)",
        "the victim Liu Yang (a pseudonym) said",
        "the victim, Ms Zhang, said",
        "victim Zhang said",
        "suspect Wang Mou",
        "the victim Zhang. He said",
        "Zhang Wei, the police officer",
        "suspects were arrested",
        "the victim lost money",
    ]

    @Test(arguments: negatives)
    func notFlagged(_ text: String) {
        let found = PIIDetector.scan(text)
        #expect(found.isEmpty, "\(found.map(\.masked))")
    }

    @Test func victimFieldIsANameFromItsFirstCharacter() {
        #expect(PIIDetector.scan("王建国（男，60岁）", fieldIsName: true).map(\.masked) == ["王**"])
        #expect(PIIDetector.scan("Wang Jianguo (male, 60)", fieldIsName: true).map(\.masked) == ["Wang *******"])
        #expect(PIIDetector.scan("王某（男，60岁）", fieldIsName: true).isEmpty)
        #expect(PIIDetector.scan("Mr Wang (male, 60)", fieldIsName: true).isEmpty)
        // Outside a name field, a name needs a trigger word or a note of sex or age after it.
        #expect(PIIDetector.scan("王建国称").isEmpty)
        #expect(PIIDetector.scan("王建国称", fieldIsName: true).map(\.masked) == ["王**"])
        #expect(PIIDetector.scan("王建国（男，60岁）").map(\.masked) == ["王**"])
    }

    @Test func theWordBeforeAMarkedNameIsNamedInTheFinding() {
        #expect(PIIDetector.scan("学生刘晓明（男，19岁）").map(\.detail) == ["学生"])
        #expect(PIIDetector.scan("据悉，刘晓明（男，19岁）").map(\.detail) == [nil])
        #expect(PIIDetector.scan("受害人系刘晓明。").map(\.detail) == ["受害人"])
        #expect(PIIDetector.scan("Student Liu Xiaoming (male, 19)").map(\.detail) == ["student"])
        #expect(PIIDetector.scan("Liu Xiaoming (male, 19) called").map(\.detail) == [nil])
    }
}
