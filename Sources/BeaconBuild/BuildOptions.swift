import BeaconContent
import BeaconCore
import Foundation

/// What `beacon build` (and `check`, `serve`) were asked to do.
public struct BuildOptions: Sendable {
    public var siteRoot: URL
    /// Where the website goes; default `public/` in the site folder.
    public var output: URL?
    public var drafts = false
    public var future = false
    public var baseURL: String?
    /// The preview server's address (`beacon serve`): pages link to it; what is shared or
    /// printed keeps the published `base_url`.
    public var previewBaseURL: String?
    /// `--relative`: internal links relative to each page, for a copy opened from disk.
    public var relative = false
    /// False for `beacon check`: everything is made and checked, nothing is written.
    public var write = true
    /// Build only the LED programs (and what they need), for `beacon led`.
    public var parts: Parts = .all
    /// Make only this LED board (`beacon led --board NAME`).
    public var ledBoard: String?
    /// Make only this leaflet (`beacon leaflet NAME`).
    public var leafletName: String?
    /// Make only this banner (`beacon banner NAME`).
    public var bannerName: String?
    /// Results of earlier builds in this process to reuse where their inputs did not change
    /// (`beacon serve`); nil builds everything.
    public var cache: BuildCache?
    /// `beacon serve` after a save: LED programs, leaflets and banners whose inputs changed
    /// keep the cache's last results in this build, so the pages come first; the builder's
    /// `printPending` says so, and a build without this flag brings them up to date.
    public var printLater = false
    /// `beacon serve` after a save: called with the files of the content pages the save
    /// changed (a few at most), as soon as they are rendered and before the rest of the
    /// website, so the page being looked at is answered first. Nothing else is in them: the
    /// caller lays them over the last build's files.
    public var pagesFirst: (@Sendable ([OutputFile]) -> Void)?

    public struct Parts: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let website = Parts(rawValue: 1)
        public static let led = Parts(rawValue: 2)
        public static let leaflets = Parts(rawValue: 4)
        public static let banners = Parts(rawValue: 8)
        public static let all: Parts = [.website, .led, .leaflets, .banners]
    }

    public init(siteRoot: URL, output: URL? = nil) {
        self.siteRoot = siteRoot.standardizedFileURL
        self.output = output?.standardizedFileURL
    }

    public var outputDir: URL { output ?? siteRoot.appendingPathComponent("public") }

    /// The default theme built into Beacon, the base layer under the site's own theme files;
    /// nil makes the site's `themes/<theme>/` the whole theme.
    public var builtinTheme: URL? = ThemeLayers.builtin

    var loadOptions: LoadOptions {
        var o = LoadOptions(drafts: drafts, future: future, baseURL: baseURL)
        o.previewBaseURL = previewBaseURL
        o.builtinTheme = builtinTheme
        return o
    }
}
