import BeaconCore
import BeaconLeaflet

extension SiteBuilder {
    /// The banner step: a PDF and a PNG preview per banner and language under `banners/`, and
    /// the `/banners/` page for the website step to wrap in the theme.
    func makeBanners() throws -> Message {
        guard let site = state.site, !site.bannerSources.isEmpty else { return "no banners" }
        let key = options.cache == nil ? 0 : bannerKey(site)
        let result: (files: [OutputFile], pages: [ExtraPage])
        if let hit = options.cache?.read({ $0.banners }), hit.key == key || printsLater() {
            result = (hit.files, hit.pages)
        } else {
            result = try BannerBuilder.build(site: site, only: options.bannerName)
            options.cache?.update { $0.banners = (key, result.files, result.pages) }
        }
        state.files += result.files
        state.extraPages += result.pages
        let pdfs = result.files.filter { $0.path.hasSuffix(".pdf") }.count
        state.banners = pdfs
        state.bannerFiles = result.files
        return "\(pdfs) PDFs"
    }

    /// The banner files made by `run()` (PDFs and previews, paths under the output folder), for `beacon banner`.
    public var bannerFiles: [OutputFile] { state.bannerFiles }
}
