import BeaconContent
import BeaconCore
import Foundation

/// The site's own theme files (`themes/<theme>/`) that do not do what a clerk meant: a copy
/// identical to the built-in file (it only stops Beacon's later fixes to that file from
/// reaching the site), and a file whose name is one typo away from a built-in file (it
/// replaces nothing, so the built-in one is still used).
enum ThemeOverrideCheck {
    static func run(_ site: Site) -> [Diagnostic] {
        let layers = site.themeLayers
        guard layers.hasOwn, let base = layers.base else { return [] }
        let basePaths = Set(ThemeLayers(name: layers.name, siteRoot: URL(fileURLWithPath: "/nonexistent"), base: base)
            .files(in: "").map(\.path))
        var out: [Diagnostic] = []
        for folder in ["templates", "i18n", "static", "archetypes"] {
            let dir = layers.own.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                let path = folder + "/" + relative(url, to: dir)
                let shown = layers.displayPath(path)
                if basePaths.contains(path) {
                    if FileManager.default.contentsEqual(atPath: url.path, andPath: base.appendingPathComponent(path).path) {
                        out.append(.warning(shown, "This file is the same as the built-in theme's, so it changes nothing, and Beacon's later fixes to it will not reach the site.",
                                            hint: "Delete it; the built-in file is used in its place."))
                    }
                } else if let near = NearestName.suggest(path, among: basePaths.filter { $0.hasPrefix(folder + "/") }) {
                    out.append(.warning(shown, "This file replaces nothing in the built-in theme, which has no \(path); the built-in \(near) is still used.",
                                        hint: "To change that file, rename this one to \(layers.displayPath(near))."))
                }
            }
        }
        return out
    }
}
