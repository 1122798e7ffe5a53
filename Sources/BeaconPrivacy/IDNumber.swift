import BeaconCore

/// Resident ID numbers (GB 11643-1999): 6-digit area code, birth date, sequence number and,
/// in the 18-character form, an ISO 7064 MOD 11-2 check character that may be `X`.
public enum IDNumber {
    /// First two digits of every province-level area code in use (11 Beijing … 82 Macao, 83 Taiwan, 91 abroad).
    static let provinces: Set<Int> = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
                                      50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91]
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// The check character of the first 17 digits, or nil when they are not 17 digits.
    public static func checkCharacter(_ first17: String) -> Character? {
        let values = first17.compactMap(\.wholeNumberValue)
        guard first17.count == 17, values.count == 17 else { return nil }
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return checkCharacters[sum % 11]
    }

    /// True when the last character of an 18-character number is its right check character.
    public static func checksumValid(_ id: String) -> Bool {
        guard id.count == 18, let expected = checkCharacter(String(id.prefix(17))) else { return false }
        return id.last?.uppercased() == String(expected)
    }

    /// True when an 18-character string is built like an ID number: a known province, a real
    /// birth date between 1900 and 2099, and digits (or a final `X`); the check character is not looked at.
    public static func hasShape18(_ id: String) -> Bool {
        let c = Array(id)
        guard c.count == 18, c[0..<17].allSatisfy(\.isASCIIDigit), c[17].isASCIIDigit || c[17] == "X" || c[17] == "x" else { return false }
        guard let province = Int(String(c[0..<2])), provinces.contains(province),
              let year = Int(String(c[6..<10])), (1900...2099).contains(year),
              let month = Int(String(c[10..<12])), let day = Int(String(c[12..<14])) else { return false }
        return Day(year: year, month: month, day: day) != nil
    }

    /// True when a 15-digit string is built like an old ID number: province, then `YYMMDD` of a real 19YY date.
    public static func hasShape15(_ id: String) -> Bool {
        let c = Array(id)
        guard c.count == 15, c.allSatisfy(\.isASCIIDigit),
              let province = Int(String(c[0..<2])), provinces.contains(province),
              let year = Int(String(c[6..<8])), let month = Int(String(c[8..<10])), let day = Int(String(c[10..<12])) else { return false }
        return Day(year: 1900 + year, month: month, day: day) != nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
