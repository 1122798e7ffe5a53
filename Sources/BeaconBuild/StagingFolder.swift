import BeaconCore
import Foundation

/// A build's output while it is being written: a fresh hidden folder beside the output, filled
/// as pages are rendered (`write`, from any thread) and swapped into place at the end
/// (`finish`), or removed when the build fails (`discard`), so a failed build leaves the
/// previous output exactly as it was. Writing each page as soon as it is rendered spreads the
/// writes over the website step's cores and frees the page's bytes at once, instead of
/// holding the whole site in memory for a write step of its own.
final class StagingFolder: Sendable {
    let output: URL
    let url: URL
    /// `url.path`, made once.
    let path: String
    let old: URL
    /// The previous output, when Beacon made it: unchanged files are hard-linked from it.
    let previous: URL?
    private let state = Locked(State())
    /// Files written on a thread of their own (`writeInBackground`), waited for by `finish`.
    private let background = DispatchGroup()

    struct State {
        /// Folders made so far, relative to the staging folder ("" is the folder itself).
        var folders: Set<String> = [""]
        /// Files written so far.
        var written: Set<String> = []
        /// `path: error` of every file that could not be written.
        var failures: [String] = []
    }

    /// Checks that the output may be replaced and makes the staging folder.
    init(output: URL, siteRoot: URL) throws {
        let fm = FileManager.default
        try OutputWriter.checkSafe(output: output, siteRoot: siteRoot)
        let parent = output.deletingLastPathComponent()
        let stamp = "\(getpid())-\(UInt64(Date().timeIntervalSince1970 * 1000))"
        self.output = output
        url = parent.appendingPathComponent(".\(output.lastPathComponent).beacon-new-\(stamp)")
        path = url.path
        old = parent.appendingPathComponent(".\(output.lastPathComponent).beacon-old-\(stamp)")
        previous = fm.fileExists(atPath: output.appendingPathComponent(OutputWriter.marker).path) ? output : nil
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try fm.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            try? fm.removeItem(at: url)
            throw Diagnostic.error(nil, "Could not write the output to \(output.path): \(error.localizedDescription)",
                                   hint: "Check that the folder is writable; the previous output was left as it was.")
        }
    }

    /// Writes one file now, making its folders as needed. False (nothing written) for a path
    /// that `OutputWriter.checkPath` refuses: `finish` reports it. A file that cannot be written
    /// is remembered and makes `finish` fail.
    func write(_ file: OutputFile) -> Bool {
        guard (try? OutputWriter.checkPath(file.path)) != nil else { return false }
        // The folder and target as strings: URL and NSString path handling was a visible part
        // of writing 24,000 files.
        let folder = OutputWriter.folder(of: file.path)
        if !state.update({ $0.folders.contains(folder) }) { makeFolder(folder) }
        var error: String?
        if let previous, OutputWriter.reuse(previous.appendingPathComponent(file.path), for: file.data, at: url.appendingPathComponent(file.path)) {
            error = nil
        } else {
            error = OutputWriter.writeFile(file.data, to: path + "/" + file.path)
        }
        state.update {
            $0.written.insert(file.path)
            if let error { $0.failures.append("\(file.path): \(error)") }
        }
        return true
    }

    /// Writes one file as it is made: `pieces` hands its bytes, piece by piece, to the function
    /// it is given. False, without calling `pieces`, for a path `OutputWriter.checkPath`
    /// refuses. A file that cannot be written is remembered and makes `finish` fail; the
    /// previous output's copy is not linked (its bytes are not known in advance).
    func write(_ path: String, pieces: ((UnsafeRawBufferPointer) -> Void) -> Void) -> Bool {
        guard (try? OutputWriter.checkPath(path)) != nil else { return false }
        let folder = OutputWriter.folder(of: path)
        if !state.update({ $0.folders.contains(folder) }) { makeFolder(folder) }
        let error = OutputWriter.writeFile(self.path + "/" + path, pieces: pieces)
        state.update {
            $0.written.insert(path)
            if let error { $0.failures.append("\(path): \(error)") }
        }
        return true
    }

    /// Writes files made by earlier steps (the share kit's messages, LED programs, leaflets) on a
    /// thread of their own while the website renders. They must be final: a later change to
    /// one at the same path would not be written.
    func writeInBackground(_ files: [OutputFile]) {
        guard !files.isEmpty else { return }
        DispatchQueue.global().async(group: background) { for f in files { _ = self.write(f) } }
    }

    /// `mkdir -p` of a folder under the staging folder, remembering what exists.
    private func makeFolder(_ folder: String) {
        var missing: [String] = []
        var folderPath = Substring(folder)
        let known = state.get().folders
        while !folderPath.isEmpty, !known.contains(String(folderPath)) {
            missing.append(String(folderPath))
            guard let slash = folderPath.lastIndex(of: "/") else { break }
            folderPath = folderPath[..<slash]
        }
        var made: [String] = []
        for dir in missing.reversed() {
            // A folder that cannot be made is left to the file's own write to fail and say why.
            guard mkdir(path + "/" + dir, 0o777) == 0 || errno == EEXIST else { break }
            made.append(dir)
        }
        state.update { $0.folders.formUnion(made) }
    }

    /// Writes `files` not written yet (all of them when nothing was streamed), then the marker,
    /// and swaps the staging folder into place. On any failure the staging folder is removed.
    func finish(_ files: [OutputFile]) throws {
        let fm = FileManager.default
        background.wait()
        do {
            let done = state.get()
            let rest = done.written.isEmpty ? files : files.filter { !done.written.contains($0.path) }
            var dirs = Set<String>()
            // The files written as they were made had their paths checked and folders made then.
            for f in rest {
                try OutputWriter.checkPath(f.path)
                let dir = OutputWriter.folder(of: f.path)
                if !dir.isEmpty, !done.folders.contains(dir) { dirs.insert(dir) }
            }
            try OutputWriter.makeFolders(dirs, in: url)
            let failures = done.failures + ParallelMap.map(rest) { f -> String? in
                let target = self.url.appendingPathComponent(f.path)
                if let previous = self.previous, OutputWriter.reuse(previous.appendingPathComponent(f.path), for: f.data, at: target) { return nil }
                return OutputWriter.writeFile(f.data, to: target.path).map { "\(f.path): \($0)" }
            }.compactMap { $0 }
            if let first = failures.first {
                throw Diagnostic.error(nil, "Could not write the output file \(first).", hint: "Check that the disk has room and the folder is writable.")
            }
            if let e = OutputWriter.writeFile(Data(), to: url.appendingPathComponent(OutputWriter.marker).path) {
                throw Diagnostic.error(nil, "Could not write the output: \(e).")
            }
            if fm.fileExists(atPath: output.path) {
                try fm.moveItem(at: output, to: old)
                do { try fm.moveItem(at: url, to: output) } catch {
                    try? fm.moveItem(at: old, to: output)
                    throw error
                }
                OutputWriter.discard(old, fileCount: files.count)
            } else {
                try fm.moveItem(at: url, to: output)
            }
        } catch {
            discard()
            if let d = error as? Diagnostic { throw d }
            throw Diagnostic.error(nil, "Could not write the output to \(output.path): \(error.localizedDescription)",
                                   hint: "Check that the folder is writable; the previous output was left as it was.")
        }
    }

    /// Removes the staging folder (a failed build).
    func discard() {
        background.wait()
        try? FileManager.default.removeItem(at: url)
    }
}

extension SiteBuilder {
    /// For the website step of a build that writes: opens the staging folder, starts writing the
    /// files earlier steps made, and returns it with what writes each page there as it is
    /// rendered, keeping only its path. Nil — the pages stay in memory for the write step —
    /// with `--relative` (the pages are rewritten afterwards), with a build cache (`beacon
    /// serve` keeps the pages), or when the output may not be replaced (the write step then
    /// says why, as before).
    static func streamToStaging(_ options: BuildOptions, earlier files: [OutputFile])
        -> (staging: StagingFolder, stream: @Sendable (OutputFile) -> OutputFile)? {
        guard options.write, !options.relative, options.cache == nil,
              let staging = try? StagingFolder(output: options.outputDir, siteRoot: options.siteRoot) else { return nil }
        staging.writeInBackground(files)
        return (staging, { file in staging.write(file) ? OutputFile(path: file.path, data: Data()) : file })
    }

    /// With `streamToStaging`'s folder: what writes a file made in pieces there as it is made
    /// (`WebsiteInput.streamPieces`), keeping only its path.
    static func streamPieces(to staging: StagingFolder)
        -> @Sendable (String, ((UnsafeRawBufferPointer) -> Void) -> Void) -> OutputFile? {
        { path, pieces in staging.write(path, pieces: pieces) ? OutputFile(path: path, data: Data()) : nil }
    }
}
