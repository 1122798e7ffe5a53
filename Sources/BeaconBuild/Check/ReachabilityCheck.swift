import BeaconContent
import BeaconCore
import BeaconSite

/// Content pages no reader can click their way to: the built pages are followed link by
/// link from each language's home page, and any page never reached is reported.
enum ReachabilityCheck {
    static func run(_ site: Site, files: [OutputFile]) -> [Diagnostic] {
        let urls = SiteURLs(config: site.config)
        let basePath = site.config.basePath
        var html: [String: OutputFile] = [:]
        for f in files where f.path.hasSuffix(".html") { html[f.path] = f }
        var reached = Set<String>()
        var queue = site.config.languages.map { SiteURLs.file(for: urls.home($0)) } + ["404.html"]
        while let path = queue.popLast() {
            guard reached.insert(path).inserted, let file = html[path] else { continue }
            let from = "/" + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
            for link in HTMLLinks.values(in: String(decoding: file.data, as: UTF8.self)) {
                guard let target = HTMLLinks.outputPath(of: link, from: from, basePath: basePath) else { continue }
                let decoded = target.removingPercentEncoding ?? target
                let file = html[decoded] != nil ? decoded : decoded + "/index.html"
                if html[file] != nil, !reached.contains(file) { queue.append(file) }
            }
        }
        var out: [Diagnostic] = []
        for page in site.pages where !reached.contains(SiteURLs.file(for: urls.page(page))) {
            let hint: Message = page.kind == .page
                ? "Add `menu: true` to its front matter to put it in the menu, or link to it from another page: `[…](@/\(page.translationKey).md)`."
                : "Link to it from another page: `[…](@/\(page.translationKey).md)`."
            out.append(.warning(page.sourcePath, "No menu, list or link on the site leads to this page; readers can find it only by its address.", hint: hint))
        }
        return out
    }
}
