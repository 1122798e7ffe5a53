import Foundation
import ArgumentParser
import BeaconCore

/// `beacon --help` in the user's language. The abstracts and option texts are messages
/// already (`said`); what is left are swift-argument-parser's own headings and its texts for
/// `--help` and `--version`, which this replaces line by line in the finished help.
enum HelpText {
    /// Each fixed piece of the parser's help with its message; the longest first, so that
    /// a heading is replaced before a shorter piece inside it could be.
    static var pieces: [(String, Message)] {
        [("  See 'beacon help <subcommand>' for detailed help.", "  See 'beacon help <subcommand>' for detailed help."),
         ("Show help information.", "Show help information."),
         ("Show the version.", "Show the version."),
         ("OVERVIEW: ", "OVERVIEW: "),
         ("USAGE: ", "USAGE: "),
         ("ARGUMENTS:", "ARGUMENTS:"),
         ("OPTIONS:", "OPTIONS:"),
         ("SUBCOMMANDS:", "SUBCOMMANDS:"),
         (" (default)", " (default)"),
         ("(default: ", "(default: ")]
    }

    /// The parser's help text with its fixed pieces said in `language` from `catalog`.
    static func translated(_ help: String, language: Language = MessageCatalog.shared.language,
                           catalog: MessageCatalog = .shared) -> String {
        guard language.code != MessageCatalog.base.code else { return help }
        var out = help
        for (english, message) in pieces {
            var said = message.text(in: language, catalog: catalog)
            guard said != english else { continue }
            // `build (default)` sits in the padded name column: keep the column's width.
            if english == " (default)" {
                said += String(repeating: " ", count: max(0, english.count - said.reduce(0) { $0 + $1.displayWidth }))
            }
            out = out.replacingOccurrences(of: english, with: said)
        }
        return out
    }
}
