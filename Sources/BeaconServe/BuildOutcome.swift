import BeaconCore
import Foundation

/// Where a preview build's files are: a folder, or memory (no disk writes at all).
public enum BuildOutput: Sendable {
    case folder(URL)
    /// Output path (`cases/x/index.html`) → bytes.
    case memory([String: Data])
}

/// What one build for the preview produced: the files to serve and what it reported.
public struct BuildOutcome: Sendable {
    /// The built site; nil when no build has succeeded yet.
    public var output: BuildOutput?
    /// The folder of a folder output.
    public var outputDir: URL? { if case .folder(let url)? = output { return url }; return nil }
    /// Problems of the last build (warnings after a success; errors and warnings after a failure).
    public var diagnostics: [Diagnostic]
    /// True when the last build failed: the pages served are the last good ones, with an overlay.
    public var failed: Bool
    /// Changes on every build, so open tabs know to reload; differs between server runs.
    public var generation: String
    /// Wall-clock time the build took.
    public var duration: Duration
    /// Files of the served build made when first requested (share posters), so no save waits for them.
    public var deferred: DeferredFiles?
    /// True for the build that brought LED programs, leaflets and banners up to date right
    /// after a save's build served the pages first.
    public var printUpdate = false
    /// Output folders whose print files (PDFs, PNGs, programs) are older than the sources
    /// while the print work after a save makes them anew (`SiteBuilder.pendingPrintFolders`).
    public var stalePrintFolders: [String] = []

    public init(output: BuildOutput?, diagnostics: [Diagnostic], failed: Bool, generation: String, duration: Duration,
                deferred: DeferredFiles? = nil) {
        self.deferred = deferred
        self.output = output
        self.diagnostics = diagnostics
        self.failed = failed
        self.generation = generation
        self.duration = duration
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// What a rebuild closure hands back: the files to serve now, and the build's warnings.
public struct RebuildResult: Sendable {
    public var output: BuildOutput
    public var diagnostics: [Diagnostic]
    /// Files made on request (share posters).
    public var deferred: DeferredFiles?
    /// Work to start once this build is served (print parts left for later), so it does not
    /// compete with the page being answered.
    public var afterServed: (@Sendable () -> Void)?
    /// Output folders whose print files are the last build's although their sources changed.
    public var stalePrintFolders: [String]

    public init(output: BuildOutput, diagnostics: [Diagnostic] = [], deferred: DeferredFiles? = nil,
                afterServed: (@Sendable () -> Void)? = nil, stalePrintFolders: [String] = []) {
        self.afterServed = afterServed
        self.stalePrintFolders = stalePrintFolders
        self.output = output
        self.diagnostics = diagnostics
        self.deferred = deferred
    }

    public init(outputDir: URL, diagnostics: [Diagnostic] = []) {
        self.init(output: .folder(outputDir), diagnostics: diagnostics)
    }

    var outputDir: URL? { if case .folder(let url) = output { return url }; return nil }
}

/// Builds the site for the preview. `changedPaths` are site-relative paths that changed
/// since the last call (empty for the first build). Throw a `BuildFailure` (or a
/// `Diagnostic`) when the build fails; the server keeps serving the last good folder.
public typealias Rebuild = @Sendable (_ changedPaths: [String]) throws -> RebuildResult
