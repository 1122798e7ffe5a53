import BeaconCore
import Foundation

/// Fresh temporary output folders for preview builds, so a build never writes where a
/// browser is reading and never touches the site's `public/`. Removed on `removeAll()`.
public final class ScratchFolders: Sendable {
    public let root: URL
    private let counter = Locked(0)

    public init(prefix: String = "beacon-serve") throws {
        let base = FileManager.default.temporaryDirectory
        root = base.appendingPathComponent("\(prefix)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// A new empty folder, `build-N`.
    public func next() throws -> URL {
        let n = counter.update { $0 += 1; return $0 }
        let url = root.appendingPathComponent("build-\(n)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// True when `url` is one of these folders (and so may be deleted once replaced).
    public func owns(_ url: URL) -> Bool { url.standardizedFileURL.path.hasPrefix(root.standardizedFileURL.path + "/") }

    public func removeAll() { try? FileManager.default.removeItem(at: root) }
}
