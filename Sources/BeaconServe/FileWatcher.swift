#if canImport(Glibc)
import Glibc
#endif
import BeaconCore
import Foundation

/// Watches a site's sources with inotify (site.yaml, content/, themes/, recursively) and
/// reports the site-relative paths that changed, debounced: an editor's save (write a
/// temporary file, rename it over the old one, touch the folder) arrives as one batch.
public final class FileWatcher: @unchecked Sendable {
    public let root: URL
    /// Top-level entries watched: files directly, folders recursively.
    public let entries: [String]
    /// Quiet time after the last event before the batch is reported.
    public let debounce: Duration
    private let onChange: @Sendable ([String]) -> Void

    private var fd: Int32 = -1
    private var dirs: [Int32: String] = [:]
    private let stopped = Locked(false)
    private var thread: Thread?

    public init(root: URL, entries: [String] = ["site.yaml", "content", "themes"], debounce: Duration = .milliseconds(60),
                onChange: @escaping @Sendable ([String]) -> Void) {
        self.root = root.resolvingSymlinksInPath().standardizedFileURL
        self.entries = entries
        self.debounce = debounce
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
        var pending = Set<String>()
        var created = Set<String>()
        var first: ContinuousClock.Instant?
        var last: ContinuousClock.Instant?
        let clock = ContinuousClock()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !stopped.get() {
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            var timeout: Int32 = 100
            if let last {
                let left = (last + debounce) - clock.now
                timeout = max(0, min(100, Int32(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)))
            }
            if poll(&pfd, 1, timeout) > 0 {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n > 0 {
                    let (changed, new) = parse(buffer, count: n)
                    created.formUnion(new.subtracting(pending))
                    if !changed.isEmpty || !new.isEmpty {
                        pending.formUnion(changed)
                        last = clock.now
                        if first == nil { first = last }
                    }
                }
            }
            if let l = last, let f = first, clock.now - l >= debounce || clock.now - f >= .milliseconds(500) {
                // A file made and renamed away within the batch was an editor's (or sed's) temporary file.
                let batch = pending.filter { !created.contains($0) || FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }.sorted()
                pending = []
                created = []
                first = nil
                last = nil
                if !batch.isEmpty { onChange(batch) }
            }
        }
        close(fd)
        fd = -1
    }

    /// The paths changed, and the files newly created, by the events in `buffer`.
    private func parse(_ buffer: [UInt8], count: Int) -> ([String], Set<String>) {
        var changed: [String] = []
        var created = Set<String>()
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
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { changed.append("*"); continue }
            if mask & UInt32(IN_IGNORED) != 0 { dirs[wd] = nil; continue }
            guard let dir = dirs[wd], !name.isEmpty, !Self.isNoise(name) else { continue }
            let rel = dir.isEmpty ? name : dir + "/" + name
            if dir.isEmpty, !entries.contains(name) { continue }
            let isDir = mask & UInt32(IN_ISDIR) != 0
            if isDir, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                changed.append(contentsOf: addTree(relative: rel))
                changed.append(rel)
            } else if isDir || mask & UInt32(IN_CREATE) == 0 {
                // A new file is reported when it is closed after writing, not when it is created empty.
                changed.append(rel)
            } else {
                created.insert(rel)
            }
        }
        return (changed, created)
    }
    #else
    public func start() throws {}
    public func stop() {}
    #endif

    /// Editor swap, backup and lock files, which change on every keystroke or save.
    static func isNoise(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasPrefix("~") || name.hasSuffix("~") || name == "4913"
            || [".swp", ".swx", ".swo", ".tmp", ".part", ".crdownload"].contains { name.hasSuffix($0) }
    }
}
