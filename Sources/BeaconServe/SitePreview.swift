import BeaconBuild
import BeaconContent
import BeaconCore
import Foundation

/// The preview build of a Beacon site: the whole conductor run with nothing written, the
/// files served from memory, `base_url` set to the preview's own address. The conductor has
/// no partial rebuild yet, so every save rebuilds everything; in memory that costs no disk
/// writes and never leaves a half-written folder behind.
public enum SitePreview {
    /// A `Rebuild` for the site `options` describe. `address` gives the server's address once
    /// it listens; `progress` is asked, for each build (the first is 1), what to report to.
    public static func rebuild(_ options: BuildOptions, address: @escaping @Sendable () -> URL?,
                               progress: @escaping @Sendable (_ build: Int) -> BuildProgress? = { _ in nil }) -> Rebuild {
        let counter = Locked(0)
        let last = Locked<LastBuild?>(nil)
        return { changed in
            // An edit of the theme's static files (CSS, JS, images) changes only those files:
            // swap them in without rebuilding the site.
            if let previous = last.get(), let files = previous.withStaticChanges(changed, siteRoot: options.siteRoot) {
                last.update { $0?.files = files }
                return RebuildResult(output: .memory(files), diagnostics: previous.warnings)
            }
            last.update { $0 = nil }
            var o = options
            o.write = false
            if let address = address() { o.baseURL = address.absoluteString }
            let n = counter.update { $0 += 1; return $0 }
            let builder = SiteBuilder(options: o, progress: progress(n))
            let report = try builder.run()
            var files: [String: Data] = [:]
            files.reserveCapacity(builder.files.count)
            for f in builder.files { files[f.path] = f.data }
            if let site = builder.site {
                last.update { $0 = LastBuild(files: files, warnings: report.warnings, themeDir: site.themeDir, siteRoot: options.siteRoot) }
            }
            return RebuildResult(output: .memory(files), diagnostics: report.warnings)
        }
    }

    /// A preview server for the site `options` describe.
    public static func server(_ options: BuildOptions, configuration: PreviewServer.Configuration,
                              progress: @escaping @Sendable (_ build: Int) -> BuildProgress? = { _ in nil },
                              onBuild: @escaping @Sendable (BuildOutcome, [String]) -> Void = { _, _ in }) -> PreviewServer {
        let holder = WeakServer()
        let server = PreviewServer(configuration: configuration,
                                   rebuild: rebuild(options, address: { holder.server?.address }, progress: progress),
                                   onBuild: onBuild)
        holder.server = server
        return server
    }
}

/// Lets the rebuild closure reach the server made after it.
private final class WeakServer: @unchecked Sendable {
    private let lock = NSLock()
    private weak var _server: PreviewServer?
    var server: PreviewServer? {
        get { lock.lock(); defer { lock.unlock() }; return _server }
        set { lock.lock(); _server = newValue; lock.unlock() }
    }
}

/// The last good preview build, kept so a static-file edit can be applied without a rebuild.
struct LastBuild: Sendable {
    var files: [String: Data]
    let warnings: [Diagnostic]
    /// `themes/default/static/` → `assets/`, learnt from the build itself: the prefix under
    /// which the static files appeared with the same bytes; nil when that could not be seen.
    let staticSource: String?
    let staticOutput: String?

    init(files: [String: Data], warnings: [Diagnostic], themeDir: URL, siteRoot: URL) {
        self.files = files
        self.warnings = warnings
        let staticDir = themeDir.appendingPathComponent("static")
        let source = relative(staticDir, to: siteRoot) + "/"
        var output: String?
        let walker = FileManager.default.enumerator(at: staticDir, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        if let url = walker?.nextObject() as? URL, let data = try? Data(contentsOf: url) {
            let rel = relative(url, to: staticDir)
            output = files.first { $0.key.hasSuffix("/" + rel) && $0.value == data }.map { String($0.key.dropLast(rel.count)) }
        }
        staticSource = output == nil ? nil : source
        staticOutput = output
    }

    /// The files with `changed` static files applied, or nil when something else changed.
    func withStaticChanges(_ changed: [String], siteRoot: URL) -> [String: Data]? {
        guard let source = staticSource, let output = staticOutput, !changed.isEmpty,
              changed.allSatisfy({ $0.hasPrefix(source) }) else { return nil }
        var files = self.files
        for path in changed {
            let key = output + path.dropFirst(source.count)
            var isDir: ObjCBool = false
            let url = siteRoot.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue { return nil }
            files[key] = try? Data(contentsOf: url)
        }
        return files
    }
}
