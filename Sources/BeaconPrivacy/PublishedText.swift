import BeaconCore

/// One piece of text a build publishes, with where it starts in its source file.
public struct PublishedText: Sendable, Hashable {
    /// Path relative to the site folder: `content/cases/task-rebate.zh.md`.
    public var file: String
    public var text: String
    /// 1-based line of the file on which `text` starts.
    public var line: Int
    /// 1-based column on which `text` starts; nil when only the line is known (a front-matter value).
    public var column: Int?
    /// The file's `pii_ok:` list: reviewed strings that only look like personal data.
    public var allowed: [String]
    /// True for a field that holds a person's name (front matter `victim:`).
    public var isNameField: Bool
    /// Which part of the file this is, for the message: `front matter \`title\``; nil for a body or a whole file.
    public var field: Message?

    public init(file: String, text: String, line: Int, column: Int? = 1, allowed: [String] = [],
                isNameField: Bool = false, field: Message? = nil) {
        self.file = file
        self.text = text
        self.line = line
        self.column = column
        self.allowed = allowed
        self.isNameField = isNameField
        self.field = field
    }
}
