import BeaconCore

/// What a build did: its steps with their times, the files written, and the warnings.
public struct BuildReport: Sendable {
    public struct Step: Sendable {
        public let name: String
        public let seconds: Double
        public let detail: String
    }

    public var steps: [Step] = []
    public var warnings: [Diagnostic] = []
    public var fileCount = 0
    /// Language code → number of HTML pages.
    public var pagesPerLanguage: [String: Int] = [:]
    public var ledBoards = 0
    public var leaflets = 0
    /// Banner PDFs made (one per banner and language).
    public var banners = 0
    /// Pages left out of this build: drafts, and pages whose day has not come (SPEC §10).
    public var draftsHeldBack = 0
    public var embargoedHeldBack = 0

    public var totalSeconds: Double { steps.reduce(0) { $0 + $1.seconds } }
}

/// Told about each step as it starts and ends, to show progress.
public protocol BuildProgress: Sendable {
    func started(_ index: Int, of total: Int, _ name: String)
    func finished(_ index: Int, of total: Int, _ name: String, seconds: Double, detail: String)
}
