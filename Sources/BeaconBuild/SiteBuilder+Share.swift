import BeaconContent
import BeaconCore
import BeaconLeaflet
import BeaconMarkdown
import BeaconShare
import BeaconSite
import Foundation

/// The share kit: group messages, `/share/` pages, link-preview pictures, and the posters and
/// site cards — drawn (`pictures`) or left to be drawn on request (`deferred`).
struct ShareOutput: StepOutput, Sendable {
    let textFiles: [OutputFile]
    let pages: [ExtraPage]
    let ogImages: [String: OGImage]
    let ogCards: [String: OGImage]
    let pictures: [OutputFile]
    let deferred: DeferredFiles?
    let messages: Int
    let posters: Int
    var files: [OutputFile] { textFiles + pictures }
    var detail: Message { "\(messages) messages, \(posters) posters" }
}

extension SiteBuilder {
    /// The share step (SPEC §12): every group message, the `/share/` pages, the link-preview
    /// pictures each page names, and the posters and site cards. A build that writes draws
    /// the pictures here, on all cores; `beacon serve` draws each when it is requested
    /// (`deferred`), and `beacon check` never.
    static func makeShareKit(_ site: Site, stats: CheckedStats, bodies: RenderedBodies, options: BuildOptions) throws -> ShareOutput {
        let settings = try ShareSettings.read(site.config)
        let bodies = bodies.bodies
        // The kit is shown the published pages, not leaflets, banners or static files.
        let site = site.with(pages: site.pages, withheld: [], leafletSources: [], bannerSources: [], staticFiles: [])
        // In `beacon serve`, the messages of pages a save did not change are the last build's;
        // what every message shares is the site apart from its pages.
        let memo = options.cache.map { ($0.shareItems, site.with(pages: [], withheld: []).hashValue) }
        let kit = ShareKit.make(site: site, stats: stats.stats, settings: settings, colours: ShareColours.of(site.config),
                                firstParagraph: { bodies[$0.id]?.firstParagraph }, cache: memo)

        let cache = options.cache
        var pictures: [(path: String, key: String, draw: @Sendable () throws -> Data)] = kit.posters.map { poster in
            let content = poster.content
            return (poster.path, PNGKey.of(content), { try SharePoster.png(content) })
        }
        for (_, card) in kit.cards.sorted(by: { $0.key < $1.key }) {
            let content = card.content
            pictures.append((card.path, PNGKey.of(content), { try SiteCard.png(content) }))
        }
        // A picture whose words did not change is not drawn again: the last build in this
        // process kept it, or the file in the output folder holds the same key.
        let previous = options.write ? options.outputDir : nil
        let makers = pictures.map { p -> (String, DeferredFiles.Maker) in
            (p.path, {
                if let hit = cache?.pictures.get()[p.path], hit.key == p.key { return hit.data }
                if let file = previous?.appendingPathComponent(p.path), let old = try? Data(contentsOf: file), PNGKey.key(in: old) == p.key {
                    return old
                }
                let data = PNGKey.adding(p.key, to: try p.draw())
                cache?.pictures.update { $0[p.path] = (p.key, data) }
                return data
            })
        }
        var drawn: [OutputFile] = []
        var deferred: DeferredFiles?
        if options.write {
            for r in ParallelMap.map(makers, { path, make in Result { OutputFile(path: path, data: try make()) } }) { drawn.append(try r.get()) }
        } else {
            deferred = DeferredFiles(Dictionary(uniqueKeysWithValues: makers))
        }
        return ShareOutput(textFiles: kit.textFiles, pages: kit.pages,
                           ogImages: kit.images.mapValues { OGImage(path: $0, width: SharePoster.width, height: SharePoster.height) },
                           ogCards: kit.cards.mapValues { OGImage(path: "/" + $0.path, width: SiteCard.width, height: SiteCard.height) },
                           pictures: drawn, deferred: deferred, messages: kit.items.count, posters: kit.posters.count)
    }
}
