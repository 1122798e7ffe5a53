import Foundation

extension SiteFiles {
    /// One entry found below a walked folder: its path relative to that folder (`2024/a.zh.md`),
    /// where its name starts in that path, and its type as `lstat` gives it (`S_IFREG`,
    /// `S_IFLNK`, `S_IFDIR`, …; nil when it could not be found out).
    struct Walked {
        let rel: String
        let nameStart: String.Index
        let type: mode_t?

        var name: Substring { rel[nameStart...] }
        /// The folder part of `rel`: `2024` of `2024/a.zh.md`, empty at the top.
        var folder: Substring { nameStart == rel.startIndex ? "" : rel[..<rel.index(before: nameStart)] }
    }

    /// What `FileManager.enumerator(at: dir, …, options: [.skipsHiddenFiles])` lists, read
    /// with `readdir` instead: every entry below `dir`, folders too, in no order; names that
    /// start with `.` skipped with all that is in them; links listed, never followed; no
    /// folder on another file system entered; nothing when `dir` is not a folder (or is a
    /// link to one). Each entry's type comes from the folder listing itself: Foundation's
    /// walk made a URL per file and `lstat`ed it, which with the look-ups that followed was
    /// most of listing a site, on one core before any page is read (100 k instructions a file).
    static func walk(_ dir: String) -> [Walked] {
        var st = stat()
        guard lstat(dir, &st) == 0, st.st_mode & S_IFMT == S_IFDIR else { return [] }
        let device = st.st_dev
        var out: [Walked] = []
        var pending: [String] = [""]
        while let folder = pending.popLast() {
            guard let stream = opendir(folder.isEmpty ? dir : dir + "/" + folder) else { continue }
            defer { closedir(stream) }
            let prefix = folder.isEmpty ? "" : folder + "/"
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard let first = name.utf8.first, first != UInt8(ascii: ".") else { continue }
                let rel = prefix + name
                var type: mode_t? = mode_t(entry.pointee.d_type) << 12   // DT_x is S_IFx >> 12
                var entryDevice = device
                if type == 0 || type == S_IFDIR {
                    var child = stat()
                    if lstat(dir + "/" + rel, &child) == 0 {
                        type = child.st_mode & S_IFMT
                        entryDevice = child.st_dev
                    } else if type == 0 {
                        type = nil
                    }
                }
                out.append(Walked(rel: rel, nameStart: rel.utf8.index(rel.endIndex, offsetBy: -name.utf8.count), type: type))
                if type == S_IFDIR, entryDevice == device { pending.append(rel) }
            }
        }
        return out
    }
}
