import BeaconCore
import Foundation

extension Starter {
    /// The embedded default theme as a folder, written once per Beacon version into the
    /// temporary folder, for sites that have no `themes/default/` of their own.
    public static func builtinThemeDirectory() throws -> URL {
        var hasher = FNV1a()
        for (path, data) in themeFiles { hasher.add(path); hasher.add(data) }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-theme-\(String(hasher.value, radix: 16))")
        let marker = dir.appendingPathComponent(".complete")
        if FileManager.default.fileExists(atPath: marker.path) { return dir }
        // Written beside the final folder and renamed into place, so a concurrent Beacon never
        // sees half a theme.
        let staging = dir.deletingLastPathComponent().appendingPathComponent(".\(dir.lastPathComponent)-\(getpid())-\(UUID().uuidString)")
        for (path, data) in themeFiles { try write(data, to: staging.appendingPathComponent(path)) }
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
