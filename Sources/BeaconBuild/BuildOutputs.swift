import BeaconContent
import BeaconCore
import BeaconMarkdown

/// What each step of a build handed on, in step order; nil for a step that did not run (not
/// asked for, or after a failure). Each value is made by one step from the values of earlier
/// steps (`SiteBuilder+Run.swift`); nothing is changed after it is made.
public struct BuildOutputs: Sendable {
    var loaded: LoadedSite?
    var privacy: PrivacyChecked?
    var stats: CheckedStats?
    var markdown: RenderedBodies?
    var led: LEDOutput?
    var leaflets: LeafletOutput?
    var banners: BannerOutput?
    var share: ShareOutput?
    var website: WebsiteOutput?
    var relative: RelativeOutput?
    var written: WrittenOutput?

    /// Every file of the build, in the order the steps made them.
    public var files: [OutputFile] {
        if let relative { return relative.files }
        return (led?.result.files ?? []) + (leaflets?.files ?? []) + (banners?.files ?? []) + (share?.files ?? []) + (website?.files ?? [])
    }

    /// Every step's warnings.
    public var warnings: [Diagnostic] {
        let steps: [(any StepOutput)?] = [loaded, privacy, stats, markdown, led, leaflets, banners, share, website, relative, written]
        return steps.flatMap { $0?.warnings ?? [] }
    }

    /// The loaded site (nil if loading failed).
    public var site: Site? { loaded?.site }
    /// Rendered bodies by page id (empty if the Markdown step did not run).
    public var bodies: [String: RenderedMarkdown] { markdown?.bodies ?? [:] }
}
