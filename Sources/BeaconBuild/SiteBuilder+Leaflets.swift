import BeaconContent
import BeaconCore
import BeaconLeaflet
import BeaconMarkdown
import BeaconStats

/// The leaflet step's PDFs and previews, and the `/leaflets/` pages.
struct LeafletOutput: StepOutput, Sendable {
    let files: [OutputFile]
    let pages: [ExtraPage]
    let warnings: [Diagnostic]
    /// The site has no `content/leaflets/`: the step had nothing to do.
    var none = false
    /// The last build's leaflets, handed on although the input changed (`BuildOptions.printLater`).
    var pending = false
    var pdfs: Int { files.filter { $0.path.hasSuffix(".pdf") }.count }
    var detail: Message { none ? "no leaflets" : "\(pdfs) PDFs" }
}

/// What the leaflet step is shown: the site with the bodies of cases only (a leaflet prints
/// cases; a QR code may lead to any page), the cases' parsed bodies, the withheld cases, and
/// the leaflet asked for.
struct LeafletInput: Equatable, Sendable {
    let site: Site
    /// The Markdown step's parse of each case, which the leaflets print.
    let bodies: [String: RenderedMarkdown]
    let leaflet: String?

    init(_ site: Site, bodies: RenderedBodies, leaflet: String?) {
        self.bodies = bodies.bodies.filter { $0.key.hasPrefix(ContentKind.case.folder + "/") }
        self.site = site.with(pages: site.pages.map { $0.kind == .case ? $0 : $0.withoutBody },
                              withheld: site.withheld.filter { $0.kind == .case }, bannerSources: [], staticFiles: [])
        self.leaflet = leaflet
    }
}

extension SiteBuilder {
    /// The leaflet step: a PDF per leaflet and language with PNG previews under `leaflets/`,
    /// and the `/leaflets/` page for the website step to wrap in the theme. The statistics are
    /// made from the stats sources, settings and strings of `input.site`.
    static func makeLeaflets(_ input: LeafletInput, stats: CheckedStats, cache: BuildCache?, printLater: Bool) throws -> LeafletOutput {
        guard !input.site.leafletSources.isEmpty else { return LeafletOutput(files: [], pages: [], warnings: [], none: true) }
        // Nothing yet in the preview's first build: the pages are served while the leaflets are typeset.
        let unmade = LeafletOutput(files: [], pages: [], warnings: [])
        var made = try BuildCache.reuse(cache, "leaflets", input, keepLast: printLater, unmade: unmade) { input in
            let site = input.site
            let figures = stats.figures
            let made = try cache.flatMap { input.leaflet == nil ? $0 : nil }.map { try eachLeaflet(input, figures: figures, cache: $0) }
                ?? LeafletBuilder.typeset(site: site, figures: figures, bodies: input.bodies, only: input.leaflet)
            return LeafletOutput(files: made.files, pages: made.pages,
                                 warnings: LeafletBuilder.warnings(site: site, figures: figures, bodies: input.bodies, only: input.leaflet) + made.warnings)
        }
        made.output.pending = made.stale
        return made.output
    }

    /// Every leaflet, each typeset again only when what it prints changed (`LeafletScope`):
    /// the preview's way, where a save touches one case and most leaflets do not print it.
    static func eachLeaflet(_ input: LeafletInput, figures: StatsValues?, cache: BuildCache) throws
        -> (files: [OutputFile], pages: [ExtraPage], warnings: [Diagnostic]) {
        var typeset: [TypesetLeaflet] = []
        var problems: [Diagnostic] = []
        for scope in scopes(input, figures: figures) {
            do {
                typeset.append(try BuildCache.reuse(cache, "leaflet \(scope.name)", scope) { try LeafletBuilder.typeset($0) })
            } catch let failure as BuildFailure {
                // A problem of the whole site (a missing font) is found by each leaflet: said once.
                problems += failure.diagnostics.filter { !problems.contains($0) }
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return LeafletBuilder.assemble(site: input.site, typeset)
    }

    /// Each leaflet's scope, in the order of `site.leafletSources`: the site with that leaflet's
    /// definition alone, and the bodies of the cases it prints (all of them when the definition
    /// does not parse).
    static func scopes(_ input: LeafletInput, figures: StatsValues?) -> [LeafletScope] {
        let site = input.site
        return site.leafletSources.map { source in
            let (name, cases) = LeafletBuilder.printedCases(source, site: site, figures: figures)
            let printed = { (page: ContentPage) in page.kind == .case && cases?.contains(page.slug) != false }
            let pages = site.pages.map { printed($0) ? $0 : $0.withoutBody }
            let ids = Set(site.pages.filter(printed).map(\.id))
            return LeafletScope(name: name, site: site.with(pages: pages, withheld: site.withheld, leafletSources: [source]),
                                bodies: input.bodies.filter { ids.contains($0.key) }, figures: figures)
        }
    }
}
