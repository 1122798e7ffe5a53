/// Bank card numbers: 16 to 19 digits. Many UnionPay numbers fail the Luhn check, so the
/// guard flags every such run and only reports whether the check passed.
public enum BankCard {
    public static let lengths = 16...19

    /// The Luhn (mod 10) check over a string of ASCII digits.
    public static func luhnValid(_ digits: String) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        guard !values.isEmpty, values.count == digits.count else { return false }
        var sum = 0
        for (i, v) in values.reversed().enumerated() {
            if i % 2 == 1 {
                let d = v * 2
                sum += d > 9 ? d - 9 : d
            } else {
                sum += v
            }
        }
        return sum % 10 == 0
    }
}
