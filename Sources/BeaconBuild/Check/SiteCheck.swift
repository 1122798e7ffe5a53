import BeaconContent
import BeaconCore
import BeaconMarkdown
import Foundation

/// `beacon check`: everything the build checks, without writing, plus what only a careful
/// reader would notice: missing and stale translations, `#anchor`s that lead nowhere, images
/// and files that are not there, pages nothing links to, titles and summaries too long to show.
public struct SiteCheck: Sendable {
    public var options: BuildOptions
    public var limits = StyleLimits()
    let progress: BuildProgress?

    public init(options: BuildOptions, progress: BuildProgress? = nil) {
        self.options = options
        self.options.write = false
        self.progress = progress
    }

    /// Runs the build's steps and the extra checks; never throws, never writes.
    public func run() -> CheckReport {
        let builder = SiteBuilder(options: options, progress: progress)
        var found: [Diagnostic] = []
        do {
            found += try builder.run().warnings
        } catch let f as BuildFailure {
            found += f.diagnostics
        } catch let d as Diagnostic {
            found.append(d)
        } catch {
            found.append(.error(nil, "The check stopped: \(error)"))
        }
        // What the steps made, as far as they got: `check` reads their outputs.
        let outputs = builder.outputs
        found += outputs.warnings
        guard let site = outputs.site else { return CheckReport(found) }
        let bodies = outputs.bodies
        found += TranslationCheck.run(site)
        // The build warns of each stale translation; the check shows what changed in its source.
        let stale = StaleTranslation.find(site)
        let plain = Set(stale.map { $0.warning() })
        found.removeAll { plain.contains($0) }
        found += stale.map { $0.warning(changes: Self.changes($0, root: site.root)) }
        found += AnchorCheck.run(site, bodies: bodies)
        found += StyleCheck.run(site, limits: limits)
        found += GlossaryCheck.run(site)
        found += ThemeOverrideCheck.run(site)
        let files = outputs.files
        if files.contains(where: { $0.path == "index.html" }) {
            found += ReferenceCheck.run(site, bodies: bodies, files: files)
            found += ReachabilityCheck.run(site, files: files)
        }
        return CheckReport(found)
    }

    /// What changed in a stale translation's source since it was translated, from git.
    static func changes(_ stale: StaleTranslation, root: URL) -> Message {
        guard let old = SourceHistory.body(of: stale.source.sourcePath, withHash: stale.recorded, root: root) else {
            return "What changed cannot be shown: the text it was translated from (`translation_of: \(stale.recorded)`) was never kept, neither by a build (in \(TranslationSources.folder)/) nor in the site's git history, and the hash alone does not keep the text. Compare the translation with \(stale.source.sourcePath) as it is now."
        }
        let lines = LineDiff.changes(from: old, to: stale.source.body)
        guard !lines.isEmpty else { return "Only blank lines or spacing changed in \(stale.source.sourcePath)." }
        return "What changed in \(stale.source.sourcePath) since it was translated (- before, + now):\n\(lines.map { "  " + $0 }.joined(separator: "\n"))"
    }
}
