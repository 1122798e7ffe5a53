import BeaconCore
import Foundation

/// Files under content/ that Beacon never reads (`notepad.zh.txt`, `x.markdown`, `x.md.bak`,
/// a Markdown file in a folder of its own): a warning each, so a clerk does not wait for a
/// page that will never appear.
extension SiteFiles {
    /// Folders under content/ whose files of that extension are read, including subfolders.
    static let readFolders: [String: String] = ["bulletins": "md", "cases": "md", "pages": "md",
                                                 "stats": "yaml", "leaflets": "yaml", "banners": "yaml"]

    public static func unread(root: URL) -> [Diagnostic] {
        let content = root.appendingPathComponent("content")
        let contentPath = content.path
        var out: [Diagnostic] = []
        for walked in walk(contentPath) {
            let name = String(walked.name)
            if name.hasPrefix("~") || name.hasPrefix("#") || name == "Thumbs.db" || name == "desktop.ini" { continue }
            // A URL only where a link must be followed or a file is warned of: made for each
            // file, as Foundation's walk did, it cost more than the rest of the check.
            let url = { URL(fileURLWithPath: contentPath + "/" + walked.rel, isDirectory: false) }
            if walked.type == S_IFDIR || (walked.type == S_IFLNK && isDirectory(url())) { continue }
            let rel = "content/" + walked.rel
            // The folder under content/ (`cases` of content/cases/2024/a.md); none for a file directly in content/.
            guard let slash = walked.rel.utf8.firstIndex(of: UInt8(ascii: "/")) else {
                if name == "slogans.yaml" { continue }
                out.append(.warning(rel, "Beacon does not read this file: directly under content/ it reads only slogans.yaml.",
                                    hint: "Move it into content/bulletins/, content/cases/ or content/pages/ if it is a page, or out of content/."))
                continue
            }
            let folder = String(walked.rel[..<slash])
            guard let ext = readFolders[folder] else {
                out.append(.warning(rel, "Beacon does not read this file: content/\(folder)/ is not a folder Beacon reads.",
                                    hint: "Pages go under content/bulletins/, content/cases/ or content/pages/; move it there, or out of content/."))
                continue
            }
            if name.hasSuffix("." + ext) { continue }
            let suggested = suggestedName(name, ext: ext)
            // `x.md.bak` beside `x.md` is a copy (the original `beacon fix-encoding` keeps):
            // renaming it would put it back over the file Beacon reads.
            let hint: Message = FileManager.default.fileExists(atPath: url().deletingLastPathComponent().appendingPathComponent(suggested).path)
                ? "It looks like an old copy of `\(suggested)`, which is read (`beacon fix-encoding` keeps the original this way): once `\(suggested)` reads right, delete this copy or move it out of content/."
                : "Rename it to `\(suggested)` if it should be published; if it is a copy or a note, move it out of content/."
            out.append(.warning(rel, "Beacon does not read this file: only files ending in `.\(ext)` are read in content/\(folder)/.",
                                hint: hint))
        }
        return out.sorted { ($0.file ?? "") < ($1.file ?? "") }
    }

    /// What `URL.resourceValues` says of `isDirectory`, from one `lstat` for anything but a
    /// link (Foundation's lookup was most of the time a `beacon serve` save spent here).
    static func isDirectory(_ url: URL) -> Bool {
        var st = stat()
        if lstat(url.path, &st) == 0, st.st_mode & S_IFMT != S_IFLNK { return st.st_mode & S_IFMT == S_IFDIR }
        return (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true
    }

    /// `notepad.zh.txt` → `notepad.zh.md`, `x.markdown` → `x.md`, `x.md.bak` → `x.md`, `a.yml` → `a.yaml`.
    static func suggestedName(_ name: String, ext: String) -> String {
        var base = name
        while base.hasSuffix("~") { base.removeLast() }
        for junk in [".bak", ".old", ".orig", ".tmp", ".copy", ".backup"] where base.lowercased().hasSuffix(junk) {
            base.removeLast(junk.count)
        }
        if base.hasSuffix("." + ext) { return base }
        if let dot = base.lastIndex(of: "."), base.distance(from: base.startIndex, to: dot) > 0 {
            let last = base[base.index(after: dot)...].lowercased()
            if ["txt", "markdown", "mdown", "mkd", "md", "yml", "yaml", "text", "docx", "doc", "wps"].contains(last) {
                base = String(base[..<dot])
            }
        }
        return base + "." + ext
    }
}
