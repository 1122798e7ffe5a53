import BeaconCore
import BeaconLeaflet

extension SiteBuilder {
    /// The leaflet step: a PDF per leaflet and language with PNG previews under `leaflets/`,
    /// and the `/leaflets/` page for the website step to wrap in the theme.
    func makeLeaflets() throws -> Message {
        guard let site = state.site, !site.leafletSources.isEmpty else { return "no leaflets" }
        let figures = state.stats.map { StatsFigures(stats: $0, site: site) }
        let key = options.cache == nil ? 0 : leafletKey(site)
        let result: (files: [OutputFile], pages: [ExtraPage])
        let warnings: [Diagnostic]
        if let hit = options.cache?.read({ $0.leaflets }), hit.key == key || printsLater() {
            (result, warnings) = ((hit.files, hit.pages), hit.warnings)
        } else {
            let made = try LeafletBuilder.typeset(site: site, figures: figures, only: options.leafletName)
            result = (made.files, made.pages)
            warnings = LeafletBuilder.warnings(site: site, figures: figures) + made.warnings
            options.cache?.update { $0.leaflets = (key, result.files, result.pages, warnings) }
        }
        state.files += result.files
        state.extraPages += result.pages
        state.warnings.add(contentsOf: warnings)
        let pdfs = result.files.filter { $0.path.hasSuffix(".pdf") }
        state.leaflets = pdfs.count
        state.leafletFiles = result.files
        return "\(pdfs.count) PDFs"
    }

    /// The leaflet files made by `run()` (PDFs and previews, paths under the output folder), for `beacon leaflet`.
    public var leafletFiles: [OutputFile] { state.leafletFiles }
}
