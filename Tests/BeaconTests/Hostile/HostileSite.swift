import BeaconContent
import BeaconCore
import Foundation
import Testing

/// A site with one good page and the hostile files of a test, loaded the way every command
/// loads it; returns what the loader reported. A crash or a hang fails the whole test run,
/// so reaching the assertions at all is half of each test.
func loadProblems(_ files: [String: Data], prepare: (TestSite) throws -> Void = { _ in }) throws -> [Diagnostic] {
    let site = try TestSite(["content/bulletins/ok.zh.md": page("title: 正常\ndate: 2021-09-30")])
    defer { site.remove() }
    for (path, data) in files { try site.write(path, data) }
    try prepare(site)
    do {
        _ = try SiteLoader.load(root: site.root)
        return []
    } catch let f as BuildFailure {
        return f.diagnostics
    } catch let d as Diagnostic {
        return [d]
    }
}

func loadProblems(_ path: String, _ text: String) throws -> [Diagnostic] {
    try loadProblems([path: Data(text.utf8)])
}

/// The one problem reported for `file`, which must exist.
func problem(in problems: [Diagnostic], file: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Diagnostic {
    try #require(problems.first { $0.file == file }, "no problem reported for \(file): \(problems)", sourceLocation: sourceLocation)
}
