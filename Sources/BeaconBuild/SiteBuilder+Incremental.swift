import BeaconContent
import BeaconCore
import BeaconSite

extension SiteBuilder {
    /// The website's files: everything anew, or — with a cache, when nothing that lists or
    /// frames pages changed since the last build — only the pages whose own content changed,
    /// over the previous build's files.
    func renderWebsiteFiles(_ site: Site, _ renderer: WebsiteRenderer) throws -> [OutputFile] {
        guard let cache = options.cache else { return try renderer.render() }
        let global = websiteGlobalKey(site)
        let lists = websiteListKey(site)
        var pageKeys: [String: Int] = [:]
        for p in site.pages { pageKeys[p.id] = websitePageKey(p) }
        let previous = cache.read { $0.website }
        var files: [OutputFile]
        if let previous, previous.global == global, previous.lists == lists {
            let changed = Set(pageKeys.filter { previous.pages[$0.key] != $0.value }.map(\.key))
            let fresh = try renderer.render(only: changed)
            state.pagesRenderedAgain = changed.count
            let replaced = Set(fresh.map(\.path))
            files = previous.files.filter { !replaced.contains($0.path) } + fresh
        } else {
            files = try renderer.render()
        }
        cache.update { $0.website = .init(global: global, lists: lists, pages: pageKeys, files: files) }
        return files
    }
}
