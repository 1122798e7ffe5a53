import BeaconContent
import BeaconCore
import BeaconLeaflet

/// The banner step's PDFs and previews, and the `/banners/` pages.
struct BannerOutput: StepOutput, Sendable {
    let files: [OutputFile]
    let pages: [ExtraPage]
    /// The site has no `content/banners/`: the step had nothing to do.
    var none = false
    /// The last build's banners, handed on although the input changed (`BuildOptions.printLater`).
    var pending = false
    var pdfs: Int { files.filter { $0.path.hasSuffix(".pdf") }.count }
    var detail: Message { none ? "no banners" : "\(pdfs) PDFs" }
}

/// What the banner step is shown: the site without page bodies (a banner's edition is dated
/// by the newest page), and the banner asked for.
struct BannerInput: Equatable, Sendable {
    let site: Site
    let banner: String?

    init(_ site: Site, banner: String?) {
        self.site = site.with(pages: site.pages.map(\.withoutBody), withheld: [], leafletSources: [], staticFiles: [])
        self.banner = banner
    }
}

extension SiteBuilder {
    /// The banner step: a PDF and a PNG preview per banner and language under `banners/`, and
    /// the `/banners/` page for the website step to wrap in the theme.
    static func makeBanners(_ input: BannerInput, cache: BuildCache?, printLater: Bool) throws -> BannerOutput {
        guard !input.site.bannerSources.isEmpty else { return BannerOutput(files: [], pages: [], none: true) }
        // Nothing yet in the preview's first build, as for the leaflets.
        var made = try BuildCache.reuse(cache, "banners", input, keepLast: printLater, unmade: BannerOutput(files: [], pages: [])) { input in
            let made = try BannerBuilder.build(site: input.site, only: input.banner)
            return BannerOutput(files: made.files, pages: made.pages)
        }
        made.output.pending = made.stale
        return made.output
    }
}
