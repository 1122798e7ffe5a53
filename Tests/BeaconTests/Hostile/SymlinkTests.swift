import BeaconContent
import BeaconCore
import Foundation
import Testing

/// Links that lead out of the site are refused, not followed: a site folder handed to Beacon
/// must not make it publish `/etc/passwd` or a colleague's files.
@Suite struct SymlinkTests {
    let fm = FileManager.default

    func outside(_ text: String) throws -> URL {
        let dir = fm.temporaryDirectory.appendingPathComponent("beacon-outside-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: dir.appendingPathComponent("secret.zh.md"))
        return dir
    }

    @Test func fileLinkToOutsideIsRefused() throws {
        let dir = try outside(page("title: 外部\ndate: 2021-09-30"))
        defer { try? fm.removeItem(at: dir) }
        let problems = try loadProblems([:]) { site in
            try fm.createSymbolicLink(at: site.root.appendingPathComponent("content/bulletins/linked.zh.md"),
                                      withDestinationURL: dir.appendingPathComponent("secret.zh.md"))
        }
        let d = try problem(in: problems, file: "content/bulletins/linked.zh.md")
        #expect(d.message.contains("outside the site"))
        #expect(d.hint?.contains("Copy") == true)
    }

    @Test func folderLinkToOutsideIsRefused() throws {
        let dir = try outside(page("title: 外部\ndate: 2021-09-30"))
        defer { try? fm.removeItem(at: dir) }
        let problems = try loadProblems([:]) { site in
            try fm.createSymbolicLink(at: site.root.appendingPathComponent("content/cases"), withDestinationURL: dir)
        }
        // Either the linked folder's files are refused one by one, or the folder is not entered at all;
        // what matters is that nothing from outside is loaded.
        #expect(problems.allSatisfy { $0.message.contains("outside the site") })
        let site = try TestSite(["content/bulletins/ok.zh.md": page("title: 正常\ndate: 2021-09-30")])
        defer { site.remove() }
        try fm.createSymbolicLink(at: site.root.appendingPathComponent("content/cases"), withDestinationURL: dir)
        let loaded = try? SiteLoader.load(root: site.root)
        #expect(loaded?.pages.contains { $0.title == "外部" } != true)
    }

    @Test func linkLoopIsAnErrorNotAHang() throws {
        let problems = try loadProblems([:]) { site in
            let a = site.root.appendingPathComponent("content/bulletins/loop.zh.md")
            let b = site.root.appendingPathComponent("content/bulletins/loop2.zh.md")
            try fm.createSymbolicLink(atPath: a.path, withDestinationPath: b.path)
            try fm.createSymbolicLink(atPath: b.path, withDestinationPath: a.path)
        }
        #expect(problems.contains { $0.file == "content/bulletins/loop.zh.md" })
    }

    @Test func linkInsideTheSiteIsFollowed() throws {
        let site = try TestSite(["content/bulletins/ok.zh.md": page("title: 正常\ndate: 2021-09-30"),
                                 "drafts/shared.md": page("title: 共用\ndate: 2021-09-30")])
        defer { site.remove() }
        try fm.createSymbolicLink(at: site.root.appendingPathComponent("content/bulletins/shared.zh.md"),
                                  withDestinationURL: site.root.appendingPathComponent("drafts/shared.md"))
        let loaded = try SiteLoader.load(root: site.root)
        #expect(loaded.pages.contains { $0.title == "共用" })
    }
}
