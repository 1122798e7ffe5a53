extension ChineseNameDetector {
    /// Words for people that may stand before a name with a sex-and-age note: 学生刘晓明（男，19岁）,
    /// 男子彭立新，45岁. A name counts there only after one of these, a link word, a trigger word
    /// or a break (punctuation, the start of the text), so 一名公务员（男，35岁） is no name.
    static let roles: [String] = ["学生", "研究生", "老人", "老汉", "老太", "女子", "男子", "妇女", "女孩", "男孩", "小伙", "姑娘",
                                  "村民", "居民", "市民", "网民", "群众", "店主", "业主", "车主", "商户", "职员", "员工", "教师",
                                  "老师", "医生", "护士", "会计", "出纳", "工人", "农民", "保安", "司机", "快递员", "外卖员", "骑手",
                                  "个体户", "老板", "宝妈", "青年", "少年", "患者", "考生", "家长", "职工", "事主", "当事人", "报警人",
                                  "报案人", "被害人", "受害人", "受害者", "受骗人", "嫌疑人", "嫌犯", "系", "为", "是", "叫", "即", "名叫"]

    /// Full names right before a note of sex or age: `（男，19岁）`, `(女)`, `，男，`, `，45岁`.
    static func markedNames(in chars: [Character]) -> [PIIFinding] {
        var out: [PIIFinding] = []
        for i in chars.indices where isPersonMark(at: i, in: chars) {
            if let found = nameEnding(at: i, in: chars), !out.contains(where: { $0.range.overlaps(found.range) }) { out.append(found) }
        }
        return out
    }

    /// `（男，` `(女)` `，男，` or `，45岁` / `,45周岁` starting at `i`.
    static func isPersonMark(at i: Int, in chars: [Character]) -> Bool {
        let c = chars[i]
        guard c == "（" || c == "(" || c == "，" || c == "," else { return false }
        guard i + 2 < chars.count else { return false }
        if chars[i + 1] == "男" || chars[i + 1] == "女" {
            let next = chars[i + 2]
            return c == "（" || c == "(" ? "，,、）)".contains(next) : "，,、".contains(next)
        }
        guard c == "，" || c == "," else { return false }
        var k = i + 1
        while k < chars.count, k - i <= 3, chars[k].isASCII, chars[k].isNumber { k += 1 }
        guard k > i + 1, k < chars.count else { return false }
        return chars[k] == "岁" || (chars[k] == "周" && k + 1 < chars.count && chars[k + 1] == "岁")
    }

    /// The name that ends at `end`: compound or single surname and one or two given-name hanzi,
    /// after a role word, a trigger, a link word or a break.
    static func nameEnding(at end: Int, in chars: [Character]) -> PIIFinding? {
        for (length, surnameLength) in [(4, 2), (3, 2), (3, 1), (2, 1)] {
            let p = end - length
            guard p >= 0 else { continue }
            if surnameLength == 2 { guard Surnames.compound.contains(String(chars[p...(p + 1)])) else { continue } }
            else { guard Surnames.single.contains(chars[p]) else { continue } }
            let rest = p + surnameLength
            let given = chars[rest..<end]
            guard given.allSatisfy(isHan), !given.contains(where: { anonymous.contains($0) || particles.contains($0) }),
                  !titles.contains(where: { matches($0, in: chars, at: rest) }),
                  !notNames.contains(String(chars[p..<(p + 2)])) else { continue }
            let role = roles.first(where: { endsAt($0, in: chars, at: p) })
            guard p == 0 || !isHan(chars[p - 1]) || role != nil else { continue }
            return finding(p..<end, surnameLength: surnameLength, in: chars, trigger: role.flatMap { $0.count > 1 ? $0 : nil })
        }
        return nil
    }

    /// Whether `word` ends right before `i`.
    static func endsAt(_ word: String, in chars: [Character], at i: Int) -> Bool {
        i >= word.count && matches(word, in: chars, at: i - word.count)
    }
}
