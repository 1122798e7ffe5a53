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
        found += builder.state.warnings.all
        guard let site = builder.site else { return CheckReport(found) }
        let bodies = builder.state.bodies
        found += TranslationCheck.run(site)
        found += AnchorCheck.run(site, bodies: bodies)
        found += StyleCheck.run(site, limits: limits)
        found += GlossaryCheck.run(site)
        let files = builder.files
        if files.contains(where: { $0.path == "index.html" }) {
            found += ReferenceCheck.run(site, bodies: bodies, files: files)
            found += ReachabilityCheck.run(site, files: files)
        }
        return CheckReport(found)
    }
}
