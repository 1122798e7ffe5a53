import BeaconCore
import Foundation

/// The lines of the site's files that messages come from, read once and shared by every
/// board, so an error can quote the line and point at the character.
final class LEDSourceLines: Sendable {
    private let root: URL
    private let files = Locked<[String: [Substring]]>([:])

    init(root: URL) { self.root = root }

    /// Line `line` (1-based) of `file` (relative to the site), or nil.
    func line(_ file: String, _ line: Int) -> String? {
        files.update { files in
            if files[file] == nil {
                let text = (try? SourceText.read(root.appendingPathComponent(file), path: file))?.text ?? ""
                files[file] = text.split(separator: "\n", omittingEmptySubsequences: false)
            }
            guard let lines = files[file], line >= 1, line <= lines.count else { return nil }
            return String(lines[line - 1])
        }
    }
}
