import BeaconCore

/// A leaflet edition too long for its format, thrown by the planner: what the error says, and
/// the other formats that hold this language's content. One leaflet file makes every language,
/// so the error names only a format that holds them all (`LeafletBuilder.editions` finds them);
/// clerk6's Chinese error offered `a4` while the English one offered only `a4-trifold`.
struct LeafletOverflow: Error, Sendable {
    var leaflet: String
    var language: Language
    var file: String
    var line: Int
    var message: Message
    /// The ways to make it fit other than another format, each with its line.
    var ways: [Message]
    var formatLine: Int
    /// Other formats that hold this language's content.
    var fitting: [LeafletFormat]

    /// The error, its fix naming the formats in `fittingEveryLanguage` (those that hold every
    /// language of the leaflet). "One or more": leaving out the figures or slogans may not
    /// free enough alone (clerk10 was told "any one of these makes it fit", and it did not).
    func diagnostic(fittingEveryLanguage formats: [LeafletFormat], languages: Int) -> Diagnostic {
        var ways = ways
        if !formats.isEmpty {
            let each: Message = languages > 1 ? " (it holds every language of the leaflet)" : ""
            ways.append("choose \(Message.list(formats.map { "`format: \($0.rawValue)` (\($0.described))" }, and: false)) on line \(formatLine)\(each)")
        }
        let hint: Message = (ways.isEmpty ? "Shorten the text." : "Make it fit by one or more of these: \(Message.list(ways, and: false)).")
            + (formats.isEmpty ? " No other format holds it all." : "")
            + " Beacon never cuts text."
        return .error(file, line: line, message, hint: hint)
    }
}
