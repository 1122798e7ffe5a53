import BeaconContent
import BeaconCore
import BeaconMarkdown
import BeaconStats

/// What the website renderer is given by the build: the loaded site, every body already
/// rendered from Markdown, and what the other parts add.
public struct WebsiteInput: Sendable {
    public let site: Site
    /// Rendered bodies by `ContentPage.id`.
    public let bodies: [String: RenderedMarkdown]
    /// Pages from the statistics, LED and leaflet parts, wrapped in the layout.
    public let extraPages: [ExtraPage]
    /// Extra values for the home page per language code (e.g. `headline` figure cards).
    public let homeExtras: [String: TemplateMap]
    /// Money as each language writes it (`2.3万元`, `23,000 yuan`; "more than": `315万余元`),
    /// by the statistics' own writer.
    public let money: MoneyWriter
    /// Page path (`/en/cases/x/`) → its own link-preview picture (its share poster).
    public var ogImages: [String: OGImage] = [:]
    /// Language code → the site card, the link-preview picture of every other page.
    public var ogCards: [String: OGImage] = [:]
    /// Translations (by `ContentPage.id`) whose source changed since: their pages say so at
    /// the top and link the original.
    public var staleTranslations: Set<String> = []
    /// `--relative`: the search index holds addresses relative to the search page (the
    /// build makes the HTML's relative afterwards, `RelativeLinks`).
    public var relativeLinks = false
    /// Called with each content, list and tag page's file as soon as it is rendered, on the
    /// rendering thread; the file it returns is kept in its place. The build writes the bytes
    /// to its staging folder here and keeps only the path, so pages are not all held in memory.
    public var stream: (@Sendable (OutputFile) -> OutputFile)?
    /// Writes a file made in pieces (a search index) as it is made: called with its path and
    /// what hands its bytes on, piece by piece, to the function given. Returns the file to
    /// keep in its place (its path), or nil without calling that when it cannot stream the file:
    /// the bytes are then gathered into memory.
    public var streamPieces: (@Sendable (_ path: String, _ write: ((UnsafeRawBufferPointer) -> Void) -> Void) -> OutputFile?)?

    public init(site: Site, bodies: [String: RenderedMarkdown], extraPages: [ExtraPage],
                homeExtras: [String: TemplateMap], money: MoneyWriter) {
        self.site = site
        self.bodies = bodies
        self.extraPages = extraPages
        self.homeExtras = homeExtras
        self.money = money
    }
}
