import Foundation

/// The default theme built into Beacon (`Sources/BeaconTheme/default/`, embedded at build time
/// by the EmbedStarter plugin): the base layer under every site's own theme files, as Hugo
/// layers a project over its theme. A site overrides single files by putting them at the same
/// path under its `themes/<theme>/`; everything else comes from here, so a new Beacon's theme
/// fixes reach old sites.
public enum BuiltinTheme {
    /// Every file of the theme, path relative to the theme folder → bytes, sorted by path.
    public static let files: [(path: String, data: Data)] = embedded.map { ($0.path, Data(base64Encoded: $0.base64) ?? Data()) }

    /// The bytes of one file (`templates/base.mustache`), if the theme has it.
    public static func file(_ path: String) -> Data? { files.first { $0.path == path }?.data }

    /// The languages the theme has strings for (`i18n/<code>/`).
    public static var languages: [String] {
        Set(files.compactMap { f in f.path.hasPrefix("i18n/") ? f.path.split(separator: "/").dropFirst().first.map(String.init) : nil }).sorted()
    }

    /// The theme as a folder, written once per theme version into the temporary folder; nil
    /// when it cannot be written (then a site's own theme folder must be complete).
    public static let folder: URL? = try? directory()

    /// The embedded theme as a folder, written once per Beacon version into the temporary
    /// folder, so the loaders read the base layer like any theme folder.
    public static func directory() throws -> URL {
        var hasher = FNV1a()
        for (path, data) in files { hasher.add(path); hasher.add(data) }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-theme-\(String(hasher.value, radix: 16))")
        let marker = dir.appendingPathComponent(".complete")
        if FileManager.default.fileExists(atPath: marker.path) { return dir }
        // Written beside the final folder and renamed into place, so a concurrent Beacon never
        // sees half a theme.
        let staging = dir.deletingLastPathComponent().appendingPathComponent(".\(dir.lastPathComponent)-\(getpid())-\(UUID().uuidString)")
        for (path, data) in files {
            let url = staging.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        try Data().write(to: staging.appendingPathComponent(".complete"))
        do { try FileManager.default.moveItem(at: staging, to: dir) } catch {
            try? FileManager.default.removeItem(at: staging)
            guard FileManager.default.fileExists(atPath: marker.path) else { throw error }
        }
        return dir
    }
}

/// 64-bit FNV-1a: a stable name for the theme folder across runs (Swift's `Hasher` is seeded anew each run).
private struct FNV1a {
    private(set) var value: UInt64 = 0xcbf29ce484222325
    mutating func add(_ s: String) { add(Data(s.utf8)) }
    mutating func add(_ d: Data) {
        for b in d { value = (value ^ UInt64(b)) &* 0x100000001b3 }
    }
}
