import BeaconCore

/// How one language writes figures, read from the theme's `stats.yaml` (`stats.number.*`), so that
/// 万/亿 and "million" are data, not code: Chinese writes 4400万, English 44 million. The data
/// lives here, beside the theme words it is read from (`SiteLanguage.numbers`); writing a
/// `StatNumber` with it is the statistics' part (`NumberStyle+Format.swift` in BeaconStats).
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

    /// The style written in a language's theme words (`stats.number.*` of `stats.yaml`); missing
    /// entries fall back to plain digits. `SiteLanguage` makes it once per language.
    public init(words: [String: String]) {
        func value(_ key: String) -> String? { words["stats.number.\(key)"] }
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

    /// Whole-number digits with this language's group separator: `18,744`, `18744` (digits
    /// only; the statistics' writer and `SiteLanguage.count` both group through here).
    public func grouped(_ whole: String) -> String {
        guard !groupSeparator.isEmpty, whole.count >= groupMinDigits else { return whole }
        var out: [String] = []
        var chars = Array(whole)
        while chars.count > 3 { out.insert(String(chars.suffix(3)), at: 0); chars.removeLast(3) }
        out.insert(String(chars), at: 0)
        return out.joined(separator: groupSeparator)
    }
}
