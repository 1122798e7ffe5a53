import Foundation

/// The `Content-Type` (and, for LED programs, `Content-Disposition`) a preview response
/// carries, chosen from the file name and, for `.txt`, from the bytes themselves.
public struct ContentType: Sendable, Equatable {
    public var mime: String
    /// File name to offer as a download, or nil to show the file in the browser.
    public var downloadName: String?

    public init(mime: String, downloadName: String? = nil) {
        self.mime = mime
        self.downloadName = downloadName
    }

    public var isHTML: Bool { mime.hasPrefix("text/html") }

    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json", "xml": "application/xml; charset=utf-8", "svg": "image/svg+xml",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "avif": "image/avif", "ico": "image/x-icon", "pdf": "application/pdf",
        "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
        "yaml": "text/plain; charset=utf-8", "md": "text/plain; charset=utf-8", "csv": "text/csv; charset=utf-8",
        "webmanifest": "application/manifest+json", "map": "application/json", "wasm": "application/wasm",
    ]

    /// The type of `name` with content `bytes`.
    ///
    /// A `.txt` file that is not UTF-8 is an LED program in the board's GB2312/GBK charset:
    /// browsers would show it as mojibake, so it is offered as a download (GB18030 is the
    /// superset that names both), the form the LED controller software imports.
    public static func of(name: String, bytes: Data) -> ContentType {
        let ext = (name as NSString).pathExtension.lowercased()
        if ext == "txt" {
            if String(data: bytes, encoding: .utf8) != nil { return ContentType(mime: "text/plain; charset=utf-8") }
            return ContentType(mime: "text/plain; charset=gb18030", downloadName: name)
        }
        if name == "feed.xml" || name.hasSuffix(".atom") { return ContentType(mime: "application/atom+xml; charset=utf-8") }
        return ContentType(mime: byExtension[ext] ?? "application/octet-stream")
    }
}
