extension NumberDetector {
    /// False when `text` can hold no number the detector reports: every ID, phone or card
    /// number has at least 11 digits, written in one run of digits and separators (`DigitChunker`:
    /// its digits, `separators`, and the `)` of `(+86)`). The run is counted over scalars; the
    /// chunker's characters are single scalars of the same kinds, so a run here is at least as
    /// long as any chunk.
    /// The pass is `PIIDetector.quickTests`, which the build runs for all detectors at once.
    static func mayContainNumber(_ text: String) -> Bool {
        PIIDetector.quickTests(.number, text).contains(.number)
    }

    /// Whether `v` (not a digit) may stand inside a run of digits: a separator or `)`.
    @inline(__always)
    static func continuesRun(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x2D, 0xA0, 0x3000, 0x2010, 0x2011, 0x2013, 0xFF0D, 0x29, 0xFF09: true
        default: false
        }
    }
}
