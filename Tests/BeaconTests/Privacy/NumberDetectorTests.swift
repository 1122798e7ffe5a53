@testable import BeaconPrivacy
import Testing

/// Long numbers: every row is a text, the kind expected and the masked form the message may show.
@Suite struct NumberDetectorTests {
    static let id = FakeNumbers.id()                 // 11010519900307005X
    static let badID = FakeNumbers.idWithBadCheck()  // same, wrong check character
    static let card16 = FakeNumbers.card(prefix: "622202", length: 16)
    static let card19 = FakeNumbers.card(prefix: "621226", length: 19)
    static let card18 = FakeNumbers.card(prefix: "622848", length: 18)
    static let unionPayFailing = FakeNumbers.cardFailingLuhn(prefix: "621226", length: 19)

    static let positives: [(String, PIIKind, String)] = [
        ("身份证号\(id)，", .idNumber, "110105********005X"),
        ("身份证号：\(FakeNumbers.grouped(id, [6, 8, 4]))。", .idNumber, "110105********005X"),
        ("ID \(id.lowercased()) end", .idNumber, "110105********005X"),
        ("号码\(badID)", .idNumber, "110105********" + String(badID.suffix(4))),
        ("１１０１０５１９９００３０７００５Ｘ", .idNumber, "110105********005X"),
        ("老身份证110105900307005，", .oldIDNumber, "110105******005"),
        ("电话13812345678。", .mobile, "138****5678"),
        ("手机 138 1234 5678 联系", .mobile, "138****5678"),
        ("手机138-1234-5678", .mobile, "138****5678"),
        ("call +86 138 1234 5678 now", .mobile, "+86 138****5678"),
        ("+8619912345678", .mobile, "+86 199****5678"),
        ("（+86）13512345678", .mobile, "+86 135****5678"),
        ("0086 13812345678", .mobile, "0086 138****5678"),
        ("8615912345678", .mobile, "86 159****5678"),
        ("外地手机013812345678", .mobile, "0138****5678"),
        ("１３８１２３４５６７８", .mobile, "138****5678"),
        ("tel:17712345678", .mobile, "177****5678"),
        ("wx13712345678", .mobile, "137****5678"),
        ("卡号\(card16)。", .bankCard, "6222********" + String(card16.suffix(4))),
        ("卡号 \(FakeNumbers.grouped(card19, [4, 4, 4, 4]))", .bankCard, "6212***********" + String(card19.suffix(4))),
        ("卡号 \(FakeNumbers.grouped(card18, [4, 4, 4, 4]))", .bankCard, "6228**********" + String(card18.suffix(4))),
        ("银行卡\(unionPayFailing)", .bankCard, "6212***********" + String(unionPayFailing.suffix(4))),
        ("account 6222-0212-3456-7890", .bankCard, "6222********7890"),
    ]

    @Test(arguments: positives)
    func flagged(_ text: String, _ kind: PIIKind, _ masked: String) throws {
        let found = PIIDetector.scan(text)
        try #require(found.count == 1, "\(found.map(\.masked))")
        #expect(found[0].kind == kind)
        #expect(found[0].masked == masked)
        #expect(found[0].maskedInPlace.count == found[0].matched.count)
        #expect(!found[0].maskedInPlace.contains(String(found[0].normalized.dropFirst(6).prefix(5))) || found[0].kind == .mobile)
    }

    @Test func checksumIsReported() throws {
        #expect(PIIDetector.scan(Self.id).first?.checksumValid == true)
        #expect(PIIDetector.scan(Self.badID).first?.checksumValid == false)
        #expect(PIIDetector.scan(Self.card16).first?.checksumValid == true)
        #expect(PIIDetector.scan(Self.unionPayFailing).first?.checksumValid == false)
    }

    @Test(arguments: [
        ("138 1234 5678", "138 **** 5678"),
        ("+86-138-1234-5678", "+86-138-****-5678"),
        (FakeNumbers.grouped(id, [6, 8, 4]), "110105 ******** 005X"),
    ])
    func maskingInPlaceKeepsSeparators(_ text: String, _ inPlace: String) throws {
        let found = try #require(PIIDetector.scan(text).first)
        #expect(found.maskedInPlace == inPlace)
    }

    static let negatives: [String] = [
        "拨打110或96110咨询",
        "涉案金额44000000元",
        "funds_frozen: {value: 44000000, unit: yuan, approx: true}",
        "冻结资金4400万元，挽损173.49万元",
        "monthly:\n  cases_filed: [96, 88, 102, 95, 110, 87, 90, 101, 79, 90]",
        "date: 2021-10-31",
        "案件编号2021-0931-0012",
        "（2021）苏0812刑初123号",
        "派出所电话0517-83651234",
        "值班电话 010-12345678",
        "客服 400-810-8888",
        "共计13812345678元",
        "¥13812345678",
        "RMB 13812345678",
        "increase of 13812345678 yuan",
        "0.13812345678",
        "13812345678.50",
        "流水号12345678901234567890",
        "138123456789",
        "1381234567",
        "value: 13800000000",
        "12345678901234",
        "同比下降53.29%",
        "2021年1月至10月 838起 1794起",
        "+86 10 1234 5678",
        "15:30 2021-10-31 13:45",
        "110105 1990",
        "派出所(0517)83651234",
        "政务热线12345",
    ]

    @Test(arguments: negatives)
    func notFlagged(_ text: String) {
        let found = PIIDetector.scan(text)
        #expect(found.isEmpty, "\(found.map { "\($0.kind): \($0.masked)" })")
    }

    @Test func numbersNextToEachOtherAreSeparate() {
        let text = "电话13812345678，卡号\(Self.card16)，身份证\(Self.id)"
        #expect(PIIDetector.scan(text).map(\.kind) == [.mobile, .bankCard, .idNumber])
    }
}
