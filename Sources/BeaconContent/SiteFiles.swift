import BeaconCore
import Foundation

/// Lists a content folder's files safely: sorted, hidden and editor backup files skipped,
/// symbolic links that lead outside the site refused.
public enum SiteFiles {
    /// Files ending in `.ext` (any file when `ext` is nil) directly in `dir` or below, with
    /// their paths relative to `root`.
    public static func list(_ dir: URL, root: URL, ext: String?, problems: DiagnosticCollector) -> [(URL, String)] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else { return [] }
        let rootPath = root.resolvingSymlinksInPath().path
        let rootStandardized = root.standardizedFileURL.path
        // Every path below `dir` is `dir`'s standardized path, a slash and the walked path.
        let dirPath = dir.path
        let base = standardizedPath(dir)
        // Made once, not once a file, and the prefix tested and cut on UTF-8 bytes: listing runs
        // on one core before any file is read.
        let basePrefix = (base == "/" ? "" : base) + "/"
        let rootPrefix = rootStandardized + "/"
        let suffix = ext.map { "." + $0 }
        var entries: [Entry] = []
        for walked in walk(dirPath) {
            let name = walked.name
            guard suffix.map({ name.hasSuffix($0) }) ?? true, !name.hasPrefix("~"), !name.hasPrefix("#") else { continue }
            if ext == nil, walked.type == S_IFDIR { continue }
            let full = basePrefix + walked.rel
            entries.append(Entry(url: URL(fileURLWithPath: dirPath + "/" + walked.rel, isDirectory: walked.type == S_IFDIR),
                                 rel: full.utf8.starts(with: rootPrefix.utf8) ? String(full.utf8.dropFirst(rootPrefix.utf8.count))! : full,
                                 folder: String(walked.folder), name: String(name), isLink: walked.type == S_IFLNK,
                                 isRegularFile: walked.type.map { $0 == S_IFREG }))
        }
        var out: [(URL, String)] = []
        var resolvedFolders: [String: String] = [:]
        for entry in entries {
            let rel = entry.rel
            // Checked for every file, not only links: a linked folder makes the files in it lead outside too.
            let target = resolved(entry, in: dirPath, folders: &resolvedFolders)
            if !target.hasPrefix(rootPath + "/") {
                let what: Message = entry.isLink ? "This is a symbolic link" : "This file is in a linked folder that leads"
                problems.add(.error(rel, "\(what) to \(target), outside the site folder; Beacon does not follow it.",
                                    hint: "Copy the file into the site instead of linking to it."))
                continue
            }
            if entry.isLink, entry.isRegularFile != true,
               (try? FileManager.default.attributesOfItem(atPath: target))?[.type] as? FileAttributeType != .typeRegular {
                problems.add(.error(rel, "This symbolic link does not lead to a readable file (it is broken, a loop or a folder).",
                                    hint: "Remove the link or replace it with the file itself."))
                continue
            }
            out.append((entry.url, rel))
        }
        return out.sorted { $0.1 < $1.1 }
    }

    /// A listed file: its path relative to the site, its folder (relative to the listed
    /// folder) and its type as `lstat` says.
    struct Entry {
        let url: URL
        let rel: String
        let folder: String
        let name: String
        let isLink: Bool
        let isRegularFile: Bool?
    }

    /// `url.resolvingSymlinksInPath()`, with each folder resolved once: a file that is not a
    /// link resolves to its resolved folder plus its name (one `lstat` per path part per file
    /// was a third of listing 11,000 files). `dir` is the listed folder's path.
    static func resolved(_ entry: Entry, in dir: String, folders: inout [String: String]) -> String {
        let name = entry.name
        if entry.isLink { return entry.url.resolvingSymlinksInPath().path }
        if let known = folders[entry.folder] { return known + "/" + name }
        var path = URL(fileURLWithPath: entry.folder.isEmpty ? dir : dir + "/" + entry.folder, isDirectory: true).resolvingSymlinksInPath().path
        if path == "/" { path = "" }
        folders[entry.folder] = path
        return path + "/" + name
    }
}
