import BeaconTheme
import Foundation

/// A site's theme as Hugo layers it: the site's own `themes/<name>/` over the default theme
/// built into Beacon. A file at the same path in the site's folder replaces the base's; every
/// other file comes from the base. String files (`i18n/<lang>/*.yaml`) merge key by key
/// instead (see `ThemeStrings`), so a site's file holds only the words it changes.
public struct ThemeLayers: Sendable, Hashable {
    /// `theme:` in site.yaml.
    public let name: String
    /// The site's own folder, `themes/<name>/`; it may not exist.
    public let own: URL
    /// The base theme; nil when Beacon runs without one (then the site's folder is the whole theme).
    public let base: URL?
    public let siteRoot: URL

    /// The default theme built into Beacon, as a folder (nil if it could not be written out).
    public static var builtin: URL? { BuiltinTheme.folder }

    public init(name: String, siteRoot: URL, base: URL?) {
        self.name = name
        self.siteRoot = siteRoot.standardizedFileURL
        own = self.siteRoot.appendingPathComponent("themes").appendingPathComponent(name)
        self.base = base?.standardizedFileURL
    }

    /// Whether the site has its own theme folder.
    public var hasOwn: Bool { FileManager.default.fileExists(atPath: own.path) }

    /// The folders that exist, the site's own first.
    public var folders: [URL] { (hasOwn ? [own] : []) + (base.map { [$0] } ?? []) }

    /// The file at `path` (relative to the theme folder), from the first layer that has it.
    public func file(_ path: String) -> URL? {
        folders.map { $0.appendingPathComponent(path) }.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Where a theme file is named in messages and where a site overrides it:
    /// `themes/<name>/<path>`, whichever layer it came from.
    public func displayPath(_ path: String) -> String { "themes/\(name)/\(path)" }

    /// `displayPath` of a file inside one of the layers.
    public func displayPath(of url: URL) -> String {
        let p = url.standardizedFileURL.path
        for folder in folders where p.hasPrefix(folder.path + "/") { return displayPath(String(p.dropFirst(folder.path.count + 1))) }
        return relative(url, to: siteRoot)
    }

    /// Every file under `folder` (`templates`, `static`) in any layer, with its path relative
    /// to `folder`; where both layers have a path, the site's own. Sorted by path.
    public func files(in folder: String) -> [(url: URL, path: String)] {
        var found: [String: URL] = [:]
        for layer in folders.reversed() {
            let dir = layer.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { continue }
            let root = dir.standardizedFileURL.path
            for case let url as URL in walker where Self.isRegularFile(url) {
                found[relative(url, toStandardized: root)] = url
            }
        }
        return found.sorted { $0.key < $1.key }.map { ($0.value, $0.key) }
    }

    /// What `URL.resourceValues` says of `isRegularFile`, from one `lstat` for anything but a
    /// link: Foundation's lookup cost about 330,000 instructions a file, on one core before any
    /// page of the website renders.
    static func isRegularFile(_ url: URL) -> Bool {
        var st = stat()
        if lstat(url.path, &st) == 0, st.st_mode & S_IFMT != S_IFLNK { return st.st_mode & S_IFMT == S_IFREG }
        return (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
    }

    /// Every file of every layer (for fingerprints), the base's first.
    public var allFiles: [URL] {
        folders.reversed().flatMap { layer -> [URL] in
            (FileManager.default.enumerator(at: layer, includingPropertiesForKeys: nil)?.allObjects.compactMap { $0 as? URL } ?? [])
                .sorted { $0.path < $1.path }
        }
    }
}
