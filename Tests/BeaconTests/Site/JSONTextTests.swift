@testable import BeaconSite
import Testing

/// The search index's JSON strings, written by bytes, are what writing them by Unicode scalars
/// gave.
@Suite struct JSONTextTests {
    /// The escaping by Unicode scalars the search index had before.
    static func byScalars(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 { out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16) }
                else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    static let texts = [
        "", "plain", "反诈“提示”——王某", "a\"b\\c", "line\nbreak\r\n\ttab", "<script>", "\u{1}\u{1f}\u{7f}\u{85}",
        "sep\u{2028}para\u{2029}end", "\u{2027}\u{202A}\u{20AC}…", "👍🏽 e\u{301}", "\u{0}", "李女士\u{2028}",
    ]

    @Test(arguments: texts)
    func writesWhatScalarsWrote(text: String) {
        #expect(JSONText.string(text) == Self.byScalars(text))
    }
}
