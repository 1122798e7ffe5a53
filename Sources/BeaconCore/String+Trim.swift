/// `trimmingCharacters(in: .whitespaces)` and `(in: .whitespacesAndNewlines)` without Foundation.
///
/// Foundation trims through `NSString` and UTF-16 and was over 6% of a build's instructions,
/// from many small calls. Its answer is per Unicode scalar (a space before a combining mark
/// is trimmed; the mark stays), with the sets of CoreFoundation on this platform:
/// `.whitespaces` is tab, space, U+00A0, U+1680, U+2000–U+200B, U+202F, U+205F and U+3000;
/// `.whitespacesAndNewlines` adds U+000A–U+000D, U+0085, U+2028 and U+2029.
/// These read the same scalars from the UTF-8 bytes (`TrimTests` holds them to Foundation's
/// answers for every scalar).
public enum Blank {
    /// Foundation's `CharacterSet.whitespaces`.
    @inline(__always)
    public static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Foundation's `CharacterSet.whitespacesAndNewlines`.
    @inline(__always)
    public static func isSpaceOrNewline(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: isSpace(v)
        }
    }

    /// Byte offsets `start..<end` of `bytes` (valid UTF-8) without the leading and trailing
    /// scalars `blank` accepts. No blank scalar takes four bytes.
    static func core(_ bytes: UnsafeBufferPointer<UInt8>, _ blank: (UInt32) -> Bool) -> (Int, Int) {
        let n = bytes.count
        var start = 0
        while start < n {
            let b0 = UInt32(bytes[start])
            let v: UInt32
            let len: Int
            if b0 < 0x80 {
                v = b0; len = 1
            } else if b0 < 0xE0, start + 1 < n {
                v = (b0 & 0x1F) << 6 | UInt32(bytes[start + 1]) & 0x3F; len = 2
            } else if b0 < 0xF0, start + 2 < n {
                v = (b0 & 0x0F) << 12 | (UInt32(bytes[start + 1]) & 0x3F) << 6 | UInt32(bytes[start + 2]) & 0x3F; len = 3
            } else {
                break
            }
            guard blank(v) else { break }
            start += len
        }
        var end = n
        while end > start {
            var s = end - 1
            while s > start, bytes[s] & 0xC0 == 0x80 { s -= 1 }
            let b0 = UInt32(bytes[s])
            let v: UInt32
            switch end - s {
            case 1: v = b0
            case 2: v = (b0 & 0x1F) << 6 | UInt32(bytes[s + 1]) & 0x3F
            case 3: v = (b0 & 0x0F) << 12 | (UInt32(bytes[s + 1]) & 0x3F) << 6 | UInt32(bytes[s + 2]) & 0x3F
            default: return (start, end)
            }
            guard blank(v) else { break }
            end = s
        }
        return (start, end)
    }
}

extension String {
    /// `trimmingCharacters(in: .whitespaces)`, the same answer without Foundation (see `Blank`).
    public func trimmingSpaces() -> String { Blank.trim(self[...], Blank.isSpace) ?? self }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, the same answer without Foundation.
    public func trimmingSpacesAndNewlines() -> String { Blank.trim(self[...], Blank.isSpaceOrNewline) ?? self }
}

extension Substring {
    /// `trimmingCharacters(in: .whitespaces)`, the same answer without Foundation (see `Blank`).
    public func trimmingSpaces() -> String { Blank.trim(self, Blank.isSpace) ?? String(self) }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, the same answer without Foundation.
    public func trimmingSpacesAndNewlines() -> String { Blank.trim(self, Blank.isSpaceOrNewline) ?? String(self) }

    /// Without the leading and trailing scalars `blank` accepts (by value); for sets that
    /// add to `Blank`'s, such as clause marks. No scalar of four UTF-8 bytes is trimmed.
    public func trimming(where blank: (UInt32) -> Bool) -> String { Blank.trim(self, blank) ?? String(self) }
}

extension Blank {
    /// The trimmed text, or nil when nothing is trimmed.
    @inline(__always)
    static func trim(_ text: Substring, _ blank: (UInt32) -> Bool) -> String? {
        var text = text
        let (start, end, count) = text.withUTF8 { buf in
            let (s, e) = core(buf, blank)
            return (s, e, buf.count)
        }
        if start == 0, end == count { return nil }
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: start)
        let to = utf8.index(from, offsetBy: end - start)
        return String(text.unicodeScalars[from..<to])
    }
}
