import BeaconContent
import BeaconCore

/// Writes an amount of money in a language exactly as the statistics write theirs:
/// `32600000` → `3260万元` / `32.6 million yuan`; "more than" `3150000` → `315余万元`.
/// A value (the theme's words), so every output that prints a loss holds the same writer.
public struct MoneyWriter: Sendable {
    let strings: ThemeStrings

    public init(strings: ThemeStrings) { self.strings = strings }

    /// `yuan` in `language`, with `approx` for "more than" (`余`).
    public func text(_ yuan: Int, approx: Bool = false, language: Language) -> String {
        StatsWriter(language: language, strings: strings).figure(StatNumber(yuan), approx: approx, unit: .known("yuan"))
    }
}
