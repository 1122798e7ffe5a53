import BeaconContent
import BeaconCore
import BeaconLED

/// The LED step's programs, files and `/led/` pages.
struct LEDOutput: StepOutput, Sendable {
    let result: LEDBuildResult
    /// The last build's programs, handed on although the input changed (`BuildOptions.printLater`).
    var pending = false
    var warnings: [Diagnostic] { result.warnings }
    var detail: Message {
        let screens = result.programs.reduce(0) { $0 + $1.screens.count }
        return "\(result.programs.count) boards, \(screens) screens"
    }
}

/// What the LED step is shown: the site with only the pages that have an `led:` line (without
/// their bodies) and without leaflets, banners and static files, and the board asked for.
struct LEDInput: Equatable, Sendable {
    let site: Site
    let board: String?

    init(_ site: Site, board: String?) {
        self.site = site.with(pages: site.pages.filter { $0.led != nil }.map(\.withoutBody), withheld: [],
                              leafletSources: [], bannerSources: [], staticFiles: [])
        self.board = board
    }
}

extension SiteBuilder {
    /// The LED step: every board's program, UTF-8 copy and preview under `led/<board>/`, and the
    /// `/led/` page for the website step to wrap in the theme. The statistics are made from
    /// the stats sources, settings and strings of `input.site`.
    static func makeLEDPrograms(_ input: LEDInput, stats: CheckedStats, cache: BuildCache?, printLater: Bool) throws -> LEDOutput {
        // The headlines quote the statistics' latest period's values.
        let figures = stats.figures.latest
        let made = try BuildCache.reuse(cache, "led", input, keepLast: printLater) { input in
            try LEDBuilder.build(site: input.site, figures: figures, only: input.board)
        }
        return LEDOutput(result: made.output, pending: made.stale)
    }
}
