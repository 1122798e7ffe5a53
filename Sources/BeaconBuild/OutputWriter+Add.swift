import BeaconCore
import Foundation

extension OutputWriter {
    /// Writes `files` into `folder` beside what is already there: for the commands that make one
    /// part of a site (`beacon led --output`, `beacon leaflet`, `beacon banner`), which must not
    /// replace the rest of the folder as a build replaces `public/` (a USB stick, the last
    /// build's `public/leaflets/`). Paths are checked as in a build; each file is written under
    /// a temporary name and renamed, so a controller's PC or a print shop never reads half a file.
    ///
    /// When the folder did not exist, the outermost folder this makes is marked as Beacon's
    /// output: `beacon leaflet` on a new site makes `public/leaflets/`, and a later `beacon
    /// build` may then replace `public/`, which holds nothing Beacon did not make.
    public static func add(_ files: [OutputFile], to folder: URL) throws {
        for file in files { try checkPath(file.path) }
        let fm = FileManager.default
        var outermostNew: URL?
        var probe = folder.standardizedFileURL
        while !fm.fileExists(atPath: probe.path) {
            outermostNew = probe
            let parent = probe.deletingLastPathComponent()
            if parent.path == probe.path { break }
            probe = parent
        }
        if let outermostNew {
            try fm.createDirectory(at: outermostNew, withIntermediateDirectories: true)
            try Data().write(to: outermostNew.appendingPathComponent(marker))
        }
        let dirs = Set(files.map { ($0.path as NSString).deletingLastPathComponent })
        for dir in dirs.sorted() {
            try fm.createDirectory(at: dir.isEmpty ? folder : folder.appendingPathComponent(dir), withIntermediateDirectories: true)
        }
        for file in files {
            try file.data.write(to: folder.appendingPathComponent(file.path), options: .atomic)
        }
    }
}
