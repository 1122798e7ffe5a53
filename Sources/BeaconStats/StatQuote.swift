import BeaconCore

/// What a `{{< stat … >}}` or `{{< chart … >}}` shortcode stands for, as a value: the words in
/// the quoting page's language and the number behind them. Every output takes `text` as it is
/// (search, summaries, feeds, leaflets); only the website wraps it in HTML (`html(_:)`).
public struct StatQuote: Sendable, Hashable {
    public enum Form: Sendable, Hashable {
        /// The metric's value with its unit (`838起`); `previous`: the year before's.
        case figure(StatNumber, previous: Bool)
        /// The year-on-year change: `同比下降53.29%`.
        case change(ChangeDirection)
        /// A rate of another figure: `18.14%`.
        case rate(StatNumber)
        /// The metric's name: `立电诈刑事案件`.
        case label
        /// A chart (`monthly.cases_filed`, `by_type`, `comparison`): no words, a figure only
        /// the website draws.
        case chart(String)
    }

    public let form: Form
    /// The written form in the page's language; empty for a chart.
    public let text: String
    /// The period quoted (`2021-10`).
    public let period: String

    public init(form: Form, text: String, period: String) {
        self.form = form
        self.text = text
        self.period = period
    }

    /// A chart stands in a paragraph of its own and replaces it.
    public var isBlock: Bool {
        if case .chart = form { return true }
        return false
    }
}
