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
        var out: [(URL, String)] = []
        guard let walker = fm.enumerator(at: dir, includingPropertiesForKeys: [.isSymbolicLinkKey, .isRegularFileKey],
                                         options: [.skipsHiddenFiles]) else { return [] }
        for case let url as URL in walker {
            let name = url.lastPathComponent
            guard ext.map({ name.hasSuffix("." + $0) }) ?? true, !name.hasPrefix("~"), !name.hasPrefix("#") else { continue }
            if ext == nil, (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true { continue }
            let rel = relative(url, to: root)
            let values = try? url.resourceValues(forKeys: [.isSymbolicLinkKey, .isRegularFileKey])
            // Checked for every file, not only links: a linked folder makes the files in it lead outside too.
            let target = url.resolvingSymlinksInPath().path
            if !target.hasPrefix(rootPath + "/") {
                let what: Message = values?.isSymbolicLink == true ? "This is a symbolic link" : "This file is in a linked folder that leads"
                problems.add(.error(rel, "\(what) to \(target), outside the site folder; Beacon does not follow it.",
                                    hint: "Copy the file into the site instead of linking to it."))
                continue
            }
            if values?.isSymbolicLink == true, values?.isRegularFile != true,
               (try? FileManager.default.attributesOfItem(atPath: target))?[.type] as? FileAttributeType != .typeRegular {
                problems.add(.error(rel, "This symbolic link does not lead to a readable file (it is broken, a loop or a folder).",
                                    hint: "Remove the link or replace it with the file itself."))
                continue
            }
            out.append((url, rel))
        }
        return out.sorted { $0.1 < $1.1 }
    }
}
