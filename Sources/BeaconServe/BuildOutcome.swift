import BeaconCore
import Foundation

/// What one build for the preview produced: the folder to serve and what it reported.
public struct BuildOutcome: Sendable {
    /// Folder holding the built site; nil when no build has succeeded yet.
    public var outputDir: URL?
    /// Problems of the last build (warnings after a success; errors and warnings after a failure).
    public var diagnostics: [Diagnostic]
    /// True when the last build failed: the pages served are the last good ones, with an overlay.
    public var failed: Bool
    /// Changes on every build, so open tabs know to reload; differs between server runs.
    public var generation: String
    /// Wall-clock time the build took.
    public var duration: Duration

    public init(outputDir: URL?, diagnostics: [Diagnostic], failed: Bool, generation: String, duration: Duration) {
        self.outputDir = outputDir
        self.diagnostics = diagnostics
        self.failed = failed
        self.generation = generation
        self.duration = duration
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// What a rebuild closure hands back: the folder to serve now, and its warnings.
public struct RebuildResult: Sendable {
    public var outputDir: URL
    public var diagnostics: [Diagnostic]

    public init(outputDir: URL, diagnostics: [Diagnostic] = []) {
        self.outputDir = outputDir
        self.diagnostics = diagnostics
    }
}

/// Builds the site for the preview. `changedPaths` are site-relative paths that changed
/// since the last call (empty for the first build). Throw a `BuildFailure` (or a
/// `Diagnostic`) when the build fails; the server keeps serving the last good folder.
public typealias Rebuild = @Sendable (_ changedPaths: [String]) throws -> RebuildResult
