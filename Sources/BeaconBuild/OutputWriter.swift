import BeaconCore
import Foundation

/// Writes a build's files into a fresh staging folder beside the output and swaps it into
/// place only when everything was written, so a failed build leaves the previous output
/// exactly as it was.
enum OutputWriter {
    /// A hidden file that marks a folder as Beacon's output, so Beacon never replaces a
    /// folder that something else put there.
    static let marker = ".beacon-output"

    static func write(_ files: [OutputFile], to output: URL, siteRoot: URL) throws {
        let fm = FileManager.default
        try checkSafe(output: output, siteRoot: siteRoot)
        let parent = output.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let stamp = "\(getpid())-\(UInt64(Date().timeIntervalSince1970 * 1000))"
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).beacon-new-\(stamp)")
        let old = parent.appendingPathComponent(".\(output.lastPathComponent).beacon-old-\(stamp)")
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            var dirs = Set<String>()
            for f in files {
                try checkPath(f.path)
                let dir = (f.path as NSString).deletingLastPathComponent
                if !dir.isEmpty { dirs.insert(dir) }
            }
            for dir in dirs.sorted() {
                try fm.createDirectory(at: staging.appendingPathComponent(dir), withIntermediateDirectories: true)
            }
            let failures = ParallelMap.map(files) { f -> String? in
                do { try f.data.write(to: staging.appendingPathComponent(f.path)); return nil } catch { return "\(f.path): \(error.localizedDescription)" }
            }.compactMap { $0 }
            if let first = failures.first {
                throw Diagnostic.error(nil, "Could not write the output file \(first).", hint: "Check that the disk has room and the folder is writable.")
            }
            try Data().write(to: staging.appendingPathComponent(marker))
            if fm.fileExists(atPath: output.path) {
                try fm.moveItem(at: output, to: old)
                do { try fm.moveItem(at: staging, to: output) } catch {
                    try? fm.moveItem(at: old, to: output)
                    throw error
                }
                try? fm.removeItem(at: old)
            } else {
                try fm.moveItem(at: staging, to: output)
            }
        } catch {
            try? fm.removeItem(at: staging)
            if let d = error as? Diagnostic { throw d }
            throw Diagnostic.error(nil, "Could not write the output to \(output.path): \(error.localizedDescription)",
                                   hint: "Check that the folder is writable; the previous output was left as it was.")
        }
    }

    /// Refuses output folders whose replacement would destroy the user's work.
    static func checkSafe(output: URL, siteRoot: URL) throws {
        let out = output.resolvingSymlinksInPath().path
        let root = siteRoot.resolvingSymlinksInPath().path
        if out == root || root.hasPrefix(out + "/") || out == "/" {
            throw Diagnostic.error(nil, "The output folder \(output.path) contains the site itself; building there would replace your files.",
                                   hint: "Choose an output folder of its own, e.g. `--output public`.")
        }
        for protected in ["content", "themes", "static"] where out == root + "/" + protected || out.hasPrefix(root + "/" + protected + "/") {
            throw Diagnostic.error(nil, "The output folder \(output.path) is inside the site's \(protected)/ folder.",
                                   hint: "Choose an output folder of its own, e.g. `--output public`.")
        }
        let fm = FileManager.default
        if fm.fileExists(atPath: output.path) {
            let entries = (try? fm.contentsOfDirectory(atPath: output.path)) ?? []
            if !entries.isEmpty && !entries.contains(marker) {
                throw Diagnostic.error(nil, "The output folder \(output.path) already holds files that Beacon did not make; Beacon will not replace them.",
                                       hint: "Move those files away or choose another folder with `--output`.")
            }
        }
    }

    /// Output paths come from slugs and names that were checked, but a path that could leave the
    /// output folder is refused here as well.
    static func checkPath(_ path: String) throws {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.hasPrefix("/") || path.isEmpty || parts.contains("..") || parts.contains("") || path.contains("\\") || path.contains("\0") {
            throw Diagnostic.error(nil, "A file would be written outside the output folder (`\(path)`).",
                                   hint: "Check the slugs and names in the site; they may not contain `/`, `\\` or `..`.")
        }
    }
}
