import BeaconContent
import BeaconCore
import Foundation

/// The last good preview build, kept so a static-file edit can be applied without a rebuild.
struct LastBuild: Sendable {
    var files: [String: Data]
    let warnings: [Diagnostic]
    /// The build's files made on request (share posters).
    var deferred: DeferredFiles?
    /// `themes/<theme>/static/` → `assets/`, learnt from the build itself: the prefix under
    /// which the theme's static files appeared with the same bytes; nil when that could not be seen.
    let staticSource: String?
    let staticOutput: String?
    /// The theme's layers, to fall back to the base's file when a site's own one is deleted.
    let layers: ThemeLayers

    init(files: [String: Data], warnings: [Diagnostic], layers: ThemeLayers) {
        self.files = files
        self.warnings = warnings
        self.layers = layers
        var output: String?
        if let (url, rel) = layers.files(in: "static").first, let data = try? Data(contentsOf: url) {
            output = files.first { $0.key.hasSuffix("/" + rel) && $0.value == data }.map { String($0.key.dropLast(rel.count)) }
        }
        staticSource = output == nil ? nil : relative(layers.own.appendingPathComponent("static"), to: layers.siteRoot) + "/"
        staticOutput = output
    }

    /// The files with `changed` static files applied, or nil when something else changed.
    func withStaticChanges(_ changed: [String], siteRoot: URL) -> [String: Data]? {
        guard let source = staticSource, let output = staticOutput, !changed.isEmpty,
              changed.allSatisfy({ $0.hasPrefix(source) }) else { return nil }
        var files = self.files
        for path in changed {
            let key = output + path.dropFirst(source.count)
            var isDir: ObjCBool = false
            let url = siteRoot.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue { return nil }
            // A site's own file deleted: the base theme's file of that path shows again.
            let rel = String(path.dropFirst(source.count))
            files[key] = (try? Data(contentsOf: url)) ?? layers.file("static/" + rel).flatMap { try? Data(contentsOf: $0) }
        }
        return files
    }
}
