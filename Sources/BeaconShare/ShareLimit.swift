import BeaconContent
import BeaconCore

/// How long the text of a group message may be, from the theme's `share.limit`: 120
/// characters in Chinese, 60 words in English — what a chat shows without "read more".
public struct ShareLimit: Sendable, Hashable {
    public enum Unit: String, Sendable { case characters, words }
    public var unit: Unit
    public var max: Int

    public init(unit: Unit, max: Int) {
        self.unit = unit
        self.max = max
    }

    /// The language's limit as its theme words give it (120 characters when they give none).
    public init(_ language: SiteLanguage) {
        unit = language.word("share.limit.unit").flatMap(Unit.init(rawValue:)) ?? .characters
        max = language.word("share.limit.max").flatMap { Int($0) } ?? 120
    }

    /// The length of `text` in this limit's unit; spaces are not characters.
    public func count(_ text: String) -> Int {
        var n = 0
        var previousIsSpace = true
        for c in text.unicodeScalars {
            let space = ShareExcerpt.isSpace(c)
            if !space, unit == .characters || previousIsSpace { n += 1 }
            previousIsSpace = space
        }
        return n
    }
}
