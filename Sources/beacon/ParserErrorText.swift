import Foundation
import BeaconCore

/// swift-argument-parser's own error text (`Error: Unknown option '--bogus'`, the usage line
/// and the pointer to `--help`) in the user's language. The parser writes these in English
/// only, so the common ones are recognised line by line and said as messages; any other line
/// stays as the parser wrote it.
enum ParserErrorText {
    /// Each recognised line: its English pattern (its `(.*)` groups are the parser.s arguments) and
    /// the message it becomes.
    static var lines: [(NSRegularExpression, ([String]) -> Message)] {
        [
        (pattern(#"^Error: Unknown option '(.*)'\. Did you mean '(.*)'\?$"#), { "Error: Unknown option '\($0[0])'. Did you mean '\($0[1])'?" }),
        (pattern(#"^Error: Unknown option '(.*)'$"#), { "Error: Unknown option '\($0[0])'" }),
        (pattern(#"^Error: Missing expected argument '(.*)'$"#), { "Error: Missing expected argument '\($0[0])'" }),
        (pattern(#"^Error: Unexpected argument '(.*)'$"#), { "Error: Unexpected argument '\($0[0])'" }),
        (pattern(#"^Error: Missing value for '(.*)'$"#), { "Error: Missing value for '\($0[0])'" }),
        (pattern(#"^  See '(.*)' for more information\.$"#), { "  See '\($0[0])' for more information." }),
        (pattern(#"^Usage: (.*)$"#), { "Usage: \($0[0])" }),
        (pattern(#"^Help:  (.*)$"#), { "Help:  \($0[0])" }),
        // Last: any other error, such as a `ValidationError` whose text is already translated.
        (pattern(#"^Error: (.*)$"#), { "Error: \($0[0])" }),
        ]
    }

    private static func pattern(_ p: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: p)
    }

    /// `text` (the parser's full error message) with every recognised line said in `language`.
    static func translated(_ text: String, language: Language = MessageCatalog.shared.language,
                           catalog: MessageCatalog = .shared) -> String {
        guard language.code != MessageCatalog.base.code else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let s = String(line)
            let range = NSRange(s.startIndex..., in: s)
            for (regex, message) in lines {
                guard let m = regex.firstMatch(in: s, range: range) else { continue }
                let parts = (1..<m.numberOfRanges).map { Range(m.range(at: $0), in: s).map { String(s[$0]) } ?? "" }
                return message(parts).text(in: language, catalog: catalog)
            }
            return s
        }.joined(separator: "\n")
    }
}
