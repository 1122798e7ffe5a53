import BeaconCore

/// An HTML page of the website with what the sitemap needs to know about it.
struct RenderedPage: Sendable {
    let path: String
    let html: String
    /// Language code → path of the same page in that language (itself included).
    let alternates: [String: String]
    let lastModified: Day?
    let inSitemap: Bool

    /// The page without its HTML, once that is in its output file: what the sitemap needs.
    var withoutHTML: RenderedPage {
        RenderedPage(path: path, html: "", alternates: alternates, lastModified: lastModified, inSitemap: inSitemap)
    }
}
