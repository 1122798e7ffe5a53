import CWordBreak

/// Word boundaries from ICU's break iterator: Chinese is segmented with ICU's dictionary
/// (`全区|打击|治理|电信|网络|诈骗|成效`), so a leaflet headline or an LED screen can break
/// between words only.
public enum WordBoundaries {
    /// UTF-8 byte offsets of the boundaries in `text`, start and end included.
    public static func offsets(_ text: String, locale: String) -> [Int] {
        var bytes = Array(text.utf8CString)
        let length = Int32(bytes.count - 1)
        var out = [Int32](repeating: 0, count: Int(length) + 2)
        let n = bytes.withUnsafeMutableBufferPointer { b in
            out.withUnsafeMutableBufferPointer { o in
                beacon_word_boundaries(b.baseAddress, length, locale, o.baseAddress, Int32(o.count))
            }
        }
        return n < 0 ? [] : out.prefix(Int(n)).map(Int.init)
    }

    /// Byte ranges of the words of two characters or more, inside which a headline may not break.
    public static func words(_ text: String, locale: String) -> [(Int, Int)] {
        let b = offsets(text, locale: locale)
        let bytes = Array(text.utf8)
        return zip(b, b.dropFirst()).compactMap { start, end in
            let word = String(decoding: bytes[start..<end], as: UTF8.self)
            return word.count >= 2 && !word.contains(" ") ? (start, end) : nil
        }
    }
}
