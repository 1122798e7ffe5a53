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
        let text = try linesToUTF8(data, path: path)
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

    /// The file in UTF-8, converted line by line: a line that is UTF-8 already stays as it is,
    /// any other is read as GBK. A file with one paragraph pasted from a GBK document into
    /// UTF-8 text is common, and converting the whole file as GBK would garble the rest.
    static func linesToUTF8(_ data: Data, path: String) throws -> Data {
        var out = Data()
        out.reserveCapacity(data.count * 3 / 2)
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (n, line) in lines.enumerated() {
            if n > 0 { out.append(0x0A) }
            if String(data: line, encoding: .utf8) != nil {
                out.append(line)
            } else if let converted = gb18030ToUTF8(Data(line)) {
                out.append(converted)
            } else {
                throw Diagnostic.error(path, line: n + 1, "Line \(n + 1) is neither UTF-8 nor GBK, so Beacon cannot tell how to convert it.",
                                       hint: "Open the file in a text editor that can tell its encoding, retype or re-paste that line, and save the file as UTF-8.")
            }
        }
        return out
    }

    /// GB18030 (a superset of GBK and GB2312) to UTF-8 with iconv; nil when a byte does not fit.
    static func gb18030ToUTF8(_ data: Data) -> Data? {
        Iconv(from: "GB18030", to: "UTF-8")?.convert([UInt8](data)).map { Data($0) }
    }
}
