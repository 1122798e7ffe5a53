#if canImport(Glibc)
import Glibc
#endif
import BeaconCore
import Foundation

/// Watches a site's sources with inotify (site.yaml, content/, themes/, recursively) and
/// reports the site-relative paths that changed, as soon as the kernel says so: the events
/// that are waiting are read together and reported as one batch, with no quiet time waited.
///
/// Only a file that did not exist before waits, briefly, when its name is not a source
/// file's (`.md`, `.yaml`): editors and `sed -i` save by writing a temporary file and
/// renaming it over the original, and such a file is dropped when it is renamed away. The
/// rename itself is reported at once, as the file it replaced.
/// `@unchecked` because of `fd`, `dirs` and `thread`: they are set up by `start()` before the
/// watching thread exists and then used by that thread alone; `stop()` goes through `stopped`.
public final class FileWatcher: @unchecked Sendable {
    public let root: URL
    /// Top-level entries watched: files directly, folders recursively.
    public let entries: [String]
    /// How long a new file that is not a source file waits to be renamed away before it is reported.
    public let newFileWait: Duration
    private let onChange: @Sendable ([String]) -> Void

    // Used by the watching thread only, after `start()`.
    private var fd: Int32 = -1
    private var dirs: [Int32: String] = [:]
    private let stopped = Locked(false)
    private var thread: Thread?

    public init(root: URL, entries: [String] = ["site.yaml", "content", "themes"], newFileWait: Duration = .milliseconds(250),
                onChange: @escaping @Sendable ([String]) -> Void) {
        self.root = root.resolvingSymlinksInPath().standardizedFileURL
        self.entries = entries
        self.newFileWait = newFileWait
        self.onChange = onChange
    }

    deinit { if fd >= 0 { close(fd) } }

    #if os(Linux)
    static let dirMask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)

    /// Sets up the watches and starts the watching thread.
    public func start() throws {
        fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        addWatch(relative: "")
        for entry in entries {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(entry).path, isDirectory: &isDir), isDir.boolValue {
                addTree(relative: entry)
            }
        }
        let t = Thread { [self] in loop() }
        t.name = "beacon-watch"
        thread = t
        t.start()
    }

    /// Stops watching; the thread ends within a tenth of a second.
    public func stop() { stopped.update { $0 = true } }

    private func addWatch(relative rel: String) {
        let path = rel.isEmpty ? root.path : root.appendingPathComponent(rel).path
        let wd = inotify_add_watch(fd, path, Self.dirMask)
        if wd >= 0 { dirs[wd] = rel }
    }

    /// Watches `rel` and every folder below it; returns the files found (for a folder moved in whole).
    @discardableResult
    private func addTree(relative rel: String) -> [String] {
        addWatch(relative: rel)
        var files: [String] = []
        let base = root.appendingPathComponent(rel)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isDirectoryKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        for case let url as URL in walker {
            let sub = rel + "/" + String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1))
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true { addWatch(relative: sub) } else { files.append(sub) }
        }
        return files
    }

    private func loop() {
        /// New files not reported yet, with when they are reported if still there.
        var fresh: [String: ContinuousClock.Instant] = [:]
        let clock = ContinuousClock()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !stopped.get() {
            var timeout: Int32 = 100
            if let next = fresh.values.min() {
                let left = next - clock.now
                timeout = max(0, min(100, Int32(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000) + 1))
            }
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            var batch = Set<String>()
            if poll(&pfd, 1, timeout) > 0 {
                // Everything waiting now is one batch: an editor's save arrives together.
                while true {
                    let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                    guard n > 0 else { break }
                    for event in parse(buffer, count: n) {
                        switch event {
                        case .created(let path): fresh[path] = clock.now + newFileWait
                        case .written(let path) where fresh[path] != nil:
                            // A new source file is complete once written; any other new file waits for a rename.
                            if Self.isSource(path) { fresh[path] = nil; batch.insert(path) }
                        case .gone(let path) where fresh[path] != nil:
                            fresh[path] = nil  // a temporary file renamed away or deleted
                        case .written(let path), .gone(let path), .other(let path):
                            batch.insert(path)
                        }
                    }
                }
            }
            let now = clock.now
            for (path, due) in fresh where due <= now {
                fresh[path] = nil
                if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) { batch.insert(path) }
            }
            if !batch.isEmpty { onChange(batch.sorted()) }
        }
        close(fd)
        fd = -1
    }

    /// What one inotify event says about a path.
    enum Event: Equatable {
        /// A file was made (it is still empty, or a temporary file).
        case created(String)
        /// A file was written and closed, or renamed into place.
        case written(String)
        /// A file was deleted or renamed away.
        case gone(String)
        /// Anything else: attributes, a folder made or moved in, an overflow (`*`).
        case other(String)
    }

    /// The events in `buffer`; a folder made or moved in is watched from now on, and the
    /// files already in it are reported with it.
    private func parse(_ buffer: [UInt8], count: Int) -> [Event] {
        var events: [Event] = []
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let (wd, mask, len) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let e = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (e.wd, e.mask, Int(e.len))
            }
            let nameBytes = buffer[(offset + header)..<min(count, offset + header + len)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset += header + len
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { events.append(.other("*")); continue }
            if mask & UInt32(IN_IGNORED) != 0 { dirs[wd] = nil; continue }
            guard let dir = dirs[wd], !name.isEmpty, !Self.isNoise(name) else { continue }
            let rel = dir.isEmpty ? name : dir + "/" + name
            if dir.isEmpty, !entries.contains(name) { continue }
            if mask & UInt32(IN_ISDIR) != 0 {
                if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { events += addTree(relative: rel).map { .other($0) } }
                events.append(.other(rel))
            } else if mask & UInt32(IN_CREATE) != 0 {
                events.append(.created(rel))
            } else if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0 {
                events.append(.written(rel))
            } else if mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 {
                events.append(.gone(rel))
            } else {
                events.append(.other(rel))
            }
        }
        return events
    }
    #else
    public func start() throws {}
    public func stop() {}
    #endif

    /// True for the files a build reads as content or settings, which an editor does not use as temporary files.
    static func isSource(_ path: String) -> Bool {
        [".md", ".yaml", ".yml"].contains { path.hasSuffix($0) }
    }

    /// Editor swap, backup and lock files, which change on every keystroke or save, and the
    /// temporary file `sed -i` writes beside a file before renaming it over it (`sedU2G8ly`).
    static func isNoise(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasPrefix("~") || name.hasSuffix("~") || name == "4913"
            || [".swp", ".swx", ".swo", ".tmp", ".part", ".crdownload"].contains { name.hasSuffix($0) }
            || isSedScratch(name)
    }

    /// GNU sed's `sed` followed by six letters and digits.
    static func isSedScratch(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count == 9, name.hasPrefix("sed") else { return false }
        return scalars.dropFirst(3).allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }
}
