import BeaconContent
import BeaconCore
import BeaconLED
import BeaconMarkdown
import BeaconSite
import BeaconStats
import Foundation

/// The build conductor: an ordered list of named steps (load, statistics, Markdown, checks,
/// website, LED, leaflets, write), each timed and reported. Problems are collected across
/// steps; nothing is written unless every step succeeded.
public final class SiteBuilder: @unchecked Sendable {
    public let options: BuildOptions
    let progress: BuildProgress?
    /// Filled in as the steps run.
    var state = BuildState()

    public init(options: BuildOptions, progress: BuildProgress? = nil) {
        self.options = options
        self.progress = progress
    }

    /// Runs every step; throws `BuildFailure` with all problems, leaving the output untouched.
    @discardableResult
    public func run() throws -> BuildReport {
        let steps = self.steps()
        var report = BuildReport()
        for (i, step) in steps.enumerated() {
            progress?.started(i + 1, of: steps.count, step.name.description)
            let start = DispatchTime.now().uptimeNanoseconds
            let detail = try step.run()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            report.steps.append(.init(name: step.name.english, seconds: seconds, detail: detail.english))
            progress?.finished(i + 1, of: steps.count, step.name.description, seconds: seconds, detail: detail.description)
        }
        report.warnings = state.warnings.all.sortedForReport()
        report.fileCount = state.files.count
        report.pagesPerLanguage = state.pagesPerLanguage
        report.ledBoards = state.ledBoards
        report.leaflets = state.leaflets
        report.banners = state.banners
        report.draftsHeldBack = state.draftsHeldBack
        report.embargoedHeldBack = state.embargoedHeldBack
        return report
    }

    /// The loaded site, after `run()`.
    public var site: Site? { state.site }
    /// Every file of the build, after `run()` (also when nothing was written).
    public var files: [OutputFile] { state.files }
}

/// What the steps hand each other.
struct BuildState: @unchecked Sendable {
    var site: Site?
    var bodies: [String: RenderedMarkdown] = [:]
    /// The checked statistics (`content/stats/`), for the website, LED boards and leaflets.
    var stats: StatsCollection?
    var shortcodes: ShortcodeHandler?
    var formatMoney: @Sendable (Int, Language) -> String = { n, _ in String(n) }
    var formatApproxMoney: (@Sendable (Int, Language) -> String)?
    /// Text still as `beacon new` wrote it (`Placeholders`), reported with the Markdown step's problems.
    var placeholders: [Diagnostic] = []
    /// Translations whose source changed since (`StaleTranslation`), by page id.
    var staleTranslations: Set<String> = []
    var extraPages: [ExtraPage] = []
    var homeExtras: [String: TemplateMap] = [:]
    var files: [OutputFile] = []
    var pagesPerLanguage: [String: Int] = [:]
    var ledBoards = 0
    /// The LED step's programs, for `beacon led` to print.
    var led: LEDBuildResult?
    var leaflets = 0
    var draftsHeldBack = 0
    var embargoedHeldBack = 0
    /// Content pages rendered again when the rest of the website came from the cache; nil for a full render.
    var pagesRenderedAgain: Int?
    let warnings = DiagnosticCollector()
    /// The leaflet step's PDFs and previews, for `beacon leaflet` to write.
    var leafletFiles: [OutputFile] = []
    var banners = 0
    /// The banner step's PDFs and previews, for `beacon banner` to write.
    var bannerFiles: [OutputFile] = []
    /// Link-preview pictures by page path, and the site card per language, from the share step.
    var ogImages: [String: OGImage] = [:]
    var ogCards: [String: OGImage] = [:]
    /// Posters and cards left to be drawn on request (a build that does not write).
    var deferredFiles: DeferredFiles?
    /// Where a build that writes puts the website's pages as they are rendered (`StagingFolder`).
    var staging: StagingFolder?
    /// A print part kept its last results although its inputs changed (`BuildOptions.printLater`).
    var printPending = false
}

/// One named step of the build; returns a short detail for the progress line.
struct BuildStep {
    let name: Message
    let run: () throws -> Message
}
