import BeaconContent
import BeaconCore
@testable import BeaconStats
import Testing

/// Whatever 万, 亿 or million a figure is written with, it reads back as exactly the figure
/// typed: the writer never rounds.
@Suite struct NumberRoundTripTests {
    /// Figures of every size, many with trailing zeros (the ones that get a scale word).
    static let figures: [Int] = {
        var out: [Int] = [0, 1, 9, 10, 9999, 10000, 10001, 99_990_000, 100_000_000, 123_456_789_012_345]
        var seed: UInt64 = 0x9E3779B97F4A7C15
        for _ in 0..<3000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let digits = Int(seed >> 60) + 1                    // 1…16 digits before trimming
            let zeros = Int((seed >> 52) & 0xF) % 12            // trailing zeros
            var n = Int((seed >> 8) % 1_000_000_000_000_000)
            n = n % [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
                     10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000,
                     1_000_000_000_000_000][min(digits, 15)]
            for _ in 0..<zeros where n < 100_000_000_000_000 { n *= 10 }
            out.append(n)
        }
        return out
    }()

    @Test func chineseReadsBackExactly() {
        let style = SiteLanguage(Language.zh, strings: StatsFixtures.strings).numbers
        for n in Self.figures {
            let written = style.number(StatNumber(n))
            let back = StatNumber.converted(written) ?? StatNumber(parsing: written)
            #expect(back == StatNumber(n), "\(n) was written \(written)")
            #expect(!written.contains("亿") || !written.contains("万"), "\(n) mixes 亿 and 万: \(written)")
        }
    }

    @Test func englishReadsBackExactly() {
        let style = SiteLanguage(Language.en, strings: StatsFixtures.strings).numbers
        for n in Self.figures {
            let written = style.number(StatNumber(n))
            var text = written.replacingOccurrences(of: ",", with: "")
            var exponent = 0
            for (word, e) in [(" billion", 9), (" million", 6)] where text.hasSuffix(word) { text.removeLast(word.count); exponent = e }
            let coefficient = StatNumber(parsing: text)
            let back = coefficient.map { StatNumber(significand: $0.significand * StatNumber.power(max(0, exponent - $0.scale)), scale: max(0, $0.scale - exponent)) }
            #expect(back == StatNumber(n), "\(n) was written \(written)")
        }
    }
}
