#if canImport(Glibc)
import Glibc
#endif
import BeaconCore
import Foundation

/// Parsed content files kept between builds of one process (`beacon serve`): a file whose
/// bytes did not change is not parsed again, with the same page and the same problems.
///
/// A file whose `stat` (size, modification and change times, inode) is what it was when its
/// bytes were last read is not even read again: a save changes the change time, so this
/// is what `git status` relies on too. Any other file is read and its bytes compared.
public final class ContentCache: Sendable {
    struct Entry {
        let data: Data
        let page: ContentPage?
        let problems: [Diagnostic]
        var stamp: FileStamp? = nil
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var configText: String?
    }

    private let state = Locked(State())

    public init() {}

    /// The entry of `path` when the file at `url` is unchanged: by its `stat` alone when that
    /// is as recorded, else by its bytes; `data` is the bytes read (nil when not read).
    func lookup(_ path: String, url: URL) -> (hit: Entry?, data: Data?) {
        let stamp = FileStamp(url.path)
        let entry = state.get().entries[path]
        if let entry, let stamp, entry.stamp == stamp { return (entry, entry.data) }
        guard let data = try? Data(contentsOf: url) else { return (nil, nil) }
        guard var entry, entry.data == data else { return (nil, data) }
        // Same bytes, new stamp (touched, or saved unchanged): remember the new stamp.
        entry.stamp = stamp
        state.update { $0.entries[path] = entry }
        return (entry, data)
    }

    /// Parsing checks against site.yaml (languages, fraud types): when it changes, start afresh.
    func use(config text: String) {
        state.update { state in
            if state.configText != text { state.entries.removeAll(); state.configText = text }
        }
    }

    /// Keeps the parse of `path` read as `data`; `stamp` is the file's `stat` taken before it was read.
    func store(_ path: String, _ entry: Entry) {
        state.update { $0.entries[path] = entry }
    }
}

/// What `stat` says of a file that changes whenever its bytes do.
struct FileStamp: Equatable, Sendable {
    let size: Int
    let inode: UInt64
    /// Modification and change times, in nanoseconds.
    let modified: Int
    let changed: Int

    /// The stamp of the file at `path` (a link's target); nil when it cannot be read, or when
    /// it was changed in the last two seconds: file times move in steps of a clock tick, so
    /// two saves of the same length within one tick would have the same stamp (git's "racy"
    /// files). Such a file is read again next time.
    init?(_ path: String) {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        size = Int(st.st_size)
        inode = UInt64(st.st_ino)
        modified = Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec)
        changed = Int(st.st_ctim.tv_sec) * 1_000_000_000 + Int(st.st_ctim.tv_nsec)
        let now = Int(Date().timeIntervalSince1970 * 1e9)
        if now - max(modified, changed) < 2_000_000_000 { return nil }
    }
}
