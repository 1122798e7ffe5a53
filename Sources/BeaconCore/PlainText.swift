import Foundation

/// Finding text in a line without Foundation where that gives the same answer.
///
/// `StringProtocol.contains` is Foundation's search: whole characters, equal up to canonical
/// equivalence (a precomposed `é` matches `e` + U+0301). Asked for every line of every page
/// and every placeholder sentence, it was most of loading a large site (`Placeholders`), and
/// a visible part of rendering Markdown (placing links on their lines). For text made only of
/// `PlainText` scalars — each one a character of its own, none with a canonical decomposition
/// or able to join a neighbour — canonical equivalence is plain equality, so a byte search
/// gives the same answer; any other line or sentence still goes through Foundation.
/// (`PlaceholderSearchTests` holds the two to the same answers.)
public enum PlainText {
    /// Tab, printable ASCII, Latin-1 punctuation and signs (`·`, `×`; not the soft hyphen),
    /// general punctuation (dashes, curly quotes, `…`), CJK punctuation (not the combining tone
    /// marks U+302A–U+302F), CJK ideographs (extension A and the unified block; not the
    /// compatibility ideographs, which decompose) and full-width forms.
    @inline(__always)
    public static func isPlain(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x20...0x7E, 0xA0...0xAC, 0xAE...0xBF, 0xD7, 0xF7, 0x2010...0x2027, 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xFF01...0xFF5E, 0xFFE0...0xFFE6: true
        default: false
        }
    }

    /// `text.split(separator: "\n", omittingEmptySubsequences: false)`, found by bytes: a line
    /// feed is always a character of its own unless a carriage return comes before it (then
    /// the split by characters decides, as before).
    public static func lines(_ text: String) -> [Substring] {
        var bytes = text
        // Byte offsets of the line feeds, found in the contiguous UTF-8 (nil: a carriage return).
        let feeds: [Int]? = bytes.withUTF8 { buf in
            var out: [Int] = []
            for i in 0..<buf.count {
                let b = buf[i]
                if b == 0x0A { out.append(i) } else if b == 0x0D { return nil }
            }
            return out
        }
        guard let feeds else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        let utf8 = text.utf8
        var out: [Substring] = []
        out.reserveCapacity(feeds.count + 1)
        var start = utf8.startIndex
        for offset in feeds {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            out.append(text[start..<end])
            start = utf8.index(after: end)
        }
        out.append(text[start...])
        return out
    }

    /// Whether every scalar of `text` is plain, read as UTF-8 bytes: walking scalars through
    /// `StringProtocol` was most of the placeholder check on a large site.
    public static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isPlainUTF8)
    }

    public static func isPlain(_ text: Substring) -> Bool {
        var text = text
        return text.withUTF8(isPlainUTF8)
    }

    /// `isPlain` of valid UTF-8: every scalar decoded from its bytes. No plain scalar needs
    /// four bytes.
    public static func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { isPlainUTF8(bytes, lineFeeds: false) }

    /// `isPlain` of every line of a text (each line's characters plain, lines ended by line
    /// feeds only), read as UTF-8 bytes. No plain scalar is a line break or joins one.
    public static func linesArePlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isPlainUTF8($0, lineFeeds: true) }
    }

    /// `isPlain` of valid UTF-8, line feeds allowed or not. Eight bytes of printable ASCII are
    /// passed at once, and a hanzi of U+5000–U+9FFF (lead byte E5–E9, all plain) without
    /// decoding it: scalar by scalar, this test was 2% of a build, most of it the placeholder
    /// check of whole bodies.
    static func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>, lineFeeds: Bool) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0
        let n = bytes.count
        while i < n {
            if i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
                // No byte above 0x7F, none below 0x20 and none equal to 0x7F (each test exact
                // once the bytes are below 0x80).
                let del = w ^ (0x7F &* ones)
                if (w & high) | ((w &- 0x20 &* ones) & ~w & high) | ((del &- ones) & ~del & high) == 0 {
                    i += 8
                    continue
                }
            }
            let b0 = UInt32(bytes[i])
            if b0 &- 0xE5 < 5, i + 2 < n {
                i += 3
                continue
            }
            if b0 < 0x80 {
                guard b0 == 0x09 || (0x20...0x7E).contains(b0) || (lineFeeds && b0 == 0x0A) else { return false }
                i += 1
            } else if b0 < 0xE0 {
                guard i + 1 < n, isPlain((b0 & 0x1F) << 6 | UInt32(bytes[i + 1]) & 0x3F) else { return false }
                i += 2
            } else if b0 < 0xF0 {
                guard i + 2 < n, isPlain((b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | UInt32(bytes[i + 2]) & 0x3F) else { return false }
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Whether `line` contains `sentence`, as `line.contains(sentence)` (Foundation) answers.
    /// `plainLine` and `plainSentence` are `isPlain` of each, worked out once.
    public static func contains(_ line: Substring, _ sentence: String, plainLine: Bool, plainSentence: Bool) -> Bool {
        // Foundation finds no empty string, not even in an empty line.
        if plainLine, plainSentence, !sentence.isEmpty { return containsBytes(line, sentence) }
        return line.contains(sentence)
    }

    /// A byte search. UTF-8 never starts a scalar inside another, so a byte match is a match
    /// of whole scalars.
    public static func containsBytes(_ line: Substring, _ needle: String) -> Bool {
        var line = line
        var needle = needle
        return line.withUTF8 { hay in needle.withUTF8 { ByteSearch.firstIndex(of: $0, in: hay) != nil } }
    }
}
