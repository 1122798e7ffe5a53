/// Cases shaped like a clerk's real ones, in our own words: one long (four story paragraphs, the
/// scam's steps, a closing paragraph, a long advice box of four points), one very short (a
/// paragraph, a two-paragraph box), one medium (one long paragraph, two points). The clerk site
/// these mirror left an A4 column 40% blank with its advice box standing alone, so the
/// band and keep-together assertions run on these shapes, in every format with 1–3 cases.
enum LeafletShapesFixture {
    static let long = "courier-refund", short = "ticket-resale", medium = "loan-fee"

    /// The leaflets: name → (format, cases, extra keys).
    static let leaflets: [(name: String, format: String, cases: [String], extra: String)] = [
        ("a4-1", "a4", [long], "stats: 2022-h1\nslogans: all"),
        ("a4-2", "a4", [short, medium], "stats: 2022-h1\nslogans: [1, 2]"),
        ("a4-3", "a4", [long, medium, short], "intro: {zh: 下面三个案例都发生在本区。, en: All three cases happened in our district.}\nstats: 2022-h1\nslogans: all"),
        ("tri-1", "a4-trifold", [long], "stats: 2022-h1\nslogans: all"),
        ("tri-2", "a4-trifold", [short, medium], "stats: 2022-h1\nslogans: [1, 2]"),
        ("tri-3", "a4-trifold", [long, medium, short], "intro: {zh: 下面三个案例都发生在本区。, en: All three cases happened in our district.}\nstats: 2022-h1\nslogans: all"),
        ("a5-1", "a5", [long], "slogans: none"),
        ("a5-2", "a5", [short, medium], "stats: 2022-h1\nslogans: [1, 2]"),
    ]

    /// The fixture's own leaflet replaced by these, and the three cases added.
    static var files: [String: String?] {
        var out: [String: String?] = ["content/leaflets/summer.yaml": nil]
        for l in leaflets {
            out["content/leaflets/\(l.name).yaml"] = """
                format: \(l.format)
                title: {zh: 守好钱袋子 不上骗子当, en: Keep your money out of scammers' hands}
                cases: [\(l.cases.joined(separator: ", "))]
                \(l.extra)
                """
        }
        for (key, text) in cases { out[key] = text }
        return out
    }

    /// The first and last words of each case's advice box, per language, to find it in the PDF.
    static func advice(_ slug: String, _ lang: String) -> String {
        let body = cases["content/cases/\(slug).\(lang).md"]!
        return String(body.components(separatedBy: lang == "zh" ? "## 警方提示" : "## Police advice")[1])
    }

    static let cases: [String: String] = [
        "content/cases/\(long).zh.md": """
        ---
        title: 接到“快递理赔”电话 一步步被引进“备用金”陷阱
        date: 2022-06-18
        fraud_type: fake-police
        victim: 赵某（女，47岁）
        loss: 52700
        ---
        ## 案情简介

        2022年5月，赵某接到一个自称某快递公司“理赔专员”的电话，对方准确说出了她前几天网购的一件羽绒服，称包裹在运输途中丢失，公司要按三倍价格给她赔偿。

        “专员”让赵某添加一个“理赔客服”的社交账号，又发来一个链接，说要先开通“理赔通道”。赵某按提示填写了银行卡号和验证码，页面却显示“信用分不足，无法到账”。对方随即称，需要先从某借款平台借出1.2万元作为“备用金”，验证完毕会全额退回。

        赵某照做后，对方又以“流水不够”“账户被冻结”为由，让她分四次向多个账户转账，共计5.27万元。直到对方不再回复，赵某才意识到被骗，到派出所报警。

        民警调查发现，这个团伙通过非法渠道买来网购订单信息，专挑刚收到货的人下手。目前，涉案的三个账户已被止付，案件正在侦办中。

        ## 作案手法

        1. 冒充快递或电商客服，说出真实的订单信息，称包裹丢失、商品有质量问题，主动提出高额赔偿。
        2. 引导受害人下载会议软件或点开链接，以“开通理赔通道”为名套取银行卡号和验证码。
        3. 以“信用分不足”“需要备用金”为由，诱导受害人从借款平台贷款后转出。
        4. 以“流水不够”“操作失误需解冻”为由，让受害人一次又一次转账，直到拉黑。

        今年以来，本区共接报冒充客服类诈骗42起，同比上升18.3%，其中八成以上受害人是在网购后一周内被骗。

        ## 警方提示

        - 正规快递和电商的理赔，都在官方App或官方网站内办理，不会让您下载会议软件，也不会让您开通什么“理赔通道”。
        - 任何要求您提供银行卡验证码、开启屏幕共享的“客服”，都是骗子。
        - 凡是要您先借钱、先交“备用金”才能拿到赔偿的，一律是诈骗。
        - 如已转账，请立即拨打110报警，并保存好通话记录和转账凭证。
        """,
        "content/cases/\(long).en.md": """
        ---
        title: A "courier refund" call that led a woman into a loan trap
        date: 2022-06-18
        fraud_type: fake-police
        victim: Ms Zhao, 47
        loss: 52700
        ---
        ## What happened

        In May 2022, Ms Zhao was called by a man who said he handled claims for a courier company. He knew about a down jacket she had just bought online, said the parcel had been lost, and offered her three times its price in compensation.

        He asked her to add a "claims service" account on a chat app and sent a link to open a "refund channel". She typed in her bank card number and a verification code, and the page said her credit score was too low to receive the money. He then told her to borrow 12,000 yuan from a lending app as a "reserve" that would be paid back once checked.

        After that he said her account "lacked turnover" and had been frozen, and she made four more transfers to several accounts, 52,700 yuan in all. Only when he stopped answering did she realise it was a scam and go to the police station.

        Officers found that the gang bought online order data and picked people who had just received a parcel. Three of the accounts have been stopped, and the investigation goes on.

        ## How the scam works

        1. They pose as courier or shop staff, quote a real order, say the parcel was lost or faulty, and offer generous compensation.
        2. They have you install a meeting app or open a link to "open a refund channel", and collect your card number and codes.
        3. They say your credit score is too low and you need a "reserve", and talk you into borrowing from a lending app.
        4. They invent "missing turnover" or a "frozen account" to make you pay again and again, then block you.

        So far this year the district has had 42 such cases, up 18.3% year on year; in four of five, the victim was called within a week of a delivery.

        ## Police advice

        - Real couriers and shops handle claims inside their own app or website. They never ask you to install a meeting app or open a "refund channel".
        - Anyone who asks for a bank verification code or wants you to share your screen is a scammer.
        - If you must borrow money or pay a "reserve" before you are compensated, it is a scam.
        - If you have already paid, call 110 at once and keep the call log and payment receipts.
        """,
        "content/cases/\(short).zh.md": """
        ---
        title: 低价转让演唱会门票被骗
        date: 2022-05-30
        fraud_type: task-rebate
        loss: 860
        victim: 钱某（男，17岁）
        ---
        高二学生钱某在粉丝群里看到有人“原价转让”演唱会门票，私聊后通过扫码付款860元，对方随即将他拉黑。

        ## 警方提示

        购买门票请认准官方售票平台，不要私下转账交易。

        **遇到可疑情况，请拨打96110咨询。**未成年人网上付款前，先和家长商量。
        """,
        "content/cases/\(short).en.md": """
        ---
        title: Concert tickets that never arrived
        date: 2022-05-30
        fraud_type: task-rebate
        loss: 860
        victim: a boy of 17
        ---
        A 17-year-old pupil saw concert tickets offered "at face value" in a fan group, paid 860 yuan by scanning a code, and was blocked.

        ## Police advice

        Buy tickets only from the official sellers, never by private transfer.

        **If in doubt, call 96110.** Young people should ask a parent before paying anyone online.
        """,
        "content/cases/\(medium).zh.md": """
        ---
        title: 急用钱网上贷款 先交“解冻费”被骗2.4万元
        date: 2022-04-11
        fraud_type: task-rebate
        loss: 24000
        victim: 孙女士（39岁）
        ---
        ## 案情简介

        2022年4月，经营小餐馆的孙女士急需周转资金，在网上搜到一个“无抵押、秒到账”的贷款App。申请5万元贷款后，App提示“银行卡号填写错误，资金已冻结”，客服称要交5000元“解冻费”。孙女士转账后，对方又以“刷流水证明还款能力”“缴纳保险费”为由，让她先后转账4次，共计2.4万元，贷款却始终没有到账。孙女士向家人借钱时被丈夫劝阻，这才报警。

        ## 警方提示

        - 正规贷款在放款前不收取任何费用。
        - 凡是要求先交“解冻费”“保证金”的网贷，都是诈骗。
        """,
        "content/cases/\(medium).en.md": """
        ---
        title: A quick online loan that cost 24,000 yuan in "unfreezing fees"
        date: 2022-04-11
        fraud_type: task-rebate
        loss: 24000
        victim: Ms Sun, 39
        ---
        ## What happened

        In April 2022, Ms Sun, who runs a small restaurant, needed cash quickly and found a lending app promising loans "without security, paid in seconds". She applied for 50,000 yuan; the app then said her card number was wrong and the money was frozen, and a service agent asked for a 5,000 yuan "unfreezing fee". After she paid, he asked for more to "show turnover" and "pay insurance", four transfers in all, 24,000 yuan, and the loan never came. When she tried to borrow from her family, her husband stopped her and they went to the police.

        ## Police advice

        - A real lender charges nothing before the loan is paid out.
        - Any online loan that asks for an "unfreezing fee" or a deposit first is a scam.
        """,
    ]
}
