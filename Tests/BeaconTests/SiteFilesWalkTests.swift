import BeaconContent
import BeaconCore
import Foundation
import Testing

/// Listing a site's files reads folders with `readdir`; what it lists must be what
/// FileManager's enumerator (`.skipsHiddenFiles`, which it replaced) lists, on a folder with
/// every kind of entry a clerk's disk can hold.
@Suite struct SiteFilesWalkTests {
    let fm = FileManager.default

    /// Nested year folders, hidden files and folders, editor backups, a folder named like a
    /// page, links to a file and a folder inside the site, a broken link and a named pipe.
    func awkwardSite() throws -> TestSite {
        let page = "---\ntitle: 页面\ndate: 2021-09-30\n---\n正文。\n"
        let site = try TestSite([
            "content/cases/a.zh.md": page, "content/cases/2024/b.zh.md": page, "content/cases/2024/09/c.en.md": page,
            "content/cases/.hidden.zh.md": page, "content/cases/.drafts/d.zh.md": page, "content/cases/~e.zh.md": page,
            "content/cases/#f.zh.md#": page, "content/cases/notes.txt": "x", "content/cases/g.zh.md.bak": page,
            "content/cases/folder.zh.md/h.zh.md": page, "content/bulletins/i.zh.md": page, "content/slogans.yaml": "[]",
            "content/misc/j.zh.md": page, "content/stats/2024.yml": "x", "drafts/shared.md": page,
            "static/img/k.png": "png", "static/.git/config": "x",
        ])
        try fm.createSymbolicLink(atPath: site.root.appendingPathComponent("content/cases/linked.zh.md").path,
                                  withDestinationPath: site.root.appendingPathComponent("drafts/shared.md").path)
        try fm.createSymbolicLink(atPath: site.root.appendingPathComponent("content/cases/linked-folder").path,
                                  withDestinationPath: site.root.appendingPathComponent("drafts").path)
        try fm.createSymbolicLink(atPath: site.root.appendingPathComponent("content/cases/broken.zh.md").path,
                                  withDestinationPath: site.root.appendingPathComponent("nowhere.md").path)
        #expect(mkfifo(site.root.appendingPathComponent("content/cases/pipe.zh.md").path, 0o644) == 0)
        return site
    }

    /// What the enumerator lists under `dir`, as paths relative to the site, filtered as `list` filters.
    func enumerated(_ dir: URL, root: URL, ext: String?) throws -> [String] {
        let walker = try #require(fm.enumerator(at: dir, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]))
        var out: [String] = []
        for case let url as URL in walker {
            let name = url.lastPathComponent
            guard ext.map({ name.hasSuffix("." + $0) }) ?? true, !name.hasPrefix("~"), !name.hasPrefix("#") else { continue }
            var st = stat()
            if ext == nil, lstat(url.path, &st) == 0, st.st_mode & S_IFMT == S_IFDIR { continue }
            out.append(relative(url, to: root))
        }
        return out.sorted()
    }

    @Test func listsWhatFoundationsEnumeratorLists() throws {
        let site = try awkwardSite()
        defer { site.remove() }
        for (folder, ext) in [("content/cases", "md"), ("content", "md"), ("content", "yml"), ("static", nil), ("content", nil)] as [(String, String?)] {
            let dir = site.root.appendingPathComponent(folder)
            let problems = DiagnosticCollector()
            let listed = SiteFiles.list(dir, root: site.root, ext: ext, problems: problems).map(\.1)
            // The broken link is reported instead of listed; everything else the enumerator gives is listed, in order.
            let reported = problems.all.compactMap(\.file)
            #expect(listed == listed.sorted())
            #expect(Set(listed).isDisjoint(with: reported))
            #expect(Set(listed + reported) == Set(try enumerated(dir, root: site.root, ext: ext)), "\(folder) \(ext ?? "any")")
        }
        let cases = SiteFiles.list(site.root.appendingPathComponent("content/cases"), root: site.root, ext: "md", problems: DiagnosticCollector()).map(\.1)
        #expect(cases.contains("content/cases/2024/09/c.en.md"))
        #expect(cases.contains("content/cases/linked.zh.md"))
        #expect(!cases.contains { $0.contains(".drafts") || $0.contains(".hidden") || $0.contains("linked-folder/") })
    }

    @Test func unreadFilesAreWarnedOfAsBefore() throws {
        let site = try awkwardSite()
        defer { site.remove() }
        let warned = SiteFiles.unread(root: site.root).compactMap(\.file)
        #expect(warned == warned.sorted())
        // A link to a folder is warned of as a file, as it was when Foundation walked the folder
        // (`beacon build` of this site with the build before the change says the same five).
        #expect(Set(warned) == ["content/cases/notes.txt", "content/cases/g.zh.md.bak", "content/cases/linked-folder",
                                "content/misc/j.zh.md", "content/stats/2024.yml"])
    }
}
