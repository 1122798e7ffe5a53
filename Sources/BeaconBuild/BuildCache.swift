import BeaconContent
import BeaconCore
import BeaconLED
import BeaconMarkdown
import BeaconShare
import Foundation

/// What one build can hand the next in the same process (`beacon serve`), so an edit redoes
/// only what it affects: files whose bytes did not change are not parsed again, bodies are
/// not rendered again, the LED and leaflet steps are skipped when none of their inputs
/// changed, and when an edit changes only a page's own content, only that page (with the
/// home pages, feeds and search indexes) is rendered again.
///
/// Every reuse is decided by a fingerprint of everything the result depends on; when in
/// doubt, a fingerprint includes more and the work is redone.
public final class BuildCache: @unchecked Sendable {
    let content = ContentCache()
    /// The share step's messages, by page.
    let shareItems = ShareItemCache()
    private let lock = NSLock()
    private var storage = Storage()

    struct Storage {
        var markdownEpoch: Int?
        var markdown: [String: (key: Int, output: RenderedMarkdown, problems: [Diagnostic])] = [:]
        var led: (key: Int, result: LEDBuildResult)?
        var leaflets: (key: Int, files: [OutputFile], pages: [ExtraPage], warnings: [Diagnostic])?
        var banners: (key: Int, files: [OutputFile], pages: [ExtraPage])?
        var website: WebsiteMemo?
        /// Share posters and site cards by output path, with the fingerprint of their words.
        var pictures: [String: (key: String, data: Data)] = [:]
    }

    /// The website of the last build and what it was made from.
    struct WebsiteMemo {
        let global: Int
        let lists: Int
        let pages: [String: Int]
        let files: [OutputFile]
    }

    public init() {}

    func read<T>(_ body: (Storage) -> T) -> T { lock.lock(); defer { lock.unlock() }; return body(storage) }
    func update(_ body: (inout Storage) -> Void) { lock.lock(); body(&storage); lock.unlock() }
}

/// Fingerprints built with `Hasher`: stable within one process, which is all a cache that
/// lives in memory needs.
struct Fingerprint {
    private var hasher = Hasher()
    mutating func add<T: Hashable>(_ value: T) { hasher.combine(value) }
    var value: Int { hasher.finalize() }
}
