import BeaconCore
import Foundation

/// Lists a content folder's files safely: sorted, hidden and editor backup files skipped,
/// symbolic links that lead outside the site refused.
public enum SiteFiles {
    /// Files ending in `.ext` (any file when `ext` is nil) directly in `dir` or below, with
    /// their paths relative to `root`.
    public static func list(_ dir: URL, root: URL, ext: String?, problems: DiagnosticCollector) -> [(URL, String)] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else { return [] }
        let rootPath = root.resolvingSymlinksInPath().path
        guard let walker = fm.enumerator(at: dir, includingPropertiesForKeys: [.isSymbolicLinkKey, .isRegularFileKey],
                                         options: [.skipsHiddenFiles]) else { return [] }
        var candidates: [URL] = []
        for case let url as URL in walker {
            let name = url.lastPathComponent
            guard ext.map({ name.hasSuffix("." + $0) }) ?? true, !name.hasPrefix("~"), !name.hasPrefix("#") else { continue }
            candidates.append(url)
        }
        let rootStandardized = root.standardizedFileURL.path
        // What each file is, looked up on all cores (a stat or two per file, 11,000 files).
        let entries = ParallelMap.map(candidates) { url -> Entry? in
            // What URL.resourceValues says (of the link itself, not its target), from one lstat:
            // Foundation's lookup was the larger part of listing 11,000 files.
            var st = stat()
            let type = lstat(url.path, &st) == 0 ? st.st_mode & S_IFMT : nil
            if ext == nil, type == S_IFDIR { return nil }
            return Entry(url: url, rel: relative(url, toStandardized: rootStandardized), folder: url.deletingLastPathComponent(),
                         isLink: type == S_IFLNK, isRegularFile: type.map { $0 == S_IFREG })
        }
        var out: [(URL, String)] = []
        var resolvedFolders: [String: String] = [:]
        for case let entry? in entries {
            let rel = entry.rel
            // Checked for every file, not only links: a linked folder makes the files in it lead outside too.
            let target = resolved(entry, folders: &resolvedFolders)
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

    /// A listed file: its path relative to the site, its folder and what `resourceValues` said.
    struct Entry {
        let url: URL
        let rel: String
        let folder: URL
        let isLink: Bool
        let isRegularFile: Bool?
    }

    /// `url.resolvingSymlinksInPath()`, with each folder resolved once: a file that is not a
    /// link resolves to its resolved folder plus its name (one `lstat` per path part per file
    /// was a third of listing 11,000 files).
    static func resolved(_ entry: Entry, folders: inout [String: String]) -> String {
        let name = entry.url.lastPathComponent
        if entry.isLink || name == "." || name == ".." { return entry.url.resolvingSymlinksInPath().path }
        let folder = entry.folder
        if let known = folders[folder.path] { return known + "/" + name }
        var path = folder.resolvingSymlinksInPath().path
        if path == "/" { path = "" }
        folders[folder.path] = path
        return path + "/" + name
    }
}
