extension NumberDetector {
    /// False when `text` can hold no number the detector reports: every ID, phone or card
    /// number has at least 11 digits, written in one run of digits and separators (`DigitChunker`:
    /// its digits, `separators`, and the `)` of `(+86)`). The run is counted over scalars; the
    /// chunker's characters are single scalars of the same kinds, so a run here is at least as
    /// long as any chunk.
    static func mayContainNumber(_ text: String) -> Bool {
        var text = text
        // Scalars decoded from the contiguous UTF-8 (walking `unicodeScalars` cost more than the rest).
        return text.withUTF8 { bytes in
            var digits = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = UInt32(bytes[i])
                let v: UInt32
                if b0 < 0x80 {
                    v = b0; i += 1
                } else if b0 < 0xE0, i + 1 < n {
                    v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1]) & 0x3F; i += 2
                } else if b0 < 0xF0, i + 2 < n {
                    v = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | UInt32(bytes[i + 2]) & 0x3F; i += 3
                } else {
                    v = 0x10000; i += 4   // four bytes: no digit or separator
                }
                switch v {
                case 0x30...0x39, 0xFF10...0xFF19:
                    digits += 1
                    if digits >= 11 { return true }
                case 0x20, 0x2D, 0xA0, 0x3000, 0x2010, 0x2011, 0x2013, 0xFF0D, 0x29, 0xFF09:
                    continue
                default:
                    digits = 0
                }
            }
            return false
        }
    }
}
