extension NumberDetector {
    /// False when `text` can hold no number the detector reports: every ID, phone or card
    /// number has at least 11 digits, written in one run of digits and separators (`DigitChunker`:
    /// its digits, `separators`, and the `)` of `(+86)`). The run is counted over scalars; the
    /// chunker's characters are single scalars of the same kinds, so a run here is at least as
    /// long as any chunk.
    static func mayContainNumber(_ text: String) -> Bool {
        var digits = 0
        for u in text.unicodeScalars {
            switch u.value {
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
