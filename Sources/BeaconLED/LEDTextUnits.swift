import BeaconCore
import BeaconWords

/// Splits a message into the pieces a line may not be broken inside: a hanzi, a number
/// with its decimal point, percent sign and 万/亿 (`53.29%`, `4400万`, `96110`), a Latin word;
/// closing punctuation is glued to what precedes it and opening brackets to what follows, so
/// no line starts with `，` or `）` and none ends with `（`.
enum LEDTextUnits {
    struct Unit: Equatable {
        var chars: [Character]
        var isSpace: Bool { chars == [" "] }
        /// True when the unit ends a clause (`，` `。` `；` …), a good place to break after.
        var endsClause: Bool {
            guard let last = chars.last(where: { !LEDTextUnits.trailingQuotes.contains($0) }) else { return false }
            return LEDTextUnits.clauseEnds.contains(last)
        }
        /// True when the unit contains digits: it must never be split, even if too wide.
        var isNumber: Bool { chars.contains(where: LEDTextUnits.isDigit) }
        var text: String { String(chars) }
    }

    /// Characters that must not start a line.
    static let closing = LineBreaking.cannotStartLine
    /// Characters that must not end a line.
    static let opening = LineBreaking.cannotEndLine
    /// Punctuation after which a break reads naturally.
    static let clauseEnds: Set<Character> = Set("，。、；：？！,.;:?!")
    /// Closing quotes and brackets that may follow a clause end: `。”`.
    static let trailingQuotes: Set<Character> = Set("”’」』）)》")
    /// Counting characters that belong to the number before them: `4400万`, `100余`.
    static let numberSuffixes: Set<Character> = Set("万亿千百余多")
    /// Measure words that read as part of the figure: `838起`, `89人`, `4400万元`, `2021年`.
    static let measureWords: Set<Character> = Set("元起人名个件次岁户家条号年月日天时分秒倍")
    /// Characters that join two alphanumerics into one unit: `53.29`, `1,794`, `10:30`, `a-b`.
    static let joiners: Set<Character> = Set(".,:/-'．")

    static func isDigit(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1 else { return false }
        return (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v)
    }

    static func isWordChar(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1 else { return false }
        return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
            || (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v)
    }

    static func units(_ text: String) -> [Unit] {
        // A space typed before full-width closing punctuation (`诈 》`) is a slip: drop it, so it
        // can neither become a break nor widen the line.
        var chars: [Character] = []
        for ch in text {
            if !ch.isASCII, closing.contains(ch), chars.last == " " { chars.removeLast() }
            chars.append(ch)
        }
        // 1. Atoms: words and numbers whole, everything else one character each.
        var atoms: [[Character]] = []
        var i = 0
        while i < chars.count {
            if isWordChar(chars[i]) {
                var j = i + 1
                while j < chars.count {
                    if isWordChar(chars[j]) { j += 1; continue }
                    if joiners.contains(chars[j]), j + 1 < chars.count, isWordChar(chars[j + 1]) { j += 2; continue }
                    break
                }
                if chars[j - 1].isNumber, isDigit(chars[j - 1]) {
                    while j < chars.count, numberSuffixes.contains(chars[j]) { j += 1 }
                    if j < chars.count, measureWords.contains(chars[j]) { j += 1 }
                }
                atoms.append(Array(chars[i..<j]))
                i = j
            } else {
                atoms.append([chars[i]])
                i += 1
            }
        }
        // 2. Glue closing punctuation backwards and opening brackets forwards.
        var units: [Unit] = []
        var pending: [Character] = []
        for atom in atoms {
            if atom.count == 1, closing.contains(atom[0]), pending.isEmpty, let last = units.last, !last.isSpace {
                units[units.count - 1].chars += atom
            } else if atom.count == 1, closing.contains(atom[0]), pending.isEmpty, units.count >= 2, units[units.count - 1].isSpace,
                      !units[units.count - 2].isSpace {
                // `word )`: a space before closing punctuation must not become a break either.
                units.removeLast()
                units[units.count - 1].chars += [" "] + atom
            } else if atom.count == 1, opening.contains(atom[0]) {
                pending += atom
            } else if atom == [" "] {
                // `“ 100`: an opening bracket keeps what follows it, even across a space.
                if pending.isEmpty { units.append(Unit(chars: atom)) } else { pending += atom }
            } else {
                units.append(Unit(chars: pending + atom))
                pending = []
            }
        }
        if !pending.isEmpty {
            if let last = units.last, !last.isSpace { units[units.count - 1].chars += pending } else { units.append(Unit(chars: pending)) }
        }
        // 3. Words stay whole: the short list of board words first (`个月` in `十个月`, which the
        //    dictionary would pair as `十个`), then the words of ICU's dictionary.
        return joinDictionaryWords(joinWords(units), text: String(chars))
    }
}
