@testable import BeaconShare
import Testing

/// The sentence scan asks switches, not sets: each must hold exactly the scalars of its set.
@Suite struct ShareExcerptSwitchTests {
    @Test func eachSwitchIsItsSet() {
        for v in UInt32(0)...0xFFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            #expect(ShareExcerpt.isFullStop(c) == ShareExcerpt.fullStopScalars.contains(c), "U+\(String(v, radix: 16))")
            #expect(ShareExcerpt.isASCIIStop(c) == ShareExcerpt.asciiStopScalars.contains(c), "U+\(String(v, radix: 16))")
            #expect(ShareExcerpt.isCloser(c) == ShareExcerpt.closerScalars.contains(c), "U+\(String(v, radix: 16))")
        }
    }

    /// Beyond ASCII, `isSpace` is Unicode's White_Space, which it decides without the tables above U+3000.
    @Test func isSpaceIsUnicodesWhiteSpaceForEveryScalar() {
        for v in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            // In ASCII only the space, tab, line feed and carriage return count.
            let expected = v < 0x80 ? [0x20, 0x09, 0x0A, 0x0D].contains(v) : c.properties.isWhitespace
            if ShareExcerpt.isSpace(c) != expected { Issue.record("U+\(String(v, radix: 16))") }
        }
    }
}
