import BeaconContent
import BeaconCore
import BeaconMarkdown
import BeaconSite

/// Images and files a page's text refers to (`![](/images/x.png)`, `[PDF](../leaflets/a.zh.pdf)`)
/// that the build does not produce. Links written as a path from the site's root are the
/// build's own check (`PathLinkCheck`, with its fix), so they are not reported here again.
enum ReferenceCheck {
    static func run(_ site: Site, bodies: [String: RenderedMarkdown], files: [OutputFile]) -> [Diagnostic] {
        let urls = SiteURLs(config: site.config)
        let basePath = site.config.basePath
        let outputs = Set(files.map(\.path))
        var out: [Diagnostic] = []
        for page in site.pages {
            guard let body = bodies[page.id] else { continue }
            let from = urls.page(page)
            var seen = Set(body.pathLinks.map(\.target))
            let lines = page.body.split(separator: "\n", omittingEmptySubsequences: false)
            for link in HTMLLinks.values(in: body.html) {
                let written = link.hasPrefix(basePath + "/") && !basePath.isEmpty ? String(link.dropFirst(basePath.count)) : link
                guard let path = HTMLLinks.outputPath(of: link, from: from, basePath: basePath), seen.insert(written).inserted,
                      !exists(path, in: outputs) else { continue }
                let plain = (written.split(separator: "#").first.map(String.init) ?? written).split(separator: "?").first.map(String.init) ?? written
                let index = lines.firstIndex { $0.contains(plain) } ?? lines.firstIndex { $0.contains(written) }
                let line = index.map { $0 + page.bodyLine }
                out.append(Diagnostic.error(page.sourcePath, line: line,
                                            "`\(written)` refers to a file the site does not have.",
                                            hint: "Check the spelling of the path; images and other files go under the site's static/ folder and keep their path (static/images/a.png → `/images/a.png`).")
                                .excerpt(from: page, pointingAt: plain))
            }
        }
        return out
    }

    static func exists(_ path: String, in outputs: Set<String>) -> Bool {
        let clean = String(path.split(separator: "?", maxSplits: 1).first ?? "").split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
        let decoded = clean.removingPercentEncoding ?? clean
        return outputs.contains(decoded) || outputs.contains(decoded + "/index.html") || decoded.isEmpty && outputs.contains("index.html")
    }
}
