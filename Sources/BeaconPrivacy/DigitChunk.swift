/// A long number as people write it: groups of digits joined by single spaces or dashes
/// (`138 1234 5678`, `6222-0212-3456-7890`), an optional `+86` in front and, after exactly
/// 17 digits, an `X` check character.
struct DigitChunk: Sendable, Equatable {
    /// Character offsets from the first character of the number (the `+` of `+86`) to its last.
    var range: Range<Int>
    /// The digits (and a final `X`) without separators; for `+86` numbers, without the `86`.
    var digits: String
    /// Character offset of every digit of `digits`, in order.
    var digitOffsets: [Int]
    /// Written with a `+86` country code in front.
    var countryCode: Bool
}

/// Splits text into `DigitChunk`s.
///
/// Groups join only when both have at least three digits (a card's last group may be shorter), so dates (`2021-10-31`), scores and
/// lists of small figures never add up to a phone or card number, and a run that is longer than
/// any pattern (a 20-digit serial number) stays one run and matches nothing.
enum DigitChunker {
    static let separators: Set<Character> = [" ", "-", "\u{00A0}", "\u{3000}", "\u{2010}", "\u{2011}", "\u{2013}", "\u{FF0D}"]
    static let checkLetters: Set<Character> = ["X", "x", "\u{FF38}", "\u{FF58}"]

    /// ASCII and full-width digits, as a Chinese input method may type them.
    static func digit(_ c: Character) -> Character? {
        guard let v = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1 else { return nil }
        if (0x30...0x39).contains(v) { return c }
        if (0xFF10...0xFF19).contains(v) { return Character(Unicode.Scalar(UInt8(v - 0xFF10 + 0x30))) }
        return nil
    }

    static func chunks(in chars: [Character]) -> [DigitChunk] {
        var out: [DigitChunk] = []
        var i = 0
        let n = chars.count
        while i < n {
            guard digit(chars[i]) != nil else { i += 1; continue }
            var start = i
            var j = i
            var countryCode = false
            // `+86 138…`, `+86-138…`, `(+86)138…`: the country code joins the number after it.
            if i > 0, chars[i - 1] == "+" || chars[i - 1] == "\u{FF0B}", i + 1 < n, chars[i] == "8", chars[i + 1] == "6" {
                var k = i + 2
                if k < n, chars[k] == ")" || chars[k] == "\u{FF09}" { k += 1 }
                if k < n, separators.contains(chars[k]) { k += 1 }
                if k < n, digit(chars[k]) != nil {
                    countryCode = true
                    start = i - 1
                    j = k
                }
            }
            var digits = ""
            var offsets: [Int] = []
            while true {
                let groupStart = j
                while j < n, let d = digit(chars[j]) {
                    digits.append(d)
                    offsets.append(j)
                    j += 1
                }
                let groupLength = j - groupStart
                if digits.count == 17, j < n, checkLetters.contains(chars[j]), j + 1 == n || !isWordCharacter(chars[j + 1]) {
                    digits.append("X")
                    offsets.append(j)
                    j += 1
                    break
                }
                guard groupLength >= 3, j + 1 < n, separators.contains(chars[j]) else { break }
                let next = digitRunLength(chars, from: j + 1)
                // A short last group ends a card written in fours: `6228 4800 1234 5678 94`.
                guard next >= 3 || next >= 1 && digits.count >= 16 && groupLength == 4 else { break }
                j += 1
            }
            out.append(DigitChunk(range: start..<j, digits: digits, digitOffsets: offsets, countryCode: countryCode))
            i = j
        }
        return out
    }

    static func digitRunLength(_ chars: [Character], from start: Int) -> Int {
        var k = start
        while k < chars.count, digit(chars[k]) != nil { k += 1 }
        return k - start
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
}
