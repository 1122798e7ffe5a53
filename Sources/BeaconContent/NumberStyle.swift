import BeaconCore
import BeaconContent

/// How one language writes figures, read from the theme's `stats.yaml` (`stats.number.*`), so that
/// 万/亿 and "million" are data, not code: Chinese writes 4400万, English 44 million.
public struct NumberStyle: Sendable, Hashable {
    /// A word for a power of ten: 亿 = 10^8, 万 = 10^4, million = 10^6.
    public struct Scale: Sendable, Hashable {
        public var exponent: Int
        public var word: String
        public init(exponent: Int, word: String) { self.exponent = exponent; self.word = word }
    }

    /// Largest first.
    public var scales: [Scale]
    /// A scale is used only when the figure then needs at most this many decimals (3.45亿, 1.739 million).
    public var scaleMaxDecimals: Int
    public var groupSeparator: String
    /// Whole numbers with fewer digits than this are not grouped (`9999` stays as is in Chinese).
    public var groupMinDigits: Int
    public var decimalSeparator: String
    /// `{number}{scale}{unit}`: an exact figure.
    public var exactPattern: String
    /// An approximate figure (`approx: true`): `{number}{scale}余{unit}`, `more than {number} {scale} {unit}`.
    public var approxPattern: String
    /// An approximate figure whose number before the scale word ends in 0: `{number}余{scale}{unit}` (4400余万元).
    public var approxRoundPattern: String
    /// `{number}%`.
    public var percentPattern: String

    public init(scales: [Scale], scaleMaxDecimals: Int, groupSeparator: String, groupMinDigits: Int,
                decimalSeparator: String, exactPattern: String, approxPattern: String, approxRoundPattern: String,
                percentPattern: String) {
        self.scales = scales.sorted { $0.exponent > $1.exponent }
        self.scaleMaxDecimals = scaleMaxDecimals
        self.groupSeparator = groupSeparator
        self.groupMinDigits = groupMinDigits
        self.decimalSeparator = decimalSeparator
        self.exactPattern = exactPattern
        self.approxPattern = approxPattern
        self.approxRoundPattern = approxRoundPattern
        self.percentPattern = percentPattern
    }

    /// The style of `language` from the theme strings; missing entries fall back to plain digits.
    public init(strings: ThemeStrings, language: Language) {
        let table = strings.strings(language)
        func value(_ key: String) -> String? { table["stats.number.\(key)"] }
        var scales: [Scale] = []
        var i = 0
        while let factor = value("scales.\(i).factor") {
            let digits = factor.replacingOccurrences(of: "_", with: "")
            if digits.hasPrefix("1"), digits.dropFirst().allSatisfy({ $0 == "0" }), digits.count > 1 {
                scales.append(Scale(exponent: digits.count - 1, word: value("scales.\(i).word") ?? ""))
            }
            i += 1
        }
        self.init(scales: scales,
                  scaleMaxDecimals: value("scale_max_decimals").flatMap { Int($0) } ?? 2,
                  groupSeparator: value("group_separator") ?? "",
                  groupMinDigits: value("group_min_digits").flatMap { Int($0) } ?? 4,
                  decimalSeparator: value("decimal_separator") ?? ".",
                  exactPattern: value("pattern.exact") ?? "{number}{scale} {unit}",
                  approxPattern: value("pattern.approx") ?? "{number}{scale}+ {unit}",
                  approxRoundPattern: value("pattern.approx_round") ?? value("pattern.approx") ?? "{number}{scale}+ {unit}",
                  percentPattern: value("percent") ?? "{number}%")
    }
}
