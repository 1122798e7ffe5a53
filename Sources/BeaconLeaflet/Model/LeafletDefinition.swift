import BeaconContent
import BeaconCore

/// One `content/leaflets/<name>.yaml`, read and checked against the site.
public struct LeafletDefinition: Sendable {
    /// The file's base name, used for the output files: `summer` → `leaflets/summer.zh.pdf`.
    public let name: String
    /// Path relative to the site folder, as messages name it.
    public let sourcePath: String
    public var format: LeafletFormat
    public var title: Localized
    /// An optional opening paragraph (the salutation of a letter, a notice's first words).
    public var intro: Localized?
    /// Case slugs under `content/cases`, in print order.
    public var cases: [String]
    /// A statistics period (file base name under `content/stats`).
    public var stats: String?
    public var slogans: SloganChoice
    /// Where the QR code leads; nil means the first case's page, else the home page.
    public var qr: String?
    /// Issue date printed on the leaflet and written as the PDF's creation date.
    public var date: Day?
    /// Line of each key, for messages raised while typesetting (an overflowing panel).
    public var keyLines: [String: Int]
    /// Problems that do not stop the leaflet (a case missing in one language).
    public var warnings: [Diagnostic] = []

    /// `pii_ok`: reviewed strings the personal-data guard lets through (docs/privacy.md).
    public static let knownKeys = ["format", "title", "intro", "cases", "stats", "slogans", "qr", "date", "pii_ok"]
}
