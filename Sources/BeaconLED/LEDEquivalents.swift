/// Characters boards' character sets often lack, and what to show instead.
enum LEDEquivalents {
    /// Safe equivalents put in automatically (with a warning) when the board's set lacks the
    /// character: same meaning, same look on a board. The first candidate the set has is used.
    static let safe: [Character: [String]] = [
        "\u{2014}": ["\u{2015}\u{2015}"],          // — em dash: a Chinese dash is two bars, GB2312 has ― (A1AA)
        "\u{00B7}": ["\u{30FB}"],                  // · middle dot (names like 买买提·吐尔逊) → ・ (A1A4)
        "\u{00A5}": ["\u{FFE5}"],                  // ¥ → ￥ full-width yuan sign
        "\u{301C}": ["\u{FF5E}"],                  // 〜 wave dash → ～
        "\u{2022}": ["\u{30FB}", "\u{00B7}"],      // • bullet → ・
        "\u{2212}": ["\u{FF0D}", "-"],             // − minus sign → －
        "\u{2013}": ["\u{FF0D}", "-"],             // – en dash (ranges) → －
        "\u{22EF}": ["\u{2026}"],                  // ⋯ → …
        "\u{FF0E}": ["."],                         // ． full-width full stop in numbers → .
    ]

    /// Suggestions named in the error for characters without a safe equivalent: these change
    /// the words, so a person decides.
    static let suggested: [Character: String] = [
        "€": "欧元", "©": "(C)", "®": "(R)", "™": "TM", "\u{00BD}": "1/2", "\u{2109}": "F",
    ]

    /// Spaces that should be an ordinary space.
    static func isOddSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x0009: return true
        default: return false
        }
    }

    /// Invisible characters to drop: zero-width spaces and joiners, BOM, soft hyphen, emoji presentation selectors.
    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD, 0xFE0E, 0xFE0F: return true
        default: return false
        }
    }
}
