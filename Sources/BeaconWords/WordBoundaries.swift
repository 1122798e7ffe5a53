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
    /// ICU's dictionary does not know every word: it gives `来电` and `接听` as single hanzi
    /// (`来|电`, `接|听`). A run of such single hanzi (up to four) is kept together as one word,
    /// so a slogan breaks `来电，/ 请务必接听`, never `接 / 听` (`joiningSingles`; the leaflets ask
    /// for it, posters keep ICU's words as they are).
    public static func words(_ text: String, locale: String, joiningSingles: Bool = true) -> [(Int, Int)] {
        let b = offsets(text, locale: locale)
        let bytes = Array(text.utf8)
        var out: [(Int, Int)] = []
        var singles: [(Int, Int)] = []
        // A run of more than four is parted into even words, none a lone hanzi (`链接不点击`:
        // `链接 / 不点击`, not `链接不点 / 击`, which clerk8's flap printed).
        func flush() {
            let parts = (singles.count + 3) / 4
            var from = 0
            for k in 0..<parts {
                let to = singles.count * (k + 1) / parts
                if to - from >= 2 { out.append((singles[from].0, singles[to - 1].1)) }
                from = to
            }
            singles = []
        }
        for (start, end) in zip(b, b.dropFirst()) {
            let word = String(decoding: bytes[start..<end], as: UTF8.self)
            if joiningSingles, word.count == 1, word.unicodeScalars.first?.properties.isIdeographic == true {
                singles.append((start, end))
                continue
            }
            flush()
            if word.count >= 2 && !word.contains(" ") { out.append((start, end)) }
        }
        flush()
        return out
    }
}
