/// One piece of text that looks like personal data.
public struct PIIFinding: Sendable, Hashable {
    public let kind: PIIKind
    /// Character offsets of the match in the scanned text (`Character` positions, as columns count).
    public let range: Range<Int>
    /// The text as written, separators included. Never put this in a message.
    public let matched: String
    /// The significant characters only (digits and `X`, or the name), used to match `pii_ok:` entries.
    public let normalized: String
    /// What may be shown: `138****5678`, `110105********002X`, `张*`.
    public let masked: String
    /// The same length as `matched`, with hidden characters replaced by `*`, so a masked line keeps its columns.
    public let maskedInPlace: String
    /// For ID numbers: whether the check character is right; for bank cards: whether the Luhn check passes.
    public let checksumValid: Bool?
    /// Extra words for the message, e.g. the trigger word before a name.
    public let detail: String?

    public init(kind: PIIKind, range: Range<Int>, matched: String, normalized: String, masked: String,
                maskedInPlace: String, checksumValid: Bool? = nil, detail: String? = nil) {
        self.kind = kind
        self.range = range
        self.matched = matched
        self.normalized = normalized
        self.masked = masked
        self.maskedInPlace = maskedInPlace
        self.checksumValid = checksumValid
        self.detail = detail
    }
}
