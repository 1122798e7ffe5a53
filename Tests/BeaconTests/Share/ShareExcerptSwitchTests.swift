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
}
