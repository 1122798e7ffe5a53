import BeaconCore
import Foundation

/// The short hash a translation records in `translation_of:` to say which version of the
/// source text it was made from. `beacon check` reports the translation as stale once the
/// source's hash differs; `beacon check --hash FILE` prints the value to record.
///
/// Definition (stable across versions of Beacon, so recorded values stay valid): the body
/// after the front matter, line ends as LF, trailing spaces and tabs of each line removed,
/// blank lines at the start and end removed; then FNV-1a (32-bit) over its UTF-8 bytes,
/// written as 8 lower-case hex digits. Only a change to the text itself changes the hash.
public enum TranslationHash {
    public static func of(body: String) -> String {
        var lines = SourceText.normalizeLineEnds(body).split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var l = line
            while let last = l.last, last == " " || last == "\t" { l.removeLast() }
            return l
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        var hash: UInt32 = 0x811C_9DC5
        for byte in lines.joined(separator: "\n").utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The hash of a content file's body; `path` names it in errors.
    public static func of(file url: URL, path: String) throws -> String {
        let source = try SourceText.read(url, path: path)
        return of(body: try FrontMatter.split(source).body)
    }

    /// True when `value` has the form of a recorded hash.
    public static func isWellFormed(_ value: String) -> Bool {
        value.count == 8 && value.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }
}
