/// The character set a board's controller reads its text in (`charset:` in `led_boards:`).
public enum LEDCharset: String, Sendable, CaseIterable, Hashable {
    /// GB 2312-80: 6763 hanzi and 682 symbols; what font-card controllers (Onbon BX-5K, LED Player 内码区) hold.
    case gb2312
    /// GBK (code page 936): GB2312 plus 14 240 more hanzi, e.g. name characters such as 镕 and 堃.
    case gbk
    /// UTF-8, for full-colour controllers that draw text with system fonts.
    case utf8 = "utf-8"

    /// The name glibc's iconv knows the set by.
    var iconvName: String {
        switch self {
        case .gb2312: return "GB2312"
        case .gbk: return "GBK"
        case .utf8: return "UTF-8"
        }
    }

    /// How the set is written for people: `GB2312`, `GBK`, `UTF-8`.
    public var label: String { iconvName }

    /// True when a character is one byte (half width) or two bytes (full width) in the set,
    /// as in the DBCS fonts of font-card controllers.
    var isDoubleByte: Bool { self != .utf8 }

    /// Names users write for the same set, mapped to it: `GB-2312`, `cp936`, `UTF8`.
    static func parse(_ raw: String) -> LEDCharset? {
        let key = raw.lowercased().replacingOccurrences(of: "_", with: "-")
        switch key {
        case "gb2312", "gb-2312", "euc-cn": return .gb2312
        case "gbk", "cp936": return .gbk
        case "utf-8", "utf8": return .utf8
        default: return nil
        }
    }
}
