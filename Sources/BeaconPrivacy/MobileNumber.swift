/// Mainland mobile numbers: 11 digits starting `13`–`19`.
public enum MobileNumber {
    /// True for 11 ASCII digits starting 1[3-9].
    public static func isMobile(_ digits: String) -> Bool {
        let c = Array(digits)
        return c.count == 11 && c.allSatisfy(\.isASCIIDigit) && c[0] == "1" && ("3"..."9").contains(c[1])
    }
}
