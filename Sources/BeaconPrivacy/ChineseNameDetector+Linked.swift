extension ChineseNameDetector {
    /// Words between a role and the name that say who it is: 受害人系刘晓明, 报警人名叫王建军.
    /// Longest first.
    static let links: [String] = ["姓名为", "姓名是", "名字叫", "名叫", "叫做", "名为", "即为", "系", "为", "是", "叫", "即"]
    /// Words that introduce a name wherever they stand: 一位名叫曹玉兰的老人.
    static let linkTriggers: [String] = ["名叫", "姓名为", "姓名是", "名字叫", "真名叫", "真名为", "真名是"]

    /// What may follow a name after a link word, besides punctuation and the end of the text.
    static let afterLinked: [String] = ["等", "的", "本人", "二人", "两人", "三人", "（", "("]
    /// Last characters of two-character words for people that begin with a common surname
    /// (商人, 农民, 白领, 文员, 华人): after a link word such a word says what the person is, not who.
    static let personNounEnds: Set<Character> = Set("人民员者户领商手士工女子母亲友客们家长主生师")

    /// 事主 is a role only where it starts a word: not in 人事主任, 此事主要, 从事主播.
    static func startsRole(at i: Int, in chars: [Character]) -> Bool {
        i == 0 || !isHan(chars[i - 1]) || roleMayFollow.contains(chars[i - 1])
    }
    static let roleMayFollow: Set<Character> = Set("名位该据经后称和与及的由向系让将把被对给其")

    /// After a link word (是, 为, 系…) an everyday word is as likely as a name (受害人为女性,
    /// 嫌疑人系初犯, 被害人是农民), so this is stricter than `name(at:)`: a common or compound
    /// surname, one or two given-name hanzi that are no function word, and then punctuation, the
    /// end of the text or a word from `afterLinked`.
    static func linkedName(at p: Int, in chars: [Character], trigger: String) -> PIIFinding? {
        guard p < chars.count else { return nil }
        let surnameLength: Int
        if p + 1 < chars.count, Surnames.compound.contains(String(chars[p...(p + 1)])) { surnameLength = 2 }
        else if Surnames.common.contains(chars[p]) { surnameLength = 1 }
        else { return nil }
        let rest = p + surnameLength
        guard rest < chars.count, !anonymous.contains(chars[rest]),
              !titles.contains(where: { matches($0, in: chars, at: rest) }) else { return nil }
        for given in [2, 1] {
            let end = rest + given
            guard end <= chars.count else { continue }
            let name = chars[rest..<end]
            guard name.allSatisfy(isHan), !name.contains(where: { anonymous.contains($0) || particles.contains($0) }),
                  !notNames.contains(String(chars[p..<min(end, p + 2)])),
                  !(given == 1 && surnameLength == 1 && personNounEnds.contains(chars[rest])) else { continue }
            guard end == chars.count || chars[end].isPunctuation || chars[end].isWhitespace
                    || afterLinked.contains(where: { matches($0, in: chars, at: end) }) else { continue }
            if pseudonymMarks.contains(where: { matches($0, in: chars, at: end) }) { return nil }
            return finding(p..<end, surnameLength: surnameLength, in: chars, trigger: trigger)
        }
        return nil
    }
}
