/// Leaflets shaped like a second clerk's, in our own words: a case of two sentences with no
/// advice, one of five paragraphs with the scam's steps, a section of the clerk's own and five
/// points of advice, one of two paragraphs full of figures, and a child's case with a section for
/// parents; 1–3 cases per format, with and without statistics and slogans. Main's planner left
/// these with half-empty panels, slogans parted from their heading across the tri-fold's fold,
/// and a two-sentence case split between the front and the back.
enum LeafletFillFixture {
    static let short = "gift-card", long = "customs-fee", figures = "loan-deposit", child = "skin-trade"

    /// The leaflets: name → (format, cases, extra keys).
    static let leaflets: [(name: String, format: String, cases: [String], extra: String)] = [
        ("a4-long", "a4", [long], "stats: 2022-h1"),
        ("a4-pair", "a4", [figures, short], "slogans: [2, 3]"),
        ("a4-trio", "a4", [short, child, figures], "intro: {zh: 以下三起案例都发生在本区，请大家引以为戒。, en: All three cases below happened in our district.}\nstats: 2022-h1\nslogans: all"),
        ("a5-short", "a5", [short], ""),
        ("a5-pair", "a5", [figures, child], ""),
        ("tri-pair", "a4-trifold", [short, child], "slogans: all"),
        ("tri-trio", "a4-trifold", [figures, child, short], "stats: 2022-h1\nslogans: all"),
    ]

    /// The fixture's own leaflet replaced by these, and the four cases added.
    static var files: [String: String?] {
        LeafletFixture.leafletFiles(leaflets, title: "{zh: 看紧钱袋子 谨防新骗局, en: Watch your wallet for new scams}", cases: cases)
    }

    static func text(_ slug: String, _ lang: String) -> String { cases["content/cases/\(slug).\(lang).md"]! }

    static let cases: [String: String] = [
        "content/cases/\(short).zh.md": """
        ---
        title: “客服”让买购物卡退款 老人被骗2万元
        date: 2022-06-02
        fraud_type: fake-police
        victim: 周某（男，68岁）
        loss: 20000
        ---
        周某接到自称电商客服的电话，称他的会员要扣年费，按对方要求买了20张购物卡并报出卡密后，2万元被对方迅速用掉。退订会员、退款都在官方App里办理，任何要求购买购物卡、报卡密的“客服”都是骗子。
        """,
        "content/cases/\(short).en.md": """
        ---
        title: A "service agent" had him buy gift cards to stop a fee
        date: 2022-06-02
        fraud_type: fake-police
        victim: Mr Zhou, 68
        loss: 20000
        ---
        Mr Zhou was called by a man who said his shopping membership would charge a yearly fee unless he cancelled it; he bought 20 gift cards as told, read out their codes, and 20,000 yuan was spent within minutes. Memberships are cancelled inside the official app, and anyone who asks you to buy gift cards and read out their codes is a scammer.
        """,
        "content/cases/\(long).zh.md": """
        ---
        title: 冒充海关说包裹藏违禁品 一步步骗走养老钱
        date: 2022-06-25
        fraud_type: fake-police
        victim: 吴某（女，61岁）
        loss: 186000
        ---
        ## 案情简介

        2022年6月8日，退休教师吴某接到一个自称“海关缉私科”的电话，对方说出她的姓名和住址，称她寄往国外的一个包裹里查出违禁药品，她涉嫌走私，需要配合调查。

        对方随后把电话“转接”给一名自称公安民警的男子。男子通过视频出示了所谓的“立案通知书”，要求吴某对家人保密，并下载一个“安全办案”App，开启屏幕共享。

        在对方的一步步指挥下，吴某先后以“资金核查”“保证金”为名，向三个所谓的“国家监管账户”转账7次，共计18.6万元。对方还叮嘱她，核查结束后钱会“原路退回”。

        6月12日，吴某去银行再次转账时，柜员发现她神情紧张、一直在接听电话，当即劝阻并报警。民警赶到后，吴某才知道自己被骗。

        目前，民警已冻结涉案资金4.3万元，案件正在进一步侦办中。今年以来，本区共接报此类冒充公检法诈骗31起，受害人多为60岁以上的老人。

        ## 作案手法

        1. 冒充海关、快递或公安人员，说出受害人的真实信息，称其包裹涉及违禁品。
        2. 通过“转接电话”“视频出示文书”营造真实办案的假象，要求受害人保密。
        3. 诱导受害人下载App、开启屏幕共享，掌握其银行卡和验证码。
        4. 以“资金核查”“保证金”等名义，让受害人把钱转入所谓的“监管账户”。

        ## 家属须知

        - 家中老人接到陌生来电后神情紧张、频繁去银行，请及时问一问。
        - 帮老人关闭不必要的屏幕共享功能，设置大额转账提醒。

        ## 警方提示

        - 海关、公安机关不会通过电话办案，更不会要求转账到任何账户。
        - **凡是要求对家人保密的“办案”，都是诈骗。**
        - 不下载陌生人推荐的App，不开启屏幕共享。
        - 任何时候都不要把验证码告诉别人。
        - 拿不准时，挂断电话，拨打110核实。
        """,
        "content/cases/\(long).en.md": """
        ---
        title: A fake customs call that took a retired teacher's savings
        date: 2022-06-25
        fraud_type: fake-police
        victim: Ms Wu, 61
        loss: 186000
        ---
        ## What happened

        On 8 June 2022, Ms Wu, a retired teacher, was called by a man who said he worked for the customs anti-smuggling office. He knew her name and address and said a parcel she had sent abroad held banned medicine, so she was suspected of smuggling.

        He "put her through" to a man who said he was a police officer. On a video call this man showed her a "case notice", told her to tell no one in her family, and had her install an app for "safe case handling" and share her phone screen.

        Step by step, she was told to pay for "checking her money" and for a "deposit". She made seven transfers to three "state supervision accounts", 186,000 yuan in all, and was promised the money would come back once the check was over.

        On 12 June she went to her bank to pay again. A clerk saw how anxious she was and that she kept taking calls, stopped the payment and called the police. Only when officers arrived did she learn it was a scam.

        Officers have frozen 43,000 yuan, and the investigation goes on. This year the district has had 31 such cases of people posing as the police, most of them against people over 60.

        ## How the scam works

        1. They pose as customs, courier or police staff, quote your real details, and say your parcel held something banned.
        2. They "transfer" the call and show papers on video so it looks like a real case, and tell you to keep it secret.
        3. They have you install an app and share your screen, and so see your bank card and codes.
        4. They have you move your money into a "supervision account" to be "checked".

        ## For families

        - If an older relative is anxious after a call and keeps going to the bank, ask them about it.
        - Help them turn off screen sharing and set an alert for large payments.

        ## Police advice

        - Customs and the police never handle a case by phone and never ask you to move money to any account.
        - **Any "case" you must keep from your family is a scam.**
        - Do not install apps a stranger recommends, and do not share your screen.
        - Never tell anyone a verification code.
        - If in doubt, hang up and call 110.
        """,
        "content/cases/\(figures).zh.md": """
        ---
        title: 网贷“刷流水” 先后被骗5.26万元
        date: 2022-05-20
        fraud_type: task-rebate
        victim: 郑某（男，34岁）
        loss: 52600
        ---
        2022年5月，郑某在短视频平台看到“额度20万元、年化利率仅3.2%”的贷款广告，添加对方后被告知“银行流水不足”，需要先转入8000元“刷流水”证明还款能力。此后对方又以“账户冻结”“缴纳保险费”为由，让他先后转账6次，共计5.26万元。

        本区今年共接报虚假贷款类诈骗57起，同比上升12.4%，单起最高损失21.5万元。截至2022年5月31日，民警已抓获该团伙成员19名。

        ## 警方提示

        - 正规贷款放款前不收取任何费用。
        - 凡是要求先交“解冻费”“保证金”“刷流水”的，都是诈骗。
        - 贷款请到银行或持牌金融机构办理。
        """,
        "content/cases/\(figures).en.md": """
        ---
        title: A loan that needed "turnover" first cost 52,600 yuan
        date: 2022-05-20
        fraud_type: task-rebate
        victim: Mr Zheng, 34
        loss: 52600
        ---
        In May 2022, Mr Zheng saw a short-video advert for loans "up to 200,000 yuan at only 3.2% a year". After he added the poster, he was told his bank statements showed too little turnover and that he should first pay in 8,000 yuan to prove he could repay. Then the "frozen account" and an "insurance fee" followed: six transfers, 52,600 yuan in all.

        The district has had 57 fake-loan cases this year, up 12.4% year on year; the largest single loss was 215,000 yuan. By 31 May 2022, officers had caught 19 members of the gang.

        ## Police advice

        - A real lender charges nothing before the loan is paid out.
        - Anyone who asks for an "unfreezing fee", a deposit or "turnover" first is a scammer.
        - Borrow only from a bank or a licensed lender.
        """,
        "content/cases/\(child).zh.md": """
        ---
        title: 初二学生网上卖游戏皮肤被骗
        date: 2022-06-10
        fraud_type: task-rebate
        victim: 冯某（男，13岁）
        loss: 3600
        ---
        初二学生冯某想把自己的游戏皮肤卖掉换零花钱，在游戏群里认识了一名“买家”。对方让他到一个陌生的“交易平台”登记，随后称他的账户“操作违规被冻结”，必须用家长的手机转账解冻。冯某瞒着父母先后转出3600元，对方随即将他拉黑。

        ## 家属须知

        - 请家长管好支付密码，定期查看孩子的手机和账单。
        - 游戏交易只走游戏官方渠道，陌生“平台”一律不用。

        ## 警方提示

        - 凡是要求“解冻”“刷流水”的交易平台都是诈骗。
        - 孩子遇到要钱的情况，先告诉家长或老师。
        """,
        "content/cases/\(child).en.md": """
        ---
        title: A boy of 13 tried to sell a game skin and lost 3,600 yuan
        date: 2022-06-10
        fraud_type: task-rebate
        victim: a boy of 13
        loss: 3600
        ---
        A 13-year-old wanted to sell a game skin for pocket money and met a "buyer" in a gaming group. The buyer sent him to an unknown "trading platform", which then said his account was frozen for breaking its rules and had to be unfrozen with a payment from a parent's phone. Without telling his parents he paid 3,600 yuan in several transfers, and the buyer blocked him.

        ## For parents

        - Keep your payment passwords to yourself, and look at your child's phone and bills now and then.
        - Trade game items only through the game's own shop; never use an unknown "platform".

        ## Police advice

        - Any trading platform that asks you to "unfreeze" an account is a scam.
        - Children who are asked for money should tell a parent or teacher first.
        """,
    ]
}
