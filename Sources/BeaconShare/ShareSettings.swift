import BeaconContent
import BeaconCore

/// `share:` in site.yaml. `posters` is how many of the newest bulletins and of the newest
/// cases get a poster, in each language (default 20; 0 makes none, as the speed benchmark
/// against Hugo sets it); every statistics period gets one while `posters` is above 0.
public struct ShareSettings: Sendable, Hashable {
    public var posters = 20

    public static let knownKeys = ["posters"]

    public init(posters: Int = 20) { self.posters = posters }

    public static func read(_ config: SiteConfig) throws -> ShareSettings {
        var settings = ShareSettings()
        guard let v = config.root?["share"], !v.isNull else { return settings }
        let problems = DiagnosticCollector()
        guard v.isMapping else {
            throw BuildFailure([v.error("`share` must be a set of settings, such as `share: {posters: 20}`.",
                                        hint: "Write `share: {posters: 20}`: posters for the 20 newest bulletins and cases in each language.")])
        }
        problems.capture { problems.add(contentsOf: try v.unknownKeys(known: knownKeys, noun: "setting", nouns: "settings")) }
        if let p = v["posters"], let n = problems.capture({ try p.nonNegativeInt("share.posters") }) {
            if n > 1000 {
                problems.add(p.error("`share.posters` is \(n); more than 1000 posters per section would slow every build.",
                                     hint: "Posters are for what is shared now: 20 (the default) is plenty. Older pages get the site card."))
            } else {
                settings.posters = n
            }
        }
        try problems.throwIfErrors()
        return settings
    }
}
