import BeaconCore
import Foundation

/// Writes a build's files into a fresh staging folder beside the output and swaps it into
/// place only when everything was written, so a failed build leaves the previous output
/// exactly as it was.
public enum OutputWriter {
    /// A hidden file that marks a folder as Beacon's output, so Beacon never replaces a
    /// folder that something else put there.
    static let marker = ".beacon-output"

    static func write(_ files: [OutputFile], to output: URL, siteRoot: URL) throws {
        try StagingFolder(output: output, siteRoot: siteRoot).finish(files)
    }

    /// Creates the output's folders (paths relative to `staging`, every parent listed or made
    /// on the way), parents first and each level's parents on all cores: 13,000 folders one by
    /// one through FileManager took most of the write step.
    static func makeFolders(_ dirs: Set<String>, in staging: URL) throws {
        var all = Set<String>()
        for dir in dirs {
            var path = Substring(dir)
            while !path.isEmpty, all.insert(String(path)).inserted {
                guard let slash = path.lastIndex(of: "/") else { break }
                path = path[..<slash]
            }
        }
        let byDepth = Dictionary(grouping: all) { $0.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 } }
        let root = staging.path
        for (_, atDepth) in byDepth.sorted(by: { $0.key < $1.key }) {
            // Folders in one parent are made one after another on one core: the kernel locks the
            // parent for each, and two cores would only wait for each other.
            let byParent = Dictionary(grouping: atDepth) { dir in dir.lastIndex(of: "/").map { String(dir[..<$0]) } ?? "" }
            let groups = byParent.values.map { $0.sorted() }.sorted { ($0.count, $0[0]) > ($1.count, $1[0]) }
            let failed = ParallelMap.map(groups) { group -> [String] in
                group.filter { mkdir(root + "/" + $0, 0o777) != 0 && errno != EEXIST }
            }.flatMap { $0 }
            // Let FileManager say what went wrong, in its words.
            for dir in failed {
                try FileManager.default.createDirectory(at: staging.appendingPathComponent(dir), withIntermediateDirectories: true)
            }
        }
    }

    /// Writes bytes with plain POSIX calls: Foundation's `Data.write` also calls `fsync` for
    /// each file, which made writing 13,000 pages several times slower. The swap is what makes
    /// the output appear whole; each file need not reach the disk before the next is written.
    /// Returns the error text, or nil.
    static func writeFile(_ data: Data, to path: String) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        defer { close(fd) }
        return data.withUnsafeBytes { raw -> String? in
            guard let base = raw.baseAddress else { return nil }  // no bytes: the empty file is made
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, base + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return String(cString: strerror(errno)) }
                offset += n
            }
            return nil
        }
    }

    /// Writes a file piece by piece as `pieces` hands its bytes on, with `writeFile`'s plain
    /// POSIX calls. After an error the remaining pieces are ignored. Returns the error text, or nil.
    static func writeFile(_ path: String, pieces: ((UnsafeRawBufferPointer) -> Void) -> Void) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        defer { close(fd) }
        var error: String?
        pieces { raw in
            guard error == nil, let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, base + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    error = String(cString: strerror(errno))
                    return
                }
                offset += n
            }
        }
        return error
    }

    /// Whether `path` is relative, not empty, and has no empty or `..` part, no backslash and no NUL.
    static func isSafe(_ path: String) -> Bool {
        var partLength = 0
        var dots = 0
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "/"):
                // An empty part (`a//b`, a leading `/`) or `..`.
                if partLength == 0 || (partLength == 2 && dots == 2) { return false }
                partLength = 0
                dots = 0
                continue
            case UInt8(ascii: "\\"), 0:
                return false
            case UInt8(ascii: "."):
                dots += 1
            default:
                break
            }
            partLength += 1
        }
        return partLength > 0 && !(partLength == 2 && dots == 2)
    }

    /// The folder part of a checked path (`a/b` of `a/b/c.html`; empty for `c.html`).
    static func folder(of path: String) -> String {
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
    }

    /// Removes the previous output after the swap. Deleting thousands of folders takes tens of
    /// seconds on disks mounted with `discard`, so a large one is removed by a background `rm`
    /// that outlives Beacon; the new output is already in place either way.
    static func discard(_ old: URL, fileCount: Int) {
        if fileCount < 2000 {
            try? FileManager.default.removeItem(at: old)
            return
        }
        let rm = Process()
        rm.executableURL = URL(fileURLWithPath: "/bin/rm")
        rm.arguments = ["-rf", old.path]
        rm.standardOutput = FileHandle.nullDevice
        rm.standardError = FileHandle.nullDevice
        if (try? rm.run()) == nil { try? FileManager.default.removeItem(at: old) }
    }

    /// When the previous build wrote the same bytes, hard-links that file instead of writing it
    /// again. Removing the previous output then frees no disk blocks for unchanged files, which
    /// on disks mounted with `discard` is the slowest part of a rebuild (40 s for 13,000 files).
    static func reuse(_ old: URL, for data: Data, at target: URL) -> Bool {
        var st = stat()
        guard stat(old.path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) == data.count,
              let existing = FileManager.default.contents(atPath: old.path), existing == data else { return false }
        return link(old.path, target.path) == 0
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
                // Named, so a clerk knows what to move: the first few, in order.
                let sorted = entries.sorted()
                let names = sorted.prefix(3).joined(separator: ", ") + (sorted.count > 3 ? ", …" : "")
                throw Diagnostic.error(nil, "The output folder \(output.path) already holds files that Beacon did not make; Beacon will not replace them.",
                                       hint: "Move those files away (\(names)) or choose another folder with `--output`.")
            }
        }
    }

    /// Output paths come from slugs and names that were checked, but a path that could leave the
    /// output folder is refused here as well.
    ///
    /// Read as UTF-8 bytes: splitting the path and Foundation's `contains` took 17 million
    /// instructions per thousand files. A backslash or NUL byte is refused wherever it is.
    static func checkPath(_ path: String) throws {
        if !isSafe(path) {
            throw Diagnostic.error(nil, "A file would be written outside the output folder (`\(path)`).",
                                   hint: "Check the slugs and names in the site; they may not contain `/`, `\\` or `..`.")
        }
    }
}
