import BeaconContent
import BeaconCore
import Foundation

/// The last good preview build, kept so a static-file edit can be applied without a rebuild.
struct LastBuild: Sendable {
    var files: [String: Data]
    let warnings: [Diagnostic]
    /// The build's files made on request (share posters).
    var deferred: DeferredFiles?
    /// `themes/default/static/` → `assets/`, learnt from the build itself: the prefix under
    /// which the static files appeared with the same bytes; nil when that could not be seen.
    let staticSource: String?
    let staticOutput: String?

    init(files: [String: Data], warnings: [Diagnostic], themeDir: URL, siteRoot: URL) {
        self.files = files
        self.warnings = warnings
        let staticDir = themeDir.appendingPathComponent("static")
        let source = relative(staticDir, to: siteRoot) + "/"
        var output: String?
        let walker = FileManager.default.enumerator(at: staticDir, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        if let url = walker?.nextObject() as? URL, let data = try? Data(contentsOf: url) {
            let rel = relative(url, to: staticDir)
            output = files.first { $0.key.hasSuffix("/" + rel) && $0.value == data }.map { String($0.key.dropLast(rel.count)) }
        }
        staticSource = output == nil ? nil : source
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
            files[key] = try? Data(contentsOf: url)
        }
        return files
    }
}
