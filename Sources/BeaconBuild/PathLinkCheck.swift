import BeaconContent
import BeaconCore
import BeaconMarkdown
import BeaconSite

/// SPEC §10: a link written as a path into the site (`/cases/fake-refund/`) must lead to a
/// page or file this build makes; otherwise the build fails on that line, with the `@/` form
/// as the fix when a content file is the page the writer meant. (`@/` links are checked as
/// they are rendered.) An image or file written as a path must be under static/.
struct PathLinkCheck {
    let site: Site
    let outputs: Set<String>

    /// The pages are checked in parts on all cores (this runs after the website, on one core,
    /// before the build can write), their problems kept in the pages' order.
    func run(bodies: [String: RenderedMarkdown]) -> [Diagnostic] {
        let pages = site.pages
        let partSize = max(64, (pages.count + 15) / 16)
        return ParallelMap.map(Array(stride(from: 0, to: pages.count, by: partSize))) { start in
            check(pages[start..<min(start + partSize, pages.count)], bodies: bodies)
        }.flatMap { $0 }
    }

    private func check(_ pages: ArraySlice<ContentPage>, bodies: [String: RenderedMarkdown]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for page in pages {
            for link in bodies[page.id]?.pathLinks ?? [] {
                let path = Self.path(of: link.target)
                if path.isEmpty || exists(path) { continue }
                if let file = path.split(separator: "/").last, file.contains("."), !file.hasSuffix(".html") {
                    // An image or a file (`![](/images/poster.jpg)`, `[PDF](/files/a.pdf)`): it must be under static/.
                    out.append(Diagnostic.error(page.sourcePath, line: link.line,
                                                "`\(link.target)` refers to a file the site does not have.",
                                                hint: "Put the file at static/\(path) (files under static/ keep their path in the site), or correct the path to a file that is there.")
                                .excerpt(from: page, pointingAt: link.target))
                    continue
                }
                out.append(Diagnostic.error(page.sourcePath, line: link.line,
                                            "The link `\(link.target)` leads to no page of this site.",
                                            hint: hint(for: path, from: page)).excerpt(from: page, pointingAt: link.target))
            }
        }
        return out
    }

    /// `/cases/x/?a#b` → `cases/x/`, percent-decoded.
    static func path(of target: String) -> String {
        // Most targets are ASCII without `%`: cut by bytes, where a `#` or `?` is a Character
        // of its own. (By Characters and Foundation it cost about 58,000 instructions a link,
        // on one core after the pages are rendered.)
        if target.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "%") }) {
            let bytes = target.utf8
            let end = bytes.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? bytes.endIndex
            let start = bytes[..<end].firstIndex { $0 != UInt8(ascii: "/") } ?? end
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        let clean = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            .split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let s = String(clean.drop { $0 == "/" })
        return s.removingPercentEncoding ?? s
    }

    func exists(_ path: String) -> Bool {
        if path.isEmpty { return outputs.contains("index.html") }
        let bare = path.hasSuffix("/") ? String(path.dropLast()) : path
        return outputs.contains(bare) || outputs.contains(bare + "/index.html")
    }

    /// The content file the address was meant to reach, in `@/` form, or plain advice.
    func hint(for path: String, from page: ContentPage) -> Message {
        var parts = path.split(separator: "/").map(String.init)
        if let first = parts.first, site.config.languages.contains(where: { !$0.isDefault && $0.code == first }) { parts.removeFirst() }
        let candidates = site.pages + site.withheld
        var match: ContentPage?
        if parts.count == 2, let kind = ContentKind(folder: parts[0]), kind != .page {
            let ofKind = candidates.filter { $0.kind == kind }
            let slug = NearestPage.suggest(parts[1], among: Set(ofKind.map(\.slug)))
            match = slug.flatMap { s in ContentPage.preferring(page.language, ofKind.filter { $0.slug == s }) }
        } else if parts.count == 1 {
            let free = candidates.filter { $0.kind == .page }
            let slug = NearestPage.suggest(parts[0], among: Set(free.map(\.slug)))
            match = slug.flatMap { s in ContentPage.preferring(page.language, free.filter { $0.slug == s }) }
        }
        if let match {
            let withheld: Message = site.withheld.contains { $0.sourcePath == match.sourcePath }
                ? " (that page is a draft or not yet due, so this build leaves it out)" : ""
            return "Did you mean \(match.sourcePath)\(withheld)? Link to its file instead, which Beacon checks and leads to the page in each language: `[…](@/\(match.translationKey).md)`."
        }
        if let last = parts.last, last.contains(".") {
            return "Check the spelling of the path; images and other files go under the site's static/ folder and keep their path (static/images/a.png → `/images/a.png`)."
        }
        return "Link to another page by its file under content/, which Beacon checks: `[…](@/cases/task-rebate.md)`."
    }
}

extension ContentPage {
    /// The page in `language` among `pages`, else the first.
    static func preferring(_ language: Language, _ pages: [ContentPage]) -> ContentPage? {
        pages.first { $0.language == language } ?? pages.min { $0.sourcePath < $1.sourcePath }
    }
}
