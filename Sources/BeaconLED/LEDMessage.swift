/// Where a message comes from, so a problem with it names the file and line the clerk edits.
public struct LEDMessageSource: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case slogan, headline, bulletin, `case`
    }

    public var kind: Kind
    /// Path relative to the site folder.
    public var file: String
    public var line: Int?
    /// Why the text came from there, for headlines (`statistics content/stats/2021-10.yaml`).
    public var note: String?

    public init(kind: Kind, file: String, line: Int? = nil, note: String? = nil) {
        self.kind = kind
        self.file = file
        self.line = line
        self.note = note
    }
}

/// One message for a board, before and after the board's checks.
public struct LEDMessage: Sendable, Hashable {
    /// The text as written (or as built from a headline template).
    public var original: String
    /// The text the board shows: normalised, safe equivalents put in.
    public var text: String
    public var source: LEDMessageSource

    public init(original: String, text: String? = nil, source: LEDMessageSource) {
        self.original = original
        self.text = text ?? original
        self.source = source
    }
}
