import BeaconContent
import BeaconCore

extension WebsiteRenderer {
    /// A bulletin, a case (laid out as a case card) or a free page.
    func contentPage(_ p: ContentPage) throws -> RenderedPage {
        let lang = p.language
        let links = alternates(p)
        let template = p.kind == .bulletin ? "bulletin" : p.kind == .case ? "case" : "page"
        let section = p.kind == .page ? p.slug : p.kind.folder
        return try page(template, lang: lang, path: urls.page(p), title: p.title, description: items.summary(p),
                        section: section, alternates: links,
                        fallback: { other in p.kind == .page ? urls.home(other) : urls.section(p.kind, other) },
                        ogType: p.kind == .page ? "website" : "article", body: MustacheNode(items.detail(p)), lastModified: p.date)
    }

    /// What the sitemap lists of a content page whose file is the previous build's.
    func contentEntry(_ p: ContentPage) -> RenderedPage {
        RenderedPage(path: urls.page(p), html: "", alternates: alternates(p), lastModified: p.date, inSitemap: true)
    }

    /// The page's address in each language it has.
    func alternates(_ p: ContentPage) -> [String: String] {
        var alternates = [p.language.code: urls.page(p)]
        for t in site.translations(of: p) { alternates[t.language.code] = urls.page(t) }
        return alternates
    }
}
