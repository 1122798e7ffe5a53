/// Leaflets a designer looked at, in our own words: a one-paragraph case with a two-point advice
/// box (`parcel-sms`), a two-paragraph case with three points (`invest-group`) and a case of one
/// sentence with a one-line box (`fake-boss`), printed as an A4 sheet of one and of two cases,
/// tri-folds of one, two and three cases and an A5 letter. On main these set the stock tips larger
/// than the cases, squeezed the cases small for the tips' sake, left a short case's story in one
/// panel and its box in the next, and ran the tips overleaf away from their heading.
enum LeafletDesignerFixture {
    static let short = "parcel-sms", medium = "invest-group", tiny = "fake-boss"

    /// The leaflets: name, format, cases, extra keys.
    static let leaflets: [(name: String, format: String, cases: [String], extra: String)] = [
        ("a4-pair", "a4", [short, medium], "slogans: all"),
        ("a4-one", "a4", [medium], ""),
        ("tri-pair", "a4-trifold", [medium, short], "slogans: all"),
        ("tri-three", "a4-trifold", [short, tiny, medium], "slogans: all"),
        ("tri-one", "a4-trifold", [tiny], ""),
        ("a5-one", "a5", [medium], ""),
    ]

    /// The fixture's own leaflet and slogans replaced by these, and the three cases added.
    static var files: [String: String?] {
        var out = LeafletFixture.leafletFiles(leaflets, title: "{zh: 识破新骗局 守住血汗钱, en: See through new scams and keep your money}", cases: cases)
        out["content/slogans.yaml"] = """
            - {zh: 陌生链接不点击, en: "Never open a link from a stranger"}
            - {zh: 验证码不告诉任何人, en: "Never tell anyone a verification code"}
            """
        return out
    }

    static func text(_ slug: String, _ lang: String) -> String { cases["content/cases/\(slug).\(lang).md"]! }

    static let cases: [String: String] = [
        "content/cases/fake-boss.en.md": """
        ---
        title: A fake boss had the accountant pay a "client"
        date: 2022-06-28
        fraud_type: fake-police
        victim: an accountant, 30
        loss: 50000
        ---
        An accountant accepted a chat request from her "boss", who said a client had to be paid at once and had her advance 50,000 yuan; only later did she learn the boss was an impostor.

        ## Police advice

        Before any transfer, check with the person face to face or by phone.
        """,
        "content/cases/fake-boss.zh.md": """
        ---
        title: 冒充“领导”让会计垫付货款
        date: 2022-06-28
        fraud_type: fake-police
        victim: 某公司会计（女，30岁）
        loss: 50000
        ---
        某公司会计通过了“领导”的微信好友申请，对方以急需给客户付款为由让她先垫付5万元，事后她才发现“领导”是骗子冒充的。

        ## 警方提示

        涉及转账汇款，务必当面或打电话向本人核实。
        """,
        "content/cases/invest-group.en.md": """
        ---
        title: A "stock tips" chat group that cost an investor 130,000 yuan
        date: 2022-07-12
        fraud_type: task-rebate
        victim: Mr Liu, 45
        loss: 130000
        ---
        In March 2022 a stranger added Mr Liu to a chat group about shares. A "teacher" there gave free stock picks every day, and other members posted screenshots of their gains. After a month the teacher told him to install an "insider trading platform" app that was said to offer new shares and sure profits.

        He put in 20,000 yuan, saw a gain of more than 3,000 yuan and was allowed to withdraw 500. He then paid in 110,000 yuan more in five transfers. When he tried to withdraw, the platform asked for "income tax" and said his account was "abnormal"; the teacher and the group vanished.

        ## Police advice

        - Real share trading goes only through the official channels of licensed firms.
        - A group that shows off profits, a "teacher" who picks for you and promises of high returns all mean a scam.
        - A platform that wants tax or a deposit before you can withdraw is fake.
        """,
        "content/cases/invest-group.zh.md": """
        ---
        title: 加入“炒股交流群” 跟着“老师”投资被骗13万元
        date: 2022-07-12
        fraud_type: task-rebate
        victim: 刘某（男，45岁）
        loss: 130000
        ---
        2022年3月，刘某被陌生人拉进一个“股票交流群”，群里的“老师”每天免费推荐股票，群友纷纷晒出盈利截图。一个月后，“老师”推荐他下载一个“内部交易平台”App，称可以打新股、稳赚不赔。

        刘某先投入2万元，很快显示盈利3000多元，并成功提现了500元。他随后又分五次投入11万元，想要提现时，平台却以“缴纳个人所得税”“账户异常”为由拒绝出款，“老师”和群友也随即消失。

        ## 警方提示

        - 正规证券投资只能通过持牌机构的官方渠道进行。
        - 群里晒收益、“老师”带单、承诺高回报的，都是诈骗。
        - 提现要先交税、交保证金的平台，一律是假平台。
        """,
        "content/cases/parcel-sms.en.md": """
        ---
        title: A "delivery problem" text that emptied a bank card
        date: 2022-07-04
        fraud_type: task-rebate
        victim: Ms Chen, 52
        loss: 4800
        ---
        Ms Chen got a text saying her parcel's address was wrong and she should fix it through a link. The page asked for her card number, PIN and a code from her bank, and within ten minutes 4,800 yuan left her account in three payments.

        ## Police advice

        - Couriers never send a link that asks for your bank card details.
        - A code from your bank is the key to your money: never give it to anyone.
        """,
        "content/cases/parcel-sms.zh.md": """
        ---
        title: 点开“快递异常”短信链接 银行卡被盗刷4800元
        date: 2022-07-04
        fraud_type: task-rebate
        victim: 陈某（女，52岁）
        loss: 4800
        ---
        陈某收到一条“您的快递地址异常，请点击链接重新填写”的短信，点开后按页面提示填写了银行卡号、密码和验证码，十分钟内卡里4800元被分三笔转走。

        ## 警方提示

        - 快递公司不会发短信让您在链接里填写银行卡信息。
        - 验证码是您的“钱包钥匙”，任何人索要都不要给。
        """,
    ]
}
