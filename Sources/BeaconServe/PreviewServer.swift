import BeaconContent
import BeaconCore
import Foundation

/// `beacon serve`: builds the site, serves the build folder over HTTP, watches the sources
/// and rebuilds on every save, telling open tabs to reload; a failed build shows as an
/// overlay naming file and line while the last good pages stay served.
public final class PreviewServer: Sendable {
    /// How and where the server listens, and what it watches.
    public struct Configuration: Sendable {
        /// Address to listen on; loopback unless the user asks otherwise with `--bind`.
        public var host: String
        /// Port to listen on; 0 picks a free one.
        public var port: UInt16
        /// Try the next ports (up to 20) when `port` is taken.
        public var portFallback: Bool
        /// Site folder watched for changes.
        public var siteRoot: URL
        /// Entries of the site folder watched (files, or folders recursively).
        public var watched: [String]
        /// The site's languages, default first, and the overlay's words (`serve.*` keys) per
        /// language code: a page under `/en/` gets the English overlay, every other the default's.
        public var languages: [Language]
        public var overlayStrings: [String: [String: String]]
        /// Folders the server may delete once a newer build replaces them.
        public var scratch: ScratchFolders?

        public init(host: String = "127.0.0.1", port: UInt16 = 1111, portFallback: Bool = true, siteRoot: URL,
                    watched: [String] = ["site.yaml", "content", "themes"], languages: [Language] = SiteConfig.defaultLanguages,
                    overlayStrings: [String: [String: String]] = [:], scratch: ScratchFolders? = nil) {
            self.host = host
            self.port = port
            self.portFallback = portFallback
            self.siteRoot = siteRoot
            self.watched = watched
            self.languages = languages
            self.overlayStrings = overlayStrings
            self.scratch = scratch
        }

        /// True when only this machine can reach the server.
        public var isLoopback: Bool { ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.") }
    }

    public let configuration: Configuration
    let broadcaster = EventBroadcaster()
    private let overlays: [String: ErrorOverlay]
    private let rebuilder: Locked<Rebuilder?> = Locked(nil)
    private let http: Locked<HTTPListener?> = Locked(nil)
    private let watcher: Locked<FileWatcher?> = Locked(nil)
    private let pinger: Locked<(any DispatchSourceTimer)?> = Locked(nil)
    private let onBuild: @Sendable (BuildOutcome, [String]) -> Void

    /// `rebuild` makes a build; `onBuild` is told of each one (for the terminal).
    public init(configuration: Configuration, rebuild: @escaping Rebuild,
                onBuild: @escaping @Sendable (BuildOutcome, _ changed: [String]) -> Void = { _, _ in }) {
        self.configuration = configuration
        self.onBuild = onBuild
        overlays = configuration.overlayStrings.mapValues { ErrorOverlay(strings: $0) }
        let scratch = configuration.scratch
        rebuilder.update {
            $0 = Rebuilder(rebuild: rebuild) { [broadcaster] outcome, retired, changed in
                if let retired, let scratch, scratch.owns(retired) {
                    // Let requests already reading the old folder finish first.
                    DispatchQueue.global().asyncAfter(deadline: .now() + 2) { try? FileManager.default.removeItem(at: retired) }
                }
                broadcaster.send(EventBroadcaster.buildEvent(outcome.generation))
                onBuild(outcome, changed)
            } early: { [broadcaster] outcome in
                broadcaster.send(EventBroadcaster.buildEvent(outcome.generation))
            }
        }
    }

    /// The overlay in the language of the page at `target` (`/en/…` → English), and that language.
    func overlay(for target: String) -> (ErrorOverlay, Language) {
        let first = target.split(separator: "/").first.map(String.init) ?? ""
        let languages = configuration.languages
        let language = languages.first { $0.code == first && overlays[$0.code] != nil } ?? languages.first ?? MessageCatalog.base
        return (overlays[language.code] ?? ErrorOverlay(strings: [:]), language)
    }

    /// The last build's outcome.
    public var outcome: BuildOutcome {
        rebuilder.get()?.state.get() ?? BuildOutcome(output: nil, diagnostics: [], failed: false, generation: "", duration: .zero)
    }

    /// The address the server answers on, once listening (`http://127.0.0.1:1111/`); a rebuild
    /// closure may use it as the preview's `base_url`.
    public var address: URL? { listening.get() }
    private let listening: Locked<URL?> = Locked(nil)

    /// Starts listening and watching, then builds once; returns the address to open.
    /// Tabs opened during that first build see a "building" page that reloads by itself.
    /// Requests are answered on the server's own threads, never on Swift's concurrency pool.
    @discardableResult
    public func start() async throws -> URL {
        let listener = try listen()
        http.update { $0 = listener }
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        guard let url = URL(string: "http://\(host):\(listener.port)/") else { throw POSIXError(.EINVAL) }
        listening.update { $0 = url }
        let handler = PreviewHandler(server: self)
        listener.start { handler.answer($0) }
        let w = FileWatcher(root: configuration.siteRoot, entries: configuration.watched) { [rebuilder] paths in
            rebuilder.get()?.request(paths)
        }
        try w.start()
        watcher.update { $0 = w }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "beacon-ping"))
        timer.schedule(deadline: .now() + 15, repeating: 15)
        timer.setEventHandler { [broadcaster] in broadcaster.send(EventBroadcaster.ping) }
        timer.resume()
        pinger.update { $0 = timer }
        await rebuilder.get()?.buildNow([])
        return url
    }

    /// Stops watching and serving, and removes the scratch folders.
    public func stop() async {
        watcher.get()?.stop()
        pinger.get()?.cancel()
        broadcaster.finishAll()
        http.get()?.stop()
        configuration.scratch?.removeAll()
    }

    /// Rebuilds as if `paths` had changed (what the watcher does on a save).
    public func requestRebuild(_ paths: [String]) { rebuilder.get()?.request(paths) }

    /// Serves `output` while the running build goes on (`Rebuilder.serveEarly`).
    func serveEarly(_ output: BuildOutput) { rebuilder.get()?.serveEarly(output) }

    /// Builds again to serve print parts made after a save's pages (`PrintWork`).
    func requestFollowUp() { rebuilder.get()?.request([], followUp: true) }

    /// Listens on the configured port, or on one of the next 19 when it is taken and fallback is on.
    private func listen() throws -> HTTPListener {
        var port = configuration.port
        let attempts = configuration.portFallback && port != 0 ? 20 : 1
        var lastError: (any Error)?
        let host = configuration.host == "localhost" ? "127.0.0.1" : configuration.host
        for _ in 0..<attempts {
            do {
                return try HTTPListener(host: host, port: port)
            } catch {
                lastError = error
                port &+= 1
            }
        }
        throw lastError ?? POSIXError(.EADDRINUSE)
    }
}
