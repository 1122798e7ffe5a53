@testable import BeaconPrivacy

/// Made-up numbers of the right shape for tests, never a real person's: check characters are
/// computed, not copied from anywhere.
enum FakeNumbers {
    /// An 18-character ID number with a right check character.
    static func id(area: String = "110105", birth: String = "19900307", sequence: String = "005") -> String {
        let first17 = area + birth + sequence
        return first17 + String(IDNumber.checkCharacter(first17)!)
    }

    /// The same number with a wrong check character.
    static func idWithBadCheck(area: String = "110105", birth: String = "19900307", sequence: String = "005") -> String {
        let good = id(area: area, birth: birth, sequence: sequence)
        let wrong: Character = good.last == "1" ? "2" : "1"
        return String(good.dropLast()) + String(wrong)
    }

    /// A card number of `length` digits starting with `prefix` whose last digit makes the Luhn check pass.
    static func card(prefix: String = "622202", length: Int = 16, seed: Int = 1) -> String {
        var body = prefix
        var x = seed
        while body.count < length - 1 {
            x = (x * 1103515245 + 12345) & 0x7fffffff
            body += String(x % 10)
        }
        let check = (0...9).first { BankCard.luhnValid(body + String($0)) }!
        return body + String(check)
    }

    /// The card with its last digit changed, so the Luhn check fails.
    static func cardFailingLuhn(prefix: String = "621226", length: Int = 19) -> String {
        let good = card(prefix: prefix, length: length)
        let last = good.last!.wholeNumberValue!
        return String(good.dropLast()) + String((last + 1) % 10)
    }

    /// Writes `digits` in groups of the given sizes joined by `separator`.
    static func grouped(_ digits: String, _ sizes: [Int], separator: String = " ") -> String {
        var parts: [String] = []
        var rest = Substring(digits)
        for size in sizes {
            parts.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        if !rest.isEmpty { parts.append(String(rest)) }
        return parts.joined(separator: separator)
    }
}
