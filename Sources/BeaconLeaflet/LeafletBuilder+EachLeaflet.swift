import BeaconContent
import BeaconCore
import BeaconMarkdown
import BeaconStats

/// What one leaflet is typeset from: the site with this leaflet's definition only and the
/// bodies of the cases it prints. The preview keeps each leaflet's editions by its scope, so
/// a save that changes one case typesets again only the leaflets that print it (a site with
/// twenty leaflets made a clerk wait two minutes for any of them after every save).
public struct LeafletScope: Equatable, Sendable {
    public let name: String
    let site: Site
    let bodies: [String: RenderedMarkdown]
    /// Made from the site's statistics sources, which `site` holds: not compared.
    let figures: StatsValues?

    public init(name: String, site: Site, bodies: [String: RenderedMarkdown], figures: StatsValues?) {
        self.name = name
        self.site = site
        self.bodies = bodies
        self.figures = figures
    }

    public static func == (a: LeafletScope, b: LeafletScope) -> Bool {
        a.name == b.name && a.bodies == b.bodies && a.site == b.site
    }
}

/// One leaflet's editions, one per language.
public struct TypesetLeaflet: Sendable {
    let editions: [LeafletEdition]
}

extension LeafletBuilder {
    /// The name of the leaflet `source` defines, and the slugs of the cases it prints (nil when
    /// the definition does not parse: its typesetting reports the problem).
    public static func printedCases(_ source: SourceText, site: Site, figures: StatsValues?) -> (name: String, cases: Set<String>?) {
        (baseName(source.path), (try? LeafletDefinition.parse(source, site: site, figures: figures)).map { Set($0.cases) })
    }

    /// The editions of the leaflet `scope` names.
    public static func typeset(_ scope: LeafletScope) throws -> TypesetLeaflet {
        TypesetLeaflet(editions: try editions(site: scope.site, figures: scope.figures, bodies: scope.bodies, only: scope.name))
    }

    /// The files, the `/leaflets/` page and the typesetting warnings of `leaflets`, typeset
    /// one by one, as `typeset(site:figures:bodies:)` makes them all at once.
    public static func assemble(site: Site, _ leaflets: [TypesetLeaflet]) -> (files: [OutputFile], pages: [ExtraPage], warnings: [Diagnostic]) {
        let editions = leaflets.flatMap(\.editions)
        return (files(editions), LeafletIndexPage.pages(site: site, editions: editions), editions.flatMap(\.warnings))
    }
}
