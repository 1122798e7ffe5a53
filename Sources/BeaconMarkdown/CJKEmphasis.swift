import BeaconCore
import CCmark
import Glibc

/// CommonMark's flanking rules do not let `**` close after Chinese punctuation when a Chinese
/// character follows (`**请务必接听。**后文`), nor open before punctuation after a Chinese
/// character (`他说**“不要转账”**`): the asterisks are published as they are. This applies the
/// "CJK-friendly" amendment (markdown-cjk-friendly, adopted by markdown-it and others) on top
/// of libcmark: before parsing, an invisible marker that cmark counts as punctuation is put
/// between such a delimiter run and the Chinese character beside it, which makes the run
/// flank as the amendment says; after parsing, every marker is taken out of the tree again.
/// Text without CJK next to `*` or `_` is untouched, so English emphasis parses as before.
enum CJKEmphasis {
    /// U+2E2B ONE DOT OVER TWO DOTS PUNCTUATION (Po): punctuation to cmark, and a character no
    /// bulletin contains. A text that does contain it is left alone.
    static let marker: Unicode.Scalar = "\u{2E2B}"

    /// `markdown` with markers where a delimiter run needs one, or nil when none does.
    /// Works on the UTF-8 bytes (`*` and `_` are single bytes that never occur inside another
    /// character's), decoding only the scalars beside each run; the text is copied only when
    /// a marker goes in.
    static func prepare(_ markdown: String) -> String? {
        var markdown = markdown
        return markdown.withUTF8 { bytes -> String? in
            guard bytes.contains(UInt8(ascii: "*")) || bytes.contains(UInt8(ascii: "_")) else { return nil }
            guard markerBytes.withUnsafeBufferPointer({ ByteSearch.firstIndex(of: $0, in: bytes) }) == nil else { return nil }
            // Byte offsets where a marker goes.
            var inserts: [Int] = []
            var i = 0
            while i < bytes.count {
                let c = bytes[i]
                guard c == UInt8(ascii: "*") || c == UInt8(ascii: "_") else { i += 1; continue }
                var end = i
                while end < bytes.count && bytes[end] == c { end += 1 }
                let before = scalar(endingAt: i, in: bytes)
                let after = scalar(startingAt: end, in: bytes)
                let escaped = before == "\\"
                if !escaped, let b = before, let a = after, isCJK(b), isPunctuation(a) {
                    // Opens before punctuation after a CJK character: `他说**“…`.
                    inserts.append(i)
                } else if !escaped, let b = before, let a = after, isPunctuation(b), isCJK(a) {
                    // Closes after punctuation before a CJK character: `…。**后文`.
                    inserts.append(end)
                }
                i = end
            }
            guard !inserts.isEmpty else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + inserts.count * markerBytes.count)
            var from = 0
            for at in inserts {
                out.append(contentsOf: bytes[from..<at])
                out.append(contentsOf: markerBytes)
                from = at
            }
            out.append(contentsOf: bytes[from...])
            return String(decoding: out, as: UTF8.self)
        }
    }

    static let markerBytes = Array(String(marker).utf8)

    /// The scalar whose UTF-8 ends just before byte `i` (valid UTF-8), or nil at the start.
    static func scalar(endingAt i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard i > 0 else { return nil }
        var k = i - 1
        while k > 0, bytes[k] & 0xC0 == 0x80 { k -= 1 }
        return scalar(startingAt: k, in: bytes)
    }

    /// The scalar whose UTF-8 starts at byte `i` (valid UTF-8), or nil at the end.
    static func scalar(startingAt i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard i < bytes.count else { return nil }
        let b = UInt32(bytes[i])
        if b < 0x80 { return Unicode.Scalar(b) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        guard i + length <= bytes.count else { return nil }
        var v = b & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(v)
    }

    /// The warning for `**` that would still be published as two asterisks, on the block's line.
    static func literalAsterisks(file: String, line: Int, excerpt: String?) -> Diagnostic {
        var d = Diagnostic.warning(file, line: line,
                                   "`**` would be published as two asterisks here: the bold mark cannot open or close between this punctuation and the next character.",
                                   hint: "Put the bold mark right around the words and leave the punctuation outside (`**请务必接听**。`), or put a space after the closing `**`; write `\\*\\*` for asterisks meant to be shown.")
        d.excerpt = excerpt
        return d
    }

    /// Takes every marker out of the parsed tree: text, code, raw HTML, link targets and titles.
    /// (A node whose bytes hold no marker is passed over without making Swift strings: the
    /// marker has no other canonically equal form, so Foundation would not find it either.)
    static func strip(in doc: CMarkDocument) {
        let m = String(marker)
        for node in doc.nodes() {
            switch CMarkDocument.type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_INLINE, CMARK_NODE_HTML_BLOCK:
                guard let p = cmark_node_get_literal(node), strstr(p, m) != nil else { continue }
                if let stripped = withoutMarkers(p) { cmark_node_set_literal(node, stripped); continue }
                let literal = String(cString: p)
                if literal.contains(m) { cmark_node_set_literal(node, literal.replacingOccurrences(of: m, with: "")) }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if let p = cmark_node_get_url(node), strstr(p, m) != nil {
                    if let stripped = withoutMarkers(p) { cmark_node_set_url(node, stripped) } else {
                        let url = String(cString: p)
                        if url.contains(m) { cmark_node_set_url(node, url.replacingOccurrences(of: m, with: "")) }
                    }
                }
                if let p = cmark_node_get_title(node), strstr(p, m) != nil {
                    if let stripped = withoutMarkers(p) { cmark_node_set_title(node, stripped) } else {
                        let title = String(cString: p)
                        if title.contains(m) { cmark_node_set_title(node, title.replacingOccurrences(of: m, with: "")) }
                    }
                }
            default:
                break
            }
        }
    }

    /// The C string without its markers, by bytes, where that is what Foundation's
    /// `replacingOccurrences` gives: each marker followed by the end, an ASCII byte or a
    /// character from U+4000 to U+9FFF (lead byte E4–E9) or another marker, none of which joins the marker into
    /// a larger character. Nil otherwise (a kana voicing mark can), and Foundation decides.
    /// (Foundation's search was most of taking the markers out.)
    static func withoutMarkers(_ p: UnsafePointer<CChar>) -> String? {
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: strlen(p))
        let (m0, m1, m2) = (markerBytes[0], markerBytes[1], markerBytes[2])
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if i + 2 < bytes.count, bytes[i] == m0, bytes[i + 1] == m1, bytes[i + 2] == m2 {
                let next = i + 3
                let nextIsMarker = next + 2 < bytes.count && bytes[next] == m0 && bytes[next + 1] == m1 && bytes[next + 2] == m2
                if next < bytes.count, bytes[next] >= 0x80, !(0xE4...0xE9).contains(bytes[next]), !nextIsMarker { return nil }
                i += 3
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Han, kana, hangul, bopomofo and full-width letters and digits: what the amendment calls CJK,
    /// less punctuation (which is punctuation to cmark already).
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        guard !isPunctuation(s) else { return false }
        switch s.value {
        case 0x1100...0x11FF, 0x2E80...0x2FDF, 0x3040...0x30FF, 0x3100...0x312F, 0x3130...0x318F, 0x31A0...0x31FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xF900...0xFAFF,
             0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF66...0xFFDC, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// What cmark 0.30 counts as punctuation: ASCII punctuation and Unicode's P categories.
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (0x21...0x2F).contains(s.value) || (0x3A...0x40).contains(s.value) || (0x5B...0x60).contains(s.value) || (0x7B...0x7E).contains(s.value) }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
