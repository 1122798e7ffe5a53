import BeaconCore
import Foundation

/// `beacon fix-encoding FILE`: converts a file saved in GBK (GB2312, GB18030) by an older
/// editor to UTF-8, keeping the original as `FILE.bak`.
public enum EncodingFix {
    public enum Outcome: Equatable, Sendable {
        case alreadyUTF8
        /// Converted; the original bytes are in `backup`.
        case converted(backup: URL)
    }

    /// Converts `url` in place; `path` names it in messages.
    public static func fix(_ url: URL, path: String) throws -> Outcome {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw Diagnostic.error(path, "The file cannot be read: \(error.localizedDescription)", hint: "Check the file name.")
        }
        if String(data: data, encoding: .utf8) != nil { return .alreadyUTF8 }
        guard let text = gb18030ToUTF8(data) else {
            throw Diagnostic.error(path, "The file is neither UTF-8 nor GBK, so Beacon cannot tell how to convert it.",
                                   hint: "Open it in a text editor that can tell its encoding and save it as UTF-8.")
        }
        var backup = url.appendingPathExtension("bak")
        var n = 1
        while FileManager.default.fileExists(atPath: backup.path) {
            n += 1
            backup = url.appendingPathExtension("bak\(n)")
        }
        try data.write(to: backup, options: .withoutOverwriting)
        try text.write(to: url, options: .atomic)
        return .converted(backup: backup)
    }

    /// GB18030 (a superset of GBK and GB2312) to UTF-8 with iconv; nil when a byte does not fit.
    static func gb18030ToUTF8(_ data: Data) -> Data? {
        Iconv(from: "GB18030", to: "UTF-8")?.convert([UInt8](data)).map { Data($0) }
    }
}
