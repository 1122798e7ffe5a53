import BeaconCore
import BeaconContent

extension StatsCollection {
    /// The shortcodes this module renders: `{{< stat … >}}` and `{{< chart … >}}`.
    public static let shortcodeNames: Set<String> = ["stat", "chart"]
    static let statForms = ["value", "change", "rate", "previous", "label"]

    /// The website's HTML for a shortcode: `quote(…)` wrapped by `html(_:)`.
    public func renderShortcode(name: String, arguments: [String], options: [String: String], language: SiteLanguage,
                                date: Day? = nil) throws -> String {
        html(try quote(name: name, arguments: arguments, options: options, language: language, date: date),
             language: language)
    }

    /// The value of `{{< stat NAME [change|rate|previous|label] [period=P] >}}` or
    /// `{{< chart monthly.NAME|by_type|comparison [period=P] >}}`. Throws a `Diagnostic` without
    /// file or line (the caller knows them) for an unknown metric, period or chart.
    /// `date` is the quoting page's date: without `period=`, the figures are those of the
    /// latest period that had ended by then (`pinned(to:)`).
    public func quote(name: String, arguments: [String], options: [String: String], language: SiteLanguage,
                      date: Day? = nil) throws -> StatQuote {
        guard Self.shortcodeNames.contains(name) else {
            throw Diagnostic.error(nil, "`\(name)` is not a statistics shortcode.", hint: NearestName.hint(for: name, among: Self.shortcodeNames.sorted(), noun: "shortcodes"))
        }
        for key in options.keys.sorted() where key != "period" {
            throw Diagnostic.error(nil, "The `\(name)` shortcode has no option `\(key)`.", hint: "The only option is `period=…`, e.g. `{{< \(name) … period=2021-h1 >}}`.")
        }
        let period = try resolvePeriod(options["period"], shortcode: name, date: date)
        guard let subject = arguments.first else {
            let which: Message = name == "stat" ? "figure" : "chart"
            throw Diagnostic.error(nil, "`{{< \(name) >}}` needs to say which \(which).",
                                   hint: name == "stat" ? "Write e.g. `{{< stat cases_filed >}}`." : "Write e.g. `{{< chart monthly.cases_filed >}}` or `{{< chart by_type >}}`.")
        }
        if name == "chart" {
            guard arguments.count == 1 else { throw extra(arguments.dropFirst(), name: name) }
            guard chartNames(period).contains(subject) else { throw unknownChart(subject, period: period) }
            return StatQuote(form: .chart(subject), text: "", period: period.name)
        }
        guard arguments.count <= 2 else { throw extra(arguments.dropFirst(2), name: name) }
        guard let metric = period.metric(subject) else { throw unknownMetric(subject, period: period) }
        let form = arguments.count == 2 ? arguments[1] : "value"
        let w = StatsWriter(language)
        switch form {
        case "value":
            return StatQuote(form: .figure(metric.value, previous: false), text: w.figure(metric), period: period.name)
        case "change":
            guard let change = w.change(metric) else {
                throw Diagnostic.error(nil, "`\(subject)` has no year-before figure in \(period.file), so there is no change to show.",
                                       hint: "Add `previous:` to `\(subject)` in \(period.file) (the same period a year before), e.g. `\(subject): {value: \(metric.value), previous: …}`.")
            }
            return StatQuote(form: .change(metric.changePercent?.direction ?? .same), text: change, period: period.name)
        case "rate":
            guard let rate = period.rate(subject) else {
                let withRates = KnownMetric.all.filter { $0.rateOf != nil }.map { "`\($0.key)` (of `\($0.rateOf!)`)" }
                throw Diagnostic.error(nil, "There is no rate for `\(subject)` in \(period.file).",
                                       hint: "Rates exist for \(withRates.joined(separator: ", ")), when the period has both figures.")
            }
            return StatQuote(form: .rate(rate), text: w.percent(rate), period: period.name)
        case "previous":
            guard let previous = metric.previous else {
                throw Diagnostic.error(nil, "`\(subject)` has no `previous:` figure in \(period.file).", hint: "Add `previous:` to `\(subject)` in \(period.file).")
            }
            return StatQuote(form: .figure(previous, previous: true), text: w.figure(previous, unit: metric.unit), period: period.name)
        case "label":
            return StatQuote(form: .label, text: w.label(metric), period: period.name)
        default:
            throw Diagnostic.error(nil, "`\(form)` is not something `{{< stat \(subject) … >}}` can show.",
                                   hint: NearestName.hint(for: form, among: Self.statForms, noun: "forms") + " Leave it out for the figure itself.")
        }
    }

    func resolvePeriod(_ name: String?, shortcode: String, date: Day? = nil) throws -> StatsPeriod {
        guard let name else {
            guard let latest = pinned(to: date) else {
                throw Diagnostic.error(nil, "`{{< \(shortcode) … >}}` quotes the statistics, but the site has none.",
                                       hint: "Add a statistics file such as content/stats/2021-10.yaml (see the sample site).")
            }
            return latest
        }
        guard let p = period(name) else {
            let names = periods.map(\.name)
            throw Diagnostic.error(nil, "There is no statistics period `\(name)`.",
                                   hint: NearestName.hint(for: name, among: names, noun: "periods") + " A period is named after its file in content/stats/.")
        }
        return p
    }

    func unknownMetric(_ key: String, period: StatsPeriod) -> Diagnostic {
        let keys = period.metrics.map(\.key)
        return .error(nil, "The statistics of `\(period.name)` (\(period.file)) have no metric `\(key)`.",
                      hint: NearestName.hint(for: key, among: keys, noun: "metrics"))
    }

    func unknownChart(_ name: String, period: StatsPeriod) -> Diagnostic {
        let names = chartNames(period)
        return .error(nil, "The statistics of `\(period.name)` (\(period.file)) cannot draw the chart `\(name)`.",
                      hint: NearestName.hint(for: name, among: names, noun: "charts") + " A monthly chart needs the metric under `monthly:`; `by_type` needs `by_type:`; `comparison` needs a `previous:` figure.")
    }

    func extra(_ args: ArraySlice<String>, name: String) -> Diagnostic {
        .error(nil, "`{{< \(name) … >}}` has more words than it understands: \(args.map { "`\($0)`" }.joined(separator: " ")).",
               hint: name == "stat" ? "Write `{{< stat NAME >}}`, `{{< stat NAME change >}}` or `{{< stat NAME rate >}}`." : "Write `{{< chart monthly.NAME >}}`, `{{< chart by_type >}}` or `{{< chart comparison >}}`.")
    }
}
