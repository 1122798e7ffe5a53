import BeaconContent
import BeaconCore

extension StatsCollection {
    /// A quote as the website shows it: a figure in `<data>` with its number, a change or rate
    /// in a `<span>` the theme can colour, a chart as its `<figure>` (SVG and table).
    public func html(_ quote: StatQuote, language: SiteLanguage) -> String {
        switch quote.form {
        case .figure(let number, let previous):
            return "<data class=\"stat\(previous ? " stat-previous" : "")\" value=\"\(number)\">\(SVG.escape(quote.text))</data>"
        case .change(let direction):
            return "<span class=\"stat-change stat-change-\(direction.rawValue)\">\(SVG.escape(quote.text))</span>"
        case .rate:
            return "<span class=\"stat-rate\">\(SVG.escape(quote.text))</span>"
        case .label:
            return SVG.escape(quote.text)
        case .chart(let name):
            guard let period = period(quote.period) else { return "" }
            return chartHTML(name, period: period, language: language) ?? ""
        }
    }
}
