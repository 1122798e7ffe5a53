import Foundation

/// Maps a request target to a file inside the served folder, refusing anything that could
/// leave it: `..` segments (also percent-encoded, `%2e%2e`), backslashes, NUL bytes, targets
/// that are not origin-form paths, and symbolic links that resolve outside the folder.
public enum SafePath {
    public enum Resolution: Equatable, Sendable {
        /// A regular file inside the folder.
        case file(URL)
        /// A file of an in-memory build: its output path.
        case memory(String)
        /// A folder requested without its trailing slash: redirect so relative links work.
        case redirect(String)
        case notFound
        /// The request tried to leave the folder.
        case refused
    }

    /// The decoded path of a raw request target (`/cases/x/?q=1` → `/cases/x/`), or nil
    /// when the target is one Beacon refuses outright.
    public static func decodedPath(ofTarget target: String) -> String? {
        var raw = target
        if let q = raw.firstIndex(where: { $0 == "?" || $0 == "#" }) { raw = String(raw[..<q]) }
        guard raw.hasPrefix("/"), !raw.hasPrefix("//") else { return nil }
        guard let decoded = raw.removingPercentEncoding else { return nil }
        if decoded.contains("\\") || decoded.contains("\u{0}") { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false)
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return nil }
        return decoded
    }

    /// Where `target` leads inside `root`.
    public static func resolve(target: String, in root: URL) -> Resolution {
        guard let path = decodedPath(ofTarget: target) else { return .refused }
        let rootReal = root.resolvingSymlinksInPath().standardizedFileURL.path
        var url = URL(fileURLWithPath: rootReal + path)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else { return .notFound }
        if isDir.boolValue {
            guard path.hasSuffix("/") else { return .redirect(path + "/") }
            url = url.appendingPathComponent("index.html")
        }
        let real = url.resolvingSymlinksInPath().standardizedFileURL.path
        guard real.hasPrefix(rootReal + "/") else { return .refused }
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDir), !isDir.boolValue else { return .notFound }
        return .file(URL(fileURLWithPath: real))
    }

    /// Where `target` leads among the files of an in-memory build.
    public static func resolve(target: String, in files: [String: Data]) -> Resolution {
        guard let path = decodedPath(ofTarget: target) else { return .refused }
        let key = String(path.dropFirst())
        if key.isEmpty || key.hasSuffix("/") { return files[key + "index.html"] != nil ? .memory(key + "index.html") : .notFound }
        if files[key] != nil { return .memory(key) }
        return files[key + "/index.html"] != nil ? .redirect(path + "/") : .notFound
    }
}

extension SafePath.Resolution {
    /// The file of a `.file` resolution.
    var file: URL? { if case .file(let url) = self { return url }; return nil }
}
