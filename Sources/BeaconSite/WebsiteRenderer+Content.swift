import BeaconContent
import BeaconCore

extension WebsiteRenderer {
    /// A bulletin, a case (laid out as a case card) or a free page.
    func contentPage(_ p: ContentPage) throws -> RenderedPage {
        let lang = p.language
        var alternates = [p.language.code: urls.page(p)]
        for t in site.translations(of: p) { alternates[t.language.code] = urls.page(t) }
        let template = p.kind == .bulletin ? "bulletin" : p.kind == .case ? "case" : "page"
        let section = p.kind == .page ? p.slug : p.kind.folder
        return try page(template, lang: lang, path: urls.page(p), title: p.title, description: items.summary(p),
                        section: section, alternates: alternates,
                        fallback: { other in p.kind == .page ? urls.home(other) : urls.section(p.kind, other) },
                        ogType: p.kind == .page ? "website" : "article", body: MustacheNode(items.detail(p)), lastModified: p.date)
    }
}
