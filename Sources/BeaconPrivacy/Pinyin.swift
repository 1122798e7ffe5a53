/// Romanised Chinese names: surnames and a syllable test for given names, so that
/// "victim Zhang Wei" is told from "victim Zhang said".
enum Pinyin {
    static let surnames: Set<String> = [
        "zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo",
        "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng",
        "xiao", "tian", "dong", "yuan", "pan", "yu", "jiang", "cai", "du", "ye", "cheng", "su", "wei", "lu", "lv", "lyu",
        "ding", "ren", "shen", "yao", "cui", "zhong", "tan", "fan", "jin", "shi", "liao", "jia", "xia", "fu", "fang", "bai",
        "zou", "meng", "xiong", "qin", "qiu", "yin", "xue", "yan", "duan", "lei", "hou", "long", "tao", "gu", "mao", "hao",
        "gong", "shao", "wan", "qian", "dai", "mo", "kong", "xiang", "chang", "wen", "kang", "niu", "ge", "xing", "qiao",
        "pang", "ni", "zhuang", "nie", "yue", "zhai", "zhan", "geng", "guan", "lan", "jiao", "zuo", "gan", "bao", "ning",
        "shang", "shu", "ruan", "ke", "ji", "mei", "tong", "ling", "bi", "shan", "pei", "huo", "tu", "miao", "sheng", "qu",
        "weng", "ran", "you", "xin", "chai", "hua", "pu", "teng", "rao", "mu", "ai", "nong", "zhuo", "jian", "che", "lian",
        "mai", "chu", "lou", "dou", "cen", "jing", "dang", "fei", "bu", "leng", "xi", "mi", "zong", "gui", "quan", "zang",
        "min", "gou", "bian", "luan", "sui", "diao", "sha", "rong", "kou", "sang", "lang", "zhen", "cong", "ao", "she",
        "chi", "zha", "kuang", "ju", "hui", "le", "nan", "ban", "chu", "pi", "xian", "man", "kan", "qiang", "shuai", "piao",
        "gai", "zu", "qi", "ba", "zhi", "qing", "di", "ping", "suo", "xuan", "men", "yun", "ou", "ouyang", "situ", "sima",
        "zhuge", "shangguan", "dongfang", "murong", "linghu", "gongsun", "xiahou", "yuwen",
    ]

    /// Words that follow a surname in anonymised English: "Zhang Mou", "Wang X".
    static let anonymous: Set<String> = ["mou", "moumou", "x", "xx"]

    static let initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""]
    static let finals: Set<String> = ["a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia", "ie",
                                      "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue",
                                      "ve", "io"]

    /// A word that can be part of a romanised name: pinyin, or a surname as passports spell it (Lyu).
    static func isNamePart(_ word: String) -> Bool {
        isPinyin(word) || surnames.contains(word.lowercased())
    }

    /// True when `word` (letters, optionally with `-` or `'` between syllables) splits into pinyin syllables.
    static func isPinyin(_ word: String) -> Bool {
        let w = Array(word.lowercased().filter { $0 != "-" && $0 != "'" && $0 != "’" })
        guard !w.isEmpty, w.count <= 12, w.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        let bytes = w.map { $0.asciiValue ?? 0 }
        var reachable = Array(repeating: false, count: bytes.count + 1)
        reachable[0] = true
        for i in 0..<bytes.count where reachable[i] {
            var packed: UInt64 = 0
            for j in (i + 1)...min(bytes.count, i + 6) {
                packed = packed << 8 | UInt64(bytes[j - 1])
                if syllables.contains(packed) { reachable[j] = true }
            }
        }
        return reachable[bytes.count]
    }

    /// Every syllable (an initial, perhaps none, and a final) as its ASCII bytes packed in one
    /// number, first byte highest (`isPinyin`): a string made of each piece of a word and
    /// matched against every initial was 1% of a build, for a few hundred words.
    static let syllables: Set<UInt64> = Set(initials.flatMap { initial in
        finals.map { (initial + $0).utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
    })
}
