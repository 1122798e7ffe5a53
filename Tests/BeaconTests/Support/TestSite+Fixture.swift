import Foundation

extension TestSite {
    /// A site made of the files of `Tests/Fixtures/NAME` (its README.md left out), with `extra`
    /// files added or put in their place.
    static func fixture(_ name: String, extra: [String: String] = [:]) throws -> TestSite {
        let folder = repository.appendingPathComponent("Tests/Fixtures/\(name)")
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard !url.hasDirectoryPath, url.lastPathComponent != "README.md" else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            files[path] = try String(contentsOf: url, encoding: .utf8)
        }
        return try TestSite(files.merging(extra) { $1 })
    }
}
