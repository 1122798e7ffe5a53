/// How long front-matter text may be before readers see it cut off. Widths are in terminal
/// columns (a Chinese character counts 2, a Latin letter 1), so one limit suits both languages.
public struct StyleLimits: Sendable {
    /// A WeChat share card shows about two lines of title, some 32 hanzi or 64 Latin letters.
    public var titleColumns = 64
    /// Feed readers and WeChat cards show about 140 hanzi or 280 Latin letters of summary.
    public var summaryColumns = 280

    public init() {}

    static func columns(_ s: String) -> Int { s.reduce(0) { $0 + $1.displayWidth } }
}
