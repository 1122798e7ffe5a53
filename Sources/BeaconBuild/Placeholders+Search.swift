import BeaconCore
import Foundation

/// Finding a placeholder sentence in a line without Foundation where that gives the same answer.
///
/// `StringProtocol.contains` is Foundation's search: whole characters, equal up to canonical
/// equivalence (a precomposed `é` matches `e` + U+0301). Asked for every line of every page
/// and every placeholder sentence, it was most of loading a large site. For text made only of
/// `PlainText` scalars — each one a character of its own, none with a canonical decomposition
/// or able to join a neighbour — canonical equivalence is plain equality, so a byte search
/// gives the same answer; any other line or sentence still goes through Foundation.
/// (`PlaceholderSearchTests` holds the two to the same answers.)
enum PlainText {
    /// Tab, printable ASCII, general punctuation (dashes, curly quotes, `…`), CJK punctuation
    /// (not the combining tone marks U+302A–U+302F), CJK ideographs (extension A and the unified
    /// block; not the compatibility ideographs, which decompose) and full-width forms.
    @inline(__always)
    static func isPlain(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x20...0x7E, 0x2010...0x2027, 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }

    static func isPlain<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.allSatisfy { isPlain($0.value) }
    }

    /// Whether `line` contains `sentence`, as `line.contains(sentence)` (Foundation) answers.
    /// `plainLine` and `plainSentence` are `isPlain` of each, worked out once.
    static func contains(_ line: Substring, _ sentence: String, plainLine: Bool, plainSentence: Bool) -> Bool {
        // Foundation finds no empty string, not even in an empty line.
        if plainLine, plainSentence, !sentence.isEmpty { return containsBytes(line, sentence) }
        return line.contains(sentence)
    }

    /// A byte search. UTF-8 never starts a scalar inside another, so a byte match is a match
    /// of whole scalars.
    static func containsBytes(_ line: Substring, _ needle: String) -> Bool {
        var line = line
        var needle = needle
        return line.withUTF8 { hay in needle.withUTF8 { ByteSearch.firstIndex(of: $0, in: hay) != nil } }
    }
}
