import BeaconContent
import BeaconCore
import BeaconLED
import Foundation

/// The build conductor: an ordered list of named steps (load, personal data, statistics,
/// Markdown, LED, leaflets, banners, share kit, website, write), each timed and reported.
/// Each step is a function from the values it needs to a value it hands on
/// (`SiteBuilder+Run.swift` wires them); nothing is written unless every step succeeded.
///
/// A builder runs once. What its steps made stays readable afterwards (`outputs`), also after
/// a step failed, for `beacon check` and the `led`/`leaflet`/`banner` commands.
public final class SiteBuilder: Sendable {
    public let options: BuildOptions
    let progress: BuildProgress?
    /// The steps' outputs, filled in as they finish.
    private let made = Locked(BuildOutputs())

    public init(options: BuildOptions, progress: BuildProgress? = nil) {
        self.options = options
        self.progress = progress
    }

    /// Runs every step; throws `BuildFailure` with all problems, leaving the output untouched.
    @discardableResult
    public func run() throws -> BuildReport {
        made.update { $0 = BuildOutputs() }
        var runner = StepRunner(progress: progress, total: stepCount, outputs: made)
        try runSteps(&runner)
        let outputs = made.get()
        var report = runner.report
        report.warnings = outputs.warnings.sortedForReport()
        report.fileCount = outputs.files.count
        report.pagesPerLanguage = outputs.website?.pagesPerLanguage ?? [:]
        report.ledBoards = outputs.led?.result.programs.count ?? 0
        report.leaflets = outputs.leaflets?.pdfs ?? 0
        report.banners = outputs.banners?.pdfs ?? 0
        report.draftsHeldBack = outputs.loaded?.heldBack.drafts ?? 0
        report.embargoedHeldBack = outputs.loaded?.heldBack.embargoed ?? 0
        return report
    }

    /// What the steps made, after `run()` (as far as it got).
    public var outputs: BuildOutputs { made.get() }

    /// The loaded site, after `run()`.
    public var site: Site? { outputs.loaded?.site }
    /// Every file of the build, after `run()` (also when nothing was written).
    public var files: [OutputFile] { outputs.files }
    /// The LED programs made by `run()`, for `beacon led`.
    public var ledResult: LEDBuildResult? { outputs.led?.result }
    /// The leaflet files made by `run()` (PDFs and previews, paths under the output folder), for `beacon leaflet`.
    public var leafletFiles: [OutputFile] { outputs.leaflets?.files ?? [] }
    /// The banner files made by `run()` (PDFs and previews, paths under the output folder), for `beacon banner`.
    public var bannerFiles: [OutputFile] { outputs.banners?.files ?? [] }
    /// True when this build kept print results (LED programs, leaflets, banners) whose inputs
    /// had changed (`BuildOptions.printLater`): another build without it makes them anew.
    public var printPending: Bool {
        let outputs = self.outputs
        return outputs.led?.pending == true || outputs.leaflets?.pending == true || outputs.banners?.pending == true
    }
    /// The output folders (`led/`, `leaflets/`, `banners/`) whose files are the last build's,
    /// kept although their inputs changed (`BuildOptions.printLater`): a preview asked for one
    /// of those files waits for the print work rather than hand out the old one.
    public var pendingPrintFolders: [String] {
        let outputs = self.outputs
        return [(outputs.led?.pending, "led/"), (outputs.leaflets?.pending, "leaflets/"), (outputs.banners?.pending, "banners/")]
            .compactMap { $0.0 == true ? $0.1 : nil }
    }
    /// Files the build leaves to be made on request (posters, in `beacon serve`); nil after a build that wrote them.
    public var deferredFiles: DeferredFiles? { outputs.share?.deferred }
}
