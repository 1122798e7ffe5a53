import BeaconContent
import BeaconCore

/// One banner of `content/banners/<name>.yaml` (SPEC §11), checked.
struct BannerDefinition: Sendable {
    var name: String
    var sourcePath: String
    /// The text in each language it is given in; a banner is printed in those.
    var text: [String: String]
    /// Line of `text:` (or of the slogan it names), for messages.
    var textLine: Int?
    var size: BannerSize
    var colours: BannerColours

    static let knownKeys = ["text", "size", "colours", "colors"]
}
