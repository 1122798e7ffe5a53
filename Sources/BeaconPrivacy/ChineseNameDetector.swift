import Foundation

/// Finds full Chinese names where only an anonymised one belongs: straight after 被害人,
/// 受害人, 嫌疑人, 犯罪嫌疑人, 当事人 (and a few synonyms), after `victim:`, or at the start of a
/// `victim` field; after such a word and a link word (受害人系刘晓明, `+Linked`); and before the
/// sex-and-age note that marks a real person (学生刘晓明（男，19岁）, `+Marked`).
///
/// A full name is a surname (`Surnames`) and one or two given-name characters, followed by
/// the end of the text, punctuation or a word that usually follows a name (在, 称, 被, 向…).
/// Anonymised forms pass: 张某, 李某某, 王×, 王女士, 张先生, 小张, 老王.
enum ChineseNameDetector {
    /// Longest first, so 犯罪嫌疑人 wins over 嫌疑人.
    static let triggers: [String] = ["犯罪嫌疑人", "被害人", "受害人", "受害者", "受骗人", "嫌疑人", "当事人", "报案人", "报警人", "嫌犯",
                                     "事主", "victim:", "victim：", "Victim:", "Victim："] + linkTriggers
    static let triggerStarts: Set<Character> = Set(triggers.compactMap(\.first))
    /// What may stand between the trigger and the name.
    static let gap: Set<Character> = [":", "：", " ", "\u{3000}", "\u{00A0}"]
    /// Characters that make a name anonymous wherever they follow the surname.
    static let anonymous: Set<Character> = ["某", "×", "x", "X", "*", "＊", "○", "〇", "Ｘ", "ｘ", "✕", "✖", "ⅹ", "口", "甲", "乙", "丙"]
    /// Words after a surname that make a polite or anonymous reference, not a name.
    static let titles: [String] = ["女士", "先生", "小姐", "同学", "老师", "师傅", "阿姨", "大爷", "大妈", "大姐", "大哥", "大叔",
                                   "老人", "奶奶", "爷爷", "老汉", "婆婆", "姓", "氏", "一家", "夫妇", "某", "警官", "姐", "哥", "女", "男"]
    /// A name marked as made up is not a person's name: 刘洋（化名）.
    static let pseudonymMarks = ["（化名）", "(化名)", "（系化名）", "(系化名)", "（均为化名）", "(均为化名)", "（化名,", "（化名，", "(化名,", "(化名，"]
    /// Characters that often come right after a name and end it.
    static let after: Set<Character> = Set("在于被向称因通接发遂将与和及等的是为系报到从自把对给说经也又便就即先后再都已曾所要想会去来收加添按以用现今近前乘驾共均分多于随立主及或并且家男女")
    /// Surnames that are also everyday words after 被害人 (被害人于凌晨…, 被害人曾收到…, 被害人向好友…):
    /// with these, only a name that ends at punctuation or the end of the text counts.
    static let ambiguousSurnames: Set<Character> = Set("于向曾余常万成安高方江马金白石林文司公母尚车单")
    /// Function words that end a name rather than belong to it: in 张伟在家, the name is 张伟.
    static let particles: Set<Character> = Set("在于被向称因将与和及等的是为系从把对给说也又便就即都已曾所要会到报通接发遂")
    /// Everyday words that begin with a surname character and may follow a trigger word.
    static let notNames: Set<String> = ["于是", "于当", "于今", "于次", "于同", "于近", "于本", "于前", "于此", "陈述", "向其", "向民", "向警",
                                        "向对", "向银", "向派", "向公", "向法", "向该", "向家", "向亲", "向朋", "向他", "向她", "向记",
                                        "马上", "安全", "金额", "高度", "方面", "方式", "何时", "余额", "万元", "成功", "常年", "常住",
                                        "江苏", "江西", "湖南", "湖北", "黄金", "白天", "程序", "钱款", "钱财", "周末", "周围", "周边",
                                        "夏天", "经过", "通过", "蒙受", "陆续", "连续", "连日", "宁愿", "冷静", "严重", "解释", "游戏",
                                        "连夜", "曾经", "曾多", "曾在", "曾向", "曾于", "曾与", "曾因", "曾被", "曾称", "共计", "毕业",
                                        "尚未", "单位", "车辆", "阳台", "乐观", "查询", "查看", "查到", "查实", "查找", "查获", "谈话",
                                        "花费", "支付", "华为", "苏州", "柳州", "温州", "广州", "南京", "南通", "安徽", "安排", "宋体",
                                        "母亲", "孙子", "孙女", "公司", "司机", "师傅", "车主", "房东", "房主", "韩国", "日本", "法国",
                                        "朝鲜", "宁夏", "武汉", "杭州", "福州", "郑州", "贵州", "兰州", "常州", "徐州", "扬州", "泰州",
                                        "宿迁", "淮安", "盐城", "连云", "镇江", "无锡", "江阴", "宜兴", "丁某", "全部", "单独", "单身",
                                        // Words that begin with a `Surnames.common` character and may follow a trigger.
                                        "付款", "付钱", "付给", "付出", "付费", "许诺", "许多", "许以", "任意", "任何", "任由", "任凭",
                                        "张贴", "张口", "胡乱", "胡编", "胡说", "杜撰", "罗列", "谢绝", "周转", "程度", "范围",
                                        "严厉", "顾及", "顾虑", "雷同", "莫名", "武力", "施压", "施以", "齐心", "包括", "包装", "包庇",
                                        "包裹", "舒服", "管理", "管控", "钱包", "钱物", "史上", "章程", "康复", "温和", "苗头", "盛情",
                                        "凌晨", "梅雨", "龙头", "熊市", "黎明", "纪律", "唐突", "何处", "何地", "何人", "何种", "何况",
                                        "何必", "屈服", "骆驼", "牟利", "艾滋", "尤其", "卓越", "戴着", "戴上", "辛苦", "庞大", "田地",
                                        "田间", "董事", "夏季", "欧元", "欧洲", "鲁莽", "岳父", "岳母", "童年", "涂改", "蓝色", "管辖",
                                        "苏醒", "陶醉", "齐全", "乔装", "颜色", "焦急", "焦虑", "祝贺", "殷勤", "黄色", "谢谢",
                                        "钟爱", "凌乱"]

    static func findings(in chars: [Character], fieldIsName: Bool = false) -> [PIIFinding] {
        var out: [PIIFinding] = []
        if fieldIsName {
            var p = 0
            while p < chars.count, gap.contains(chars[p]) { p += 1 }
            collect(at: p, trigger: "victim", in: chars, into: &out)
        }
        var i = 0
        while i < chars.count {
            // Most characters start no trigger word: test the first character before the words.
            guard triggerStarts.contains(chars[i]),
                  let trigger = triggers.first(where: { matches($0, in: chars, at: i) }) else { i += 1; continue }
            if linkTriggers.contains(trigger) {
                collect(at: skipGap(i + trigger.count, in: chars), trigger: trigger, in: chars, into: &out, by: linkedName)
                i += trigger.count
                continue
            }
            guard trigger != "事主" || startsRole(at: i, in: chars) else { i += 1; continue }
            let p = skipGap(i + trigger.count, in: chars)
            let before = out.count
            collect(at: p, trigger: trigger.trimmingCharacters(in: [":", "："]), in: chars, into: &out)
            // 受害人系刘晓明: a link word between the role and the name.
            if out.count == before, let link = links.first(where: { matches($0, in: chars, at: p) }) {
                collect(at: skipGap(p + link.count, in: chars), trigger: trigger, in: chars, into: &out, by: linkedName)
            }
            i += trigger.count
        }
        out += markedNames(in: chars)
        // One finding per name, though several rules find it (报警人名叫王建军: the role and 名叫).
        var kept: [PIIFinding] = []
        for found in out.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where !kept.contains(where: { $0.range.overlaps(found.range) }) {
            kept.append(found)
        }
        return kept
    }

    /// Past at most two gap characters.
    static func skipGap(_ start: Int, in chars: [Character]) -> Int {
        var p = start
        var skipped = 0
        while p < chars.count, gap.contains(chars[p]), skipped < 2 { p += 1; skipped += 1 }
        return p
    }

    /// A name at `p` (as `find` reads one: `name`, or `linkedName` after a link word such as 系),
    /// then more joined by 、 (被害人张三、李四; 嫌疑人系唐志伟、韩冰).
    static func collect(at start: Int, trigger: String, in chars: [Character], into out: inout [PIIFinding],
                        by find: (Int, [Character], String) -> PIIFinding? = { name(at: $0, in: $1, trigger: $2) }) {
        var p = start
        while let found = find(p, chars, trigger) {
            out.append(found)
            guard found.range.upperBound < chars.count, chars[found.range.upperBound] == "、" else { return }
            p = found.range.upperBound + 1
        }
    }

    static func name(at p: Int, in chars: [Character], trigger: String) -> PIIFinding? {
        guard p < chars.count else { return nil }
        let surnameLength: Int
        if p + 1 < chars.count, Surnames.compound.contains(String(chars[p...(p + 1)])) { surnameLength = 2 }
        else if Surnames.single.contains(chars[p]) { surnameLength = 1 }
        else { return nil }
        let rest = p + surnameLength
        guard rest < chars.count, !anonymous.contains(chars[rest]) else { return nil }
        if titles.contains(where: { matches($0, in: chars, at: rest) }) { return nil }
        for given in [2, 1] {
            let end = rest + given
            guard end <= chars.count else { continue }
            let candidate = String(chars[p..<end])
            if given == 2, particles.contains(chars[rest + 1]) { continue }
            let strict = surnameLength == 1 && ambiguousSurnames.contains(chars[p])
            guard chars[rest..<end].allSatisfy(isHan), !chars[rest..<end].contains(where: anonymous.contains),
                  !notNames.contains(String(candidate.prefix(2))),
                  end == chars.count || endsName(chars[end], strict: strict) else { continue }
            if pseudonymMarks.contains(where: { matches($0, in: chars, at: end) }) { return nil }
            return finding(p..<end, surnameLength: surnameLength, in: chars, trigger: trigger)
        }
        return runOn(at: p, surnameLength: surnameLength, in: chars, trigger: trigger)
    }

    /// A full name that runs straight into the next word (嫌疑人王建国冒充…, 被害人李秀英李女士):
    /// only with a compound or common surname (`Surnames.common`) and two given-name hanzi,
    /// neither a function word nor an anonymisation, so that 嫌疑人向被害人… or 被害人多为女性
    /// stay quiet. Where the name ends is a guess; two given-name characters are the usual.
    static func runOn(at p: Int, surnameLength: Int, in chars: [Character], trigger: String) -> PIIFinding? {
        guard surnameLength == 2 || Surnames.common.contains(chars[p]) else { return nil }
        let rest = p + surnameLength
        let end = rest + 2
        guard end <= chars.count else { return nil }
        let given = chars[rest..<end]
        guard given.allSatisfy(isHan), !given.contains(where: { anonymous.contains($0) || particles.contains($0) }),
              !notNames.contains(String(chars[p..<(p + 2)])), !notNames.contains(String(given)) else { return nil }
        if pseudonymMarks.contains(where: { matches($0, in: chars, at: end) }) { return nil }
        return finding(p..<end, surnameLength: surnameLength, in: chars, trigger: trigger)
    }

    static func finding(_ range: Range<Int>, surnameLength: Int, in chars: [Character], trigger: String?) -> PIIFinding {
        let candidate = String(chars[range])
        let masked = String(chars[range.lowerBound..<(range.lowerBound + surnameLength)])
            + String(repeating: "*", count: range.count - surnameLength)
        return PIIFinding(kind: .fullName, range: range, matched: candidate, normalized: candidate,
                          masked: masked, maskedInPlace: masked, detail: trigger)
    }

    /// Whether `c` can follow a name: punctuation and spaces always; a digit, a letter or a word
    /// from `after` only when the surname is not also an everyday word.
    static func endsName(_ c: Character, strict: Bool) -> Bool {
        if c.isPunctuation || c.isWhitespace || c.isSymbol { return true }
        if strict { return false }
        return !isHan(c) || after.contains(c)
    }

    static func matches(_ word: String, in chars: [Character], at i: Int) -> Bool {
        var k = i
        for c in word {
            guard k < chars.count, chars[k] == c else { return false }
            k += 1
        }
        return true
    }

    /// CJK unified ideographs (with extension A), the characters names are written in.
    static func isHan(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2A6DF).contains(v)
    }
}
