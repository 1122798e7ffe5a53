import BeaconContent
import BeaconCore
import BeaconTheme
import Foundation

extension Starter {
    /// `beacon theme override FILE`: copies one file of the theme built into Beacon to the same
    /// path under the site's `themes/<theme>/`, where it replaces the built-in one. `file` is
    /// the path inside the theme (`templates/base.mustache`); `themes/default/…` in front, or
    /// just a file name that only one theme file has (`site.css`), is accepted too. Returns the
    /// site-relative path written. An unknown file is an error listing the closest names.
    @discardableResult
    public static func overrideThemeFile(_ file: String, site: URL) throws -> String {
        let config = try? SiteConfig.load(try SourceText.read(site.appendingPathComponent("site.yaml"), path: "site.yaml"))
        guard config != nil || FileManager.default.fileExists(atPath: site.appendingPathComponent("site.yaml").path) else {
            throw Diagnostic.error("site.yaml", "There is no site.yaml in \(site.path), so this folder is not a Beacon site.",
                                   hint: "Run the command in the site's folder, or pass `--site DIR`.")
        }
        let theme = config?.theme ?? "default"
        let path = try builtinThemePath(file)
        let target = "themes/\(theme)/\(path)"
        let url = site.appendingPathComponent(target)
        if FileManager.default.fileExists(atPath: url.path) {
            throw Diagnostic.error(target, "The site already has its own copy of this file; `beacon theme override` never overwrites a file.",
                                   hint: "Edit it, or delete it to go back to the built-in version.")
        }
        try write(BuiltinTheme.file(path) ?? Data(), to: url)
        return target
    }

    /// The built-in theme's path that `file` names.
    static func builtinThemePath(_ file: String) throws -> String {
        var name = file.replacingOccurrences(of: "\\", with: "/")
        while name.hasPrefix("./") { name.removeFirst(2) }
        if let range = name.range(of: "themes/"), let slash = name[range.upperBound...].firstIndex(of: "/") {
            name = String(name[name.index(after: slash)...])
        }
        let paths = BuiltinTheme.files.map(\.path)
        if paths.contains(name) { return name }
        let sameName = paths.filter { $0.split(separator: "/").last.map(String.init) == name }
        if sameName.count == 1 { return sameName[0] }
        let close = closestPaths(to: name, among: paths)
        throw Diagnostic.error(nil, "The built-in theme has no file `\(file)`.",
                               hint: "Name a file as its path in the theme. Closest: \(close.map { "`\($0)`" }.joined(separator: ", ")).")
    }

    /// The few theme paths nearest to `name`: same file name first, then by edit distance of the
    /// whole path and of the file name alone.
    static func closestPaths(to name: String, among paths: [String]) -> [String] {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        func score(_ p: String) -> Int {
            let pBase = p.split(separator: "/").last.map(String.init) ?? p
            let whole = NearestName.distance(Array(name.lowercased()), Array(p.lowercased()))
            let file = NearestName.distance(Array(base.lowercased()), Array(pBase.lowercased()))
            return min(whole, file * 2 + (pBase.hasPrefix(base.split(separator: ".").first.map(String.init) ?? base) ? 0 : 1))
        }
        return paths.map { ($0, score($0)) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(5).map(\.0)
    }
}
