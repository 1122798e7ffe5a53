import BeaconCore
import BeaconContent

extension StatsPeriod {
    /// `pii_ok`: reviewed strings the personal-data guard lets through (docs/privacy.md).
    static let topKeys = ["period", "metrics", "monthly", "by_type", "headline", "pii_ok"]
    static let periodKeys = ["start", "end", "label"]
    static let metricFieldKeys = ["value", "previous", "approx", "unit", "label", "note"]

    /// Reads one stats file; every problem goes to `problems`. Nil when it cannot become a period.
    static func parse(_ source: SourceText, name: String, config: SiteConfig, problems: DiagnosticCollector) -> StatsPeriod? {
        let file = source.path
        let languages = config.languageCodes
        guard let root = problems.capture({ try YAMLDocument.parse(source.text, file: file) }) else { return nil }
        guard root.isMapping else {
            problems.add(root.error("A stats file is a set of `key: value` lines (`period:`, `metrics:`, …), found \(root.kindName).",
                                    hint: "Start from content/stats/2021-10.yaml of the sample site."))
            return nil
        }
        problems.capture { problems.add(contentsOf: try root.unknownKeys(known: topKeys, noun: "stats key", nouns: "stats keys")) }
        if !Slug.isValid(name) {
            problems.add(.error(file, "The file name `\(name)` \(Slug.problem(name)); it becomes the address /stats/\(name)/.",
                                hint: "Rename the file to something like `\(Slug.suggest(from: name)).yaml` (e.g. `2021-10.yaml`, `2022-h1.yaml`)."))
        }

        guard let periodValue = root["period"], !periodValue.isNull else {
            problems.add(.error(file, line: 1, "The stats file has no `period:`.",
                                hint: "Add `period: {start: 2021-01-01, end: 2021-10-31, label: {zh: 2021年1月至10月, en: January to October 2021}}`."))
            return nil
        }
        problems.capture { problems.add(contentsOf: try periodValue.unknownKeys(known: periodKeys, noun: "period key", nouns: "period keys")) }
        func day(_ key: String) -> Day? {
            guard let v = periodValue[key], !v.isNull else {
                problems.add(periodValue.error("The period has no `\(key)` date.", hint: "Add `\(key): YYYY-MM-DD` to `period:`."))
                return nil
            }
            return problems.capture { try v.day("period.\(key)") }
        }
        let start = day("start"), end = day("end")
        let label = periodValue["label"].flatMap { v in problems.capture { try Localized.read(v, what: "period.label", languages: languages) } }
        if let start, let end, end < start {
            problems.add((periodValue["end"] ?? periodValue).error("The period ends (\(end)) before it starts (\(start)).",
                                                                     hint: "Check the two dates of `period:`; `start` is the first day, `end` the last."))
        }

        var metrics: [StatMetric] = []
        // Keys as written, so a metric whose value is wrong is not reported again as missing.
        var metricKeys: [String] = []
        if let v = root["metrics"], !v.isNull, let pairs = problems.capture({ try v.pairs() }) {
            metricKeys = pairs.map(\.key)
            for pair in pairs {
                if let m = parseMetric(pair.key, pair.keyValue, pair.value, languages: languages, problems: problems) { metrics.append(m) }
            }
        } else {
            problems.add(.error(file, line: 1, "The stats file has no `metrics:`.",
                                hint: "Add the period's figures under `metrics:`, e.g. `cases_filed: {value: 838, previous: 1794}`."))
        }

        var monthly: [String: [StatNumber]] = [:]
        var monthlyLines: [String: YAMLValue] = [:]
        if let v = root["monthly"], !v.isNull, let pairs = problems.capture({ try v.pairs() }) {
            for pair in pairs {
                guard metricKeys.contains(pair.key) else {
                    problems.add(pair.keyValue.error("`monthly:` has figures for `\(pair.key)`, which is not one of this file's metrics.",
                                                     hint: NearestName.hint(for: pair.key, among: metricKeys, noun: "metrics") + " Monthly figures break down a metric listed under `metrics:`."))
                    continue
                }
                guard let items = problems.capture({ try pair.value.items() }) else { continue }
                let numbers = items.enumerated().compactMap { i, item in problems.capture { try item.statNumber("monthly.\(pair.key)[\(i + 1)]") } }
                if numbers.count == items.count { monthly[pair.key] = numbers; monthlyLines[pair.key] = pair.keyValue }
            }
        }

        var byType: [(key: String, count: StatNumber)] = []
        var byTypeValue: YAMLValue?
        if let v = root["by_type"], !v.isNull, let pairs = problems.capture({ try v.pairs() }) {
            byTypeValue = pairs.first?.keyValue
            let known = config.fraudTypes.map(\.key)
            for pair in pairs {
                guard known.contains(pair.key) else {
                    problems.add(pair.keyValue.error("`by_type:` names `\(pair.key)`, which is not a fraud type of this site.",
                                                     hint: FraudType.unknownKeyHint(pair.key, among: config.fraudTypes, language: config.defaultLanguage)))
                    continue
                }
                if let n = problems.capture({ try pair.value.statNumber("by_type.\(pair.key)") }) { byType.append((pair.key, n)) }
            }
            byType.sort { (config.fraudType($0.key)?.order ?? 0) < (config.fraudType($1.key)?.order ?? 0) }
        }

        var headline = Array(metricKeys.prefix(4))
        if let v = root["headline"], !v.isNull, let list = problems.capture({ try v.items() }) {
            headline = list.compactMap { item in
                guard let key = problems.capture({ try item.string() }) else { return nil }
                guard metricKeys.contains(key) else {
                    problems.add(item.error("`headline:` names `\(key)`, which is not one of this file's metrics.",
                                            hint: NearestName.hint(for: key, among: metricKeys, noun: "metrics")))
                    return nil
                }
                return key
            }
        }

        guard let start, let end else { return nil }
        var period = StatsPeriod(name: name, file: file, label: label, start: start, end: end, metrics: metrics,
                                 monthly: monthly, byType: byType, headline: headline)
        period.monthlyLines = monthlyLines.compactMapValues(\.line)
        period.checkConsistency(metricLines: Dictionary(pairsOf: root["metrics"]), monthlyLines: monthlyLines,
                                byTypeValue: byTypeValue, problems: problems)
        return period
    }
}

extension Dictionary where Key == String, Value == YAMLValue {
    /// The value of each key of a mapping, for pointing messages at lines.
    init(pairsOf value: YAMLValue?) {
        self.init()
        for pair in (try? value?.pairs()) ?? [] { self[pair.key] = pair.keyValue }
    }
}
