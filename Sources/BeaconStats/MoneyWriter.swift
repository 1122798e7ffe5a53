import BeaconContent
import BeaconCore

/// Writes an amount of money in a language exactly as the statistics write theirs:
/// `32600000` → `3260万元` / `32.6 million yuan`; "more than" `3150000` → `315万余元`.
/// A value (the site's resolved languages), so every output that prints a loss holds the same writer.
public struct MoneyWriter: Sendable {
    let writers: [StatsWriter]

    public init(languages: [SiteLanguage]) { writers = languages.map(StatsWriter.init) }

    /// `yuan` in `language`, with `approx` for "more than" (`余`); a language the site does not
    /// have is written in plain digits.
    public func text(_ yuan: Int, approx: Bool = false, language: Language) -> String {
        let writer = writers.first { $0.language.language == language } ?? StatsWriter(SiteLanguage(language, words: [:]))
        return writer.figure(StatNumber(yuan), approx: approx, unit: .known("yuan"))
    }
}
