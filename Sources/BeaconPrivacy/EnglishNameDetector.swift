/// Finds full romanised names after "victim", "suspect" and similar words in English text, and
/// before a note of sex or age ("Liu Xiaoming (male, 19)"): "the victim Zhang Wei", "the victim
/// Liu Xiaoming's mother" and "suspect Wei Zhang" are flagged; "the victim, Ms Zhang",
/// "victim Zhang", "suspect Wang Mou", "Xiao Wang (male, 19)" and "the victim Zhang said" pass.
enum EnglishNameDetector {
    static let triggers: Set<String> = ["victim", "victims", "suspect", "suspects", "complainant", "defendant", "party", "parties",
                                        "man", "men", "woman", "women", "student", "students", "caller", "resident", "residents",
                                        "villager", "villagers", "owner", "teacher", "worker", "retiree", "pensioner", "boy", "girl"]
    /// Words allowed between the trigger and the name: "a victim named Zhang Wei", "the victim's
    /// name is Zhang Wei" (at most two of them).
    static let fillers: Set<String> = ["named", "called", "surnamed", "is", "was", "name"]
    /// First words that, before a surname, make a familiar form, not a name: Xiao Wang (小王), Lao Zhang (老张).
    static let familiar: Set<String> = ["xiao", "lao"]

    struct Word {
        var text: String
        var range: Range<Int>
    }

    static func findings(in chars: [Character], fieldIsName: Bool = false) -> [PIIFinding] {
        let words = self.words(chars)
        var out: [PIIFinding] = []
        if fieldIsName, let first = words.first, chars[0..<first.range.lowerBound].allSatisfy({ $0 == " " }) {
            if let f = name(words, from: 0, in: chars, trigger: "victim") { out.append(f) }
        }
        for (i, w) in words.enumerated() {
            let word = possessiveStripped(w.text).lowercased()
            guard triggers.contains(word) else { continue }
            var k = i + 1
            // victim’s: the curly apostrophe ends the word, its s is a word of its own.
            if k < words.count, words[k].text == "s", w.range.upperBound + 1 == words[k].range.lowerBound, chars[w.range.upperBound] == "’" { k += 1 }
            var fillersTaken = 0
            while k < words.count, fillersTaken < 2, fillers.contains(words[k].text.lowercased()), onlyGap(chars, words[k - 1], words[k]) {
                k += 1
                fillersTaken += 1
            }
            guard k < words.count, onlyGap(chars, words[k - 1], words[k]) else { continue }
            // Suspects Tang Zhiwei and Han Bing: more names joined by `and` or a comma.
            while let f = name(words, from: k, in: chars, trigger: word) {
                out.append(f)
                k += 2
                guard k < words.count else { break }
                if words[k].text == "and", k + 1 < words.count, onlyGap(chars, words[k - 1], words[k]), onlyGap(chars, words[k], words[k + 1]) { k += 1 }
                else if !chars[words[k - 1].range.upperBound..<words[k].range.lowerBound].contains(",") || !onlyGap(chars, words[k - 1], words[k]) { break }
            }
        }
        for k in words.indices where k + 1 < words.count && hasPersonMark(after: words[k + 1], in: chars) {
            guard let f = name(words, from: k, in: chars, trigger: nil), !out.contains(where: { $0.range.overlaps(f.range) }) else { continue }
            out.append(f)
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// `Xiaoming's` → `Xiaoming`.
    static func possessiveStripped(_ word: String) -> String {
        word.hasSuffix("'s") ? String(word.dropLast(2)) : word
    }

    /// A note of sex or age after a name: ` (male, 19)`, `(female)`, ` (aged 60)`, `, male,`.
    static func hasPersonMark(after word: Word, in chars: [Character]) -> Bool {
        var i = word.range.upperBound
        while i < chars.count, chars[i] == " " { i += 1 }
        guard i < chars.count, chars[i] == "(" || chars[i] == "," else { return false }
        let bracket = chars[i] == "("
        i += 1
        while i < chars.count, chars[i] == " " { i += 1 }
        let rest = String(chars[i..<min(chars.count, i + 7)]).lowercased()
        let marks = bracket ? ["male", "female", "aged"] : ["male", "female"]
        return marks.contains { rest.hasPrefix($0) && !(rest.dropFirst($0.count).first?.isLetter ?? false) }
    }

    static func name(_ words: [Word], from k: Int, in chars: [Character], trigger: String?) -> PIIFinding? {
        guard k + 1 < words.count else { return nil }
        let a = words[k]
        var b = words[k + 1]
        if b.text.hasSuffix("'s") {
            b = Word(text: String(b.text.dropLast(2)), range: b.range.lowerBound..<(b.range.upperBound - 2))
        }
        guard isCapitalised(a.text), isCapitalised(b.text), chars[a.range.upperBound..<b.range.lowerBound].allSatisfy({ $0 == " " }),
              Pinyin.isNamePart(a.text), Pinyin.isNamePart(b.text),
              !Pinyin.anonymous.contains(a.text.lowercased()), !Pinyin.anonymous.contains(b.text.lowercased()) else { return nil }
        let surnameFirst = Pinyin.surnames.contains(a.text.lowercased())
        guard surnameFirst || Pinyin.surnames.contains(b.text.lowercased()) else { return nil }
        if familiar.contains(a.text.lowercased()), Pinyin.surnames.contains(b.text.lowercased()) { return nil }
        let rest = String(chars[b.range.upperBound..<min(chars.count, b.range.upperBound + 24)]).lowercased()
        if ["(pseudonym", " (pseudonym", "(a pseudonym", " (a pseudonym", "(not her real name", " (not her real name",
            "(not his real name", " (not his real name", "(name changed", " (name changed"].contains(where: rest.hasPrefix) { return nil }
        let range = a.range.lowerBound..<b.range.upperBound
        let matched = String(chars[range])
        let masked = surnameFirst ? "\(a.text) " + String(repeating: "*", count: b.text.count)
                                  : String(repeating: "*", count: a.text.count) + " \(b.text)"
        let given = surnameFirst ? b.range : a.range
        let inPlace = String(range.map { given.contains($0) ? "*" : chars[$0] })
        return PIIFinding(kind: .fullName, range: range, matched: matched, normalized: matched, masked: masked,
                          maskedInPlace: inPlace, detail: trigger)
    }

    static func isCapitalised(_ s: String) -> Bool {
        guard let f = s.first, f.isUppercase, f.isASCII else { return false }
        return s.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" || $0 == "'" }
    }

    /// Between two words only spaces, or a colon or comma after the first.
    static func onlyGap(_ chars: [Character], _ a: Word, _ b: Word) -> Bool {
        let between = chars[a.range.upperBound..<b.range.lowerBound]
        return between.count <= 3 && between.allSatisfy { $0 == " " || $0 == ":" || $0 == "," || $0 == "：" || $0 == "，" }
            && between.filter({ $0 != " " }).count <= 1
    }

    static let stemBytes: [[UInt8]] = triggerStems.map { Array($0.utf8) }

    /// Every trigger word starts with one of these.
    static let triggerStems = ["victim", "suspect", "complainant", "defendant", "part", "man", "men", "student", "caller", "resident",
                               "villager", "owner", "teacher", "worker", "retiree", "pensioner", "boy", "girl"]

    /// ASCII words (letters, with `-` or `'` inside) and where they are.
    static func words(_ chars: [Character]) -> [Word] {
        var out: [Word] = []
        var i = 0
        while i < chars.count {
            guard isASCIILetter(chars[i]) else { i += 1; continue }
            let start = i
            while i < chars.count, isASCIILetter(chars[i])
                    || (chars[i] == "-" || chars[i] == "'") && i + 1 < chars.count && isASCIILetter(chars[i + 1]) {
                i += 1
            }
            out.append(Word(text: String(chars[start..<i]), range: start..<i))
        }
        return out
    }

    /// `c.isASCII && c.isLetter` without the Unicode property lookup `isLetter` makes (it was
    /// a visible part of a large build): an ASCII character is one scalar, or CR LF.
    @inline(__always)
    static func isASCIILetter(_ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        return (0x41...0x5A).contains(a) || (0x61...0x7A).contains(a)
    }
}
