/// Finds full romanised names after "victim", "suspect" and similar words in English text:
/// "the victim Zhang Wei" and "suspect Wei Zhang" are flagged; "the victim, Ms Zhang",
/// "victim Zhang", "suspect Wang Mou" and "the victim Zhang said" pass.
enum EnglishNameDetector {
    static let triggers: Set<String> = ["victim", "victims", "suspect", "suspects", "complainant", "defendant", "party", "parties"]
    /// Words allowed between the trigger and the name: "a victim named Zhang Wei".
    static let fillers: Set<String> = ["named", "called", "surnamed", "is", "was"]

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
        for (i, w) in words.enumerated() where triggers.contains(w.text.lowercased()) {
            var k = i + 1
            if k < words.count, fillers.contains(words[k].text.lowercased()), onlyGap(chars, words[k - 1], words[k]) { k += 1 }
            guard k < words.count, onlyGap(chars, words[k - 1], words[k]) else { continue }
            if let f = name(words, from: k, in: chars, trigger: w.text.lowercased()) { out.append(f) }
        }
        return out
    }

    static func name(_ words: [Word], from k: Int, in chars: [Character], trigger: String) -> PIIFinding? {
        guard k + 1 < words.count else { return nil }
        let a = words[k], b = words[k + 1]
        guard isCapitalised(a.text), isCapitalised(b.text), chars[a.range.upperBound..<b.range.lowerBound].allSatisfy({ $0 == " " }),
              Pinyin.isPinyin(a.text), Pinyin.isPinyin(b.text),
              !Pinyin.anonymous.contains(a.text.lowercased()), !Pinyin.anonymous.contains(b.text.lowercased()) else { return nil }
        let surnameFirst = Pinyin.surnames.contains(a.text.lowercased())
        guard surnameFirst || Pinyin.surnames.contains(b.text.lowercased()) else { return nil }
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

    /// By byte value (lower-cased): whether a stem starts with it.
    static let stemStarts: [Bool] = (0..<256).map { (b: Int) in stemBytes.contains { Int($0[0]) == b } }
    static let stemBytes: [[UInt8]] = triggerStems.map { Array($0.utf8) }

    /// Every trigger word starts with one of these.
    static let triggerStems = ["victim", "suspect", "complainant", "defendant", "part"]

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
