import BeaconBuild
import BeaconCore
import Foundation

/// The preview build of a Beacon site: the conductor run with nothing written, the files
/// served from memory, `base_url` set to the preview's own address. A `BuildCache` carries
/// over between saves, so an edit redoes only what it affects.
///
/// A save's build serves the pages first: LED programs, leaflets and banners whose inputs
/// changed keep their last results (`BuildOptions.printLater`). `PrintWork` then makes them
/// anew on a queue of its own, LED programs before leaflets and banners, and a follow-up build
/// serves each. So editing a case that a
/// leaflet prints makes neither its page nor the next save's page wait for the leaflet.
public enum SitePreview {
    /// A `Rebuild` for the site `options` describe. `address` gives the server's address once
    /// it listens; `progress` is asked, for each build (the first is 1), what to report to.
    /// `printed` is called when print parts a page build left behind are made: the server then
    /// builds again to serve them. `early`, when given, is handed the last good build's files
    /// with the pages a save changed laid over them, as soon as those pages are rendered and
    /// before the rest of the website is (`BuildOptions.pagesFirst`).
    public static func rebuild(_ options: BuildOptions, address: @escaping @Sendable () -> URL?,
                               progress: @escaping @Sendable (_ build: Int) -> BuildProgress? = { _ in nil },
                               printed: @escaping @Sendable () -> Void = {},
                               early: (@Sendable (BuildOutput) -> Void)? = nil) -> Rebuild {
        let counter = Locked(0)
        let last = Locked<LastBuild?>(nil)
        /// The last good build's files, by output path.
        let served = Locked<[String: Data]?>(nil)
        // Parsed files, rendered bodies, LED and leaflet results and unchanged pages carry over
        // from one save to the next; only what an edit affects is redone.
        let cache = BuildCache()
        // LED programs first: they take a second where leaflets take several.
        let stages = [BuildOptions.Parts.led, [.leaflets, .banners]].map { options.parts.intersection($0) }.filter { !$0.isEmpty }
        let printer = PrintWork(stages: stages.map { parts in {
            var o = options
            o.write = false
            o.cache = cache
            o.parts = parts
            if let address = address() { o.previewBaseURL = address.absoluteString }
            try SiteBuilder(options: o).run()
        } }, done: printed)
        return { changed in
            // An edit of the theme's static files (CSS, JS, images) changes only those files:
            // swap them in without rebuilding the site.
            if let previous = last.get(), let files = previous.withStaticChanges(changed, siteRoot: options.siteRoot) {
                last.update { $0?.files = files }
                served.update { $0 = files }
                return RebuildResult(output: .memory(files), diagnostics: previous.warnings, deferred: previous.deferred)
            }
            last.update { $0 = nil }
            var o = options
            o.write = false
            o.cache = cache
            o.printLater = !printer.takeFailure()
            if let address = address() { o.previewBaseURL = address.absoluteString }
            if let early {
                // The saved page over the last good build's files, answered at once when the
                // save is a plain page edit (`quickPages`); else as soon as the build has
                // rendered the changed pages, before the rest of the website.
                let lay = { @Sendable (pages: [OutputFile]) in
                    guard var files = served.get() else { return }
                    for page in pages { files[page.path] = page.data }
                    early(.memory(files))
                }
                if let pages = SiteBuilder.quickPages(o, changed: changed) { lay(pages) } else { o.pagesFirst = lay }
            }
            let n = counter.update { $0 += 1; return $0 }
            let builder = SiteBuilder(options: o, progress: progress(n))
            let report = try builder.run()
            var files: [String: Data] = [:]
            files.reserveCapacity(builder.files.count)
            for f in builder.files { files[f.path] = f.data }
            served.update { $0 = files }
            if let site = builder.site {
                last.update {
                    $0 = LastBuild(files: files, warnings: report.warnings, layers: site.themeLayers)
                    $0?.deferred = builder.deferredFiles
                }
            }
            // Share posters are drawn when a browser asks for one, never while the save waits.
            var after: (@Sendable () -> Void)?
            // A follow-up (no file changed) serves one stage of the print work while the next is
            // made: it asks for print work only if none is under way.
            if builder.printPending { after = changed.isEmpty ? printer.requesterIfIdle : printer.requester }
            return RebuildResult(output: .memory(files), diagnostics: report.warnings, deferred: builder.deferredFiles,
                                 afterServed: after, stalePrintFolders: builder.pendingPrintFolders)
        }
    }

    /// A preview server for the site `options` describe.
    public static func server(_ options: BuildOptions, configuration: PreviewServer.Configuration,
                              progress: @escaping @Sendable (_ build: Int) -> BuildProgress? = { _ in nil },
                              onBuild: @escaping @Sendable (BuildOutcome, [String]) -> Void = { _, _ in }) -> PreviewServer {
        let holder = WeakServer()
        let server = PreviewServer(configuration: configuration,
                                   rebuild: rebuild(options, address: { holder.server?.address }, progress: progress,
                                                    printed: { holder.server?.requestFollowUp() },
                                                    early: { holder.server?.serveEarly($0) }),
                                   onBuild: onBuild)
        holder.server = server
        return server
    }
}

/// Lets the rebuild closure reach the server made after it.
private final class WeakServer: Sendable {
    private struct Weak { weak var server: PreviewServer? }
    private let box = Locked(Weak())
    var server: PreviewServer? {
        get { box.get().server }
        set { box.update { $0.server = newValue } }
    }
}
