import BeaconWords

extension LEDTextUnits {
    /// The longest dictionary word kept as one unit, in hanzi. Longer ones (`中华人民共和国`)
    /// are rare on a board, and one unit that wide would leave a narrow board's line half empty.
    static let longestKeptWord = 4

    /// Joins the one-hanzi units that make one word of ICU's Chinese dictionary (`团` `伙，` →
    /// `团伙，`; `低` `价` → `低价`), so a line or a screen breaks between words (`诈骗|团伙`,
    /// `小心|低价|陷阱`), never inside one. `text` is the units' characters joined.
    static func joinDictionaryWords(_ units: [Unit], text: String) -> [Unit] {
        // The word each character belongs to, by its index among the text's characters, for
        // words of two to `longestKeptWord` hanzi.
        var wordOf: [Int: Int] = [:]
        let bytes = Array(text.utf8)
        let bounds = WordBoundaries.offsets(text, locale: "zh_CN")
        var character = 0
        for (n, (start, end)) in zip(bounds, bounds.dropFirst()).enumerated() {
            let word = Array(String(decoding: bytes[start..<end], as: UTF8.self))
            if (2...longestKeptWord).contains(word.count), word.allSatisfy(isHanzi) {
                for i in character..<(character + word.count) { wordOf[i] = n }
            }
            character += word.count
        }
        guard !wordOf.isEmpty else { return units }
        var out: [Unit] = []
        var position = 0
        var lastHanziWord: Int?
        for unit in units {
            defer { position += unit.chars.count }
            // The unit joins the one before when the last hanzi there and its own first hanzi are
            // one word, with nothing but (glued) punctuation around them.
            let first = hanzi(unit, atEnd: false).flatMap { _ in wordOf[position] }
            if let first, first == lastHanziWord, let previous = out.last,
               isHanziOnly(previous, except: opening), isHanziOnly(unit, except: closing) {
                out[out.count - 1].chars += unit.chars
            } else {
                out.append(unit)
            }
            let lastIndex = position + unit.chars.count - 1
            lastHanziWord = unit.chars.last.map(isHanzi) == true ? wordOf[lastIndex] : nil
        }
        return out
    }

    /// Common two-hanzi words of anti-fraud messages that ICU's dictionary splits (`接|听`,
    /// `刷|单`, `团|伙`): each is kept as one unit, so the line breaks a character earlier instead.
    static let words: Set<String> = [
        "平台", "电话", "诈骗", "反诈", "公安", "民警", "警方", "警察", "银行", "转账", "汇款", "账户", "账号",
        "群众", "村民", "居民", "住户", "用户", "客户", "老人", "家人", "亲友", "朋友", "子女", "父母",
        "接听", "来电", "提醒", "注意", "防范", "谨慎", "警惕", "陌生", "短信", "链接", "网址", "验证", "密码",
        "投资", "理财", "刷单", "返利", "客服", "退款", "贷款", "网络", "网上", "手机", "信息", "安全",
        "资金", "冒充", "骗子", "切勿", "不要", "下载", "软件", "举报", "报警", "中心", "分局", "派出", "村委",
        "广大", "财产", "损失", "宣传", "务必", "相信", "轻信", "一定", "如果", "发现", "可疑", "及时", "拨打",
        "热线", "咨询", "核实", "身份", "快递", "兼职", "高额", "回报", "官方", "国家", "守好", "钱袋",
        "陷阱", "圈套", "上当", "挂断", "办案", "对象", "见面", "稳赚", "股票", "视频", "共享", "屏幕",
        "好友", "微信", "支付", "扫码", "付款", "收款", "个人", "泄露", "透露", "保护", "自己", "我们",
        "全民", "社区", "农村", "乡镇", "学生", "学校", "家长", "外卖", "购物", "游戏", "装备",
        "团伙", "私下", "理赔", "话术", "甜头", "被骗", "受骗", "常见", "个月", "跨省", "电诈", "同比", "环比", "要求", "安装", "注册", "领取", "补贴", "养老", "保健", "药品", "中奖", "积分", "兑换", "航班", "退票",
    ]

    /// Three-hanzi terms of anti-fraud messages that ICU's dictionary splits (`公|检|法`).
    static let threeHanziWords: Set<String> = ["公检法", "钱袋子", "小甜头", "验证码", "二维码"]

    /// Joins two (or three) one-hanzi units that make a word of `words` (`threeHanziWords`) (`平` `台，` → `平台，`), left to
    /// right; an opening bracket may lead the first, closing punctuation may follow the second.
    static func joinWords(_ units: [Unit]) -> [Unit] {
        var out: [Unit] = []
        var i = 0
        while i < units.count {
            if i + 2 < units.count, let a = hanzi(units[i], atEnd: true), let c = hanzi(units[i + 2], atEnd: false),
               units[i + 1].chars.count == 1, let b = units[i + 1].chars.first, isHanzi(b),
               isHanziOnly(units[i], except: opening), isHanziOnly(units[i + 2], except: closing),
               threeHanziWords.contains(String([a, b, c])) {
                out.append(Unit(chars: units[i].chars + units[i + 1].chars + units[i + 2].chars))
                i += 3
            } else if i + 1 < units.count, let a = hanzi(units[i], atEnd: true), let b = hanzi(units[i + 1], atEnd: false),
               isHanziOnly(units[i], except: opening), isHanziOnly(units[i + 1], except: closing),
               words.contains(String([a, b])) {
                out.append(Unit(chars: units[i].chars + units[i + 1].chars))
                i += 2
            } else {
                out.append(units[i])
                i += 1
            }
        }
        return out
    }

    /// The unit's one hanzi, when it has exactly one, placed last (`atEnd`: nothing may follow
    /// it) or first (nothing may precede it).
    private static func hanzi(_ unit: Unit, atEnd: Bool) -> Character? {
        let ch = atEnd ? unit.chars.last : unit.chars.first
        guard let ch, isHanzi(ch), unit.chars.filter(isHanzi).count == 1 else { return nil }
        return ch
    }

    private static func isHanziOnly(_ unit: Unit, except allowed: Set<Character>) -> Bool {
        unit.chars.allSatisfy { isHanzi($0) || allowed.contains($0) }
    }

    static func isHanzi(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1 else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
    }
}
