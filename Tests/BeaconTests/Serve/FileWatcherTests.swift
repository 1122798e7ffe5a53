@testable import BeaconServe
import BeaconCore
import Foundation
import Testing

@Suite struct FileWatcherTests {
    @Test func reportsSavedFilesAndNewFoldersButNotEditorSwapFiles() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/cases"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let seen = Watched<[String]>([])
        let watcher = FileWatcher(root: root) { paths in seen.update { $0.append(contentsOf: paths) } }
        try watcher.start()
        defer { watcher.stop() }

        try Data("x".utf8).write(to: root.appendingPathComponent("content/cases/.a.md.swp"))
        try Data("x".utf8).write(to: root.appendingPathComponent("content/cases/a.md"))
        try Data("x".utf8).write(to: root.appendingPathComponent("site.yaml"))
        try Data("x".utf8).write(to: root.appendingPathComponent("unwatched.txt"))
        #expect(await seen.wait { $0.contains("site.yaml") && $0.contains("content/cases/a.md") })
        // A new folder is reported once it is watched; a file saved in it then is reported too.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/bulletins"), withIntermediateDirectories: true)
        #expect(await seen.wait { $0.contains("content/bulletins") })
        try Data("y".utf8).write(to: root.appendingPathComponent("content/bulletins/b.md"))
        #expect(await seen.wait { $0.contains("content/bulletins/b.md") })

        #expect(!seen.get().contains { $0.hasSuffix(".swp") })
        #expect(!seen.get().contains("unwatched.txt"))
    }

    @Test func anAtomicSaveIsReportedAsTheFileItReplaced() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("old".utf8).write(to: root.appendingPathComponent("content/a.md"))
        let batches = Watched<[[String]]>([])
        let watcher = FileWatcher(root: root) { paths in batches.update { $0.append(paths) } }
        try watcher.start()
        defer { watcher.stop() }
        // What sed -i and many editors do: write a temporary file, then rename it over the original.
        let temp = root.appendingPathComponent("content/sedX4b2Qz")
        try Data("new".utf8).write(to: temp)
        _ = rename(temp.path, root.appendingPathComponent("content/a.md").path)
        #expect(await batches.wait { $0.joined().contains("content/a.md") })
        // A later save shows what came before it: the temporary file was never reported.
        try Data("again".utf8).write(to: root.appendingPathComponent("content/a.md"))
        #expect(await batches.wait { $0.count >= 2 })
        #expect(batches.get() == [["content/a.md"], ["content/a.md"]])
    }

    @Test func aNewFileThatStaysIsReported() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("themes/t/static"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let seen = Watched<[String]>([])
        let watcher = FileWatcher(root: root) { paths in seen.update { $0.append(contentsOf: paths) } }
        try watcher.start()
        defer { watcher.stop() }
        try Data("body{}".utf8).write(to: root.appendingPathComponent("themes/t/static/extra.css"))
        #expect(await seen.wait { $0.contains("themes/t/static/extra.css") })
    }
}
