import BeaconCore
import BeaconLeaflet
import BeaconShare
import BeaconSite
import Foundation

extension SiteBuilder {
    /// The share step (SPEC §12): every group message, the `/share/` pages, the link-preview
    /// pictures each page names, and the posters and site cards. A build that writes draws
    /// the pictures here, on all cores; `beacon serve` draws each when it is requested
    /// (`deferredFiles`), and `beacon check` never.
    func makeShareKit() throws -> Message {
        guard let site = state.site else { return "" }
        let settings = try ShareSettings.read(site.config)
        let bodies = state.bodies
        // In `beacon serve`, the messages of pages a save did not change are the last build's.
        let memo = options.cache.map { cache -> (ShareItemCache, Int) in
            var f = Fingerprint()
            sharedInputs(site, into: &f)
            return (cache.shareItems, f.value)
        }
        let kit = ShareKit.make(site: site, stats: state.stats, settings: settings, colours: ShareColours.of(site.config),
                                firstParagraph: { bodies[$0.id]?.firstParagraph }, cache: memo)
        state.files += kit.textFiles
        state.extraPages += kit.pages
        state.ogImages = kit.images.mapValues { OGImage(path: $0, width: SharePoster.width, height: SharePoster.height) }
        state.ogCards = kit.cards.mapValues { OGImage(path: "/" + $0.path, width: SiteCard.width, height: SiteCard.height) }

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
                if let hit = cache?.read({ $0.pictures[p.path] }), hit.key == p.key { return hit.data }
                if let file = previous?.appendingPathComponent(p.path), let old = try? Data(contentsOf: file), PNGKey.key(in: old) == p.key {
                    return old
                }
                let data = PNGKey.adding(p.key, to: try p.draw())
                cache?.update { $0.pictures[p.path] = (p.key, data) }
                return data
            })
        }
        let posters = kit.posters.count
        if options.write {
            let drawn = ParallelMap.map(makers) { path, make in Result { OutputFile(path: path, data: try make()) } }
            for r in drawn { state.files.append(try r.get()) }
        } else {
            state.deferredFiles = DeferredFiles(Dictionary(uniqueKeysWithValues: makers))
        }
        return "\(kit.items.count) messages, \(posters) posters"
    }

    /// Files the build leaves to be made on request (posters, in `beacon serve`); nil after a build that wrote them.
    public var deferredFiles: DeferredFiles? { state.deferredFiles }
}
