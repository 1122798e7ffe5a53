import BeaconCore
import BeaconContent

extension StatsPeriod {
    /// Reads `cases_filed: {value: 838, previous: 1794}` or the short form `cases_solved: 152`.
    static func parseMetric(_ key: String, _ keyValue: YAMLValue, _ v: YAMLValue, languages: [String],
                            problems: DiagnosticCollector) -> StatMetric? {
        let known = KnownMetric.named(key)
        if !v.isMapping {
            guard let value = problems.capture({ try v.statNumber("metrics.\(key)") }) else { return nil }
            guard let known else {
                problems.add(unknownMetric(key, keyValue))
                return nil
            }
            return StatMetric(key: key, value: value, unit: .known(known.unit), line: keyValue.line)
        }
        problems.capture { problems.add(contentsOf: try v.unknownKeys(known: metricFieldKeys, noun: "metric key", nouns: "metric keys")) }
        let label = v["label"].flatMap { l in problems.capture { try Localized.read(l, what: "metrics.\(key).label", languages: languages) } }
        var unit: StatUnit?
        if let u = v["unit"], !u.isNull { unit = problems.capture { try readUnit(u, what: "metrics.\(key).unit", languages: languages) } }
        if known == nil {
            if !isValidKey(key) {
                problems.add(keyValue.error("The metric name `\(key)` can only use a–z, 0–9 and `_`.",
                                            hint: "Name it like the built-in metrics, e.g. `accounts_checked`."))
                return nil
            }
            if label == nil && v["label"] == nil {
                problems.add(unknownMetric(key, keyValue))
                return nil
            }
            // Nothing else names a figure of the site's own, so every language needs its words.
            if let label, let l = v["label"], let missing = languages.first(where: { label[$0] == nil }) {
                problems.add(l.error("The label of your own metric `\(key)` has no `\(missing)` text, so its `\(missing)` pages would show another language.",
                                     hint: "Give the label in every language: `label: {\(languages.map { "\($0): …" }.joined(separator: ", "))}`."))
                return nil
            }
            if unit == nil && v["unit"] == nil {
                problems.add(keyValue.error("The metric `\(key)` of your own has no `unit:`.",
                                            hint: "Add `unit:` with one of \(StatUnit.knownKeys.map { "`\($0)`" }.joined(separator: ", ")), or words per language: `unit: {zh: 个, en: {one: account, other: accounts}}`."))
                return nil
            }
        }
        guard let valueNode = v["value"] else {
            problems.add(keyValue.error("The metric `\(key)` has no `value:`.", hint: "Add the figure, e.g. `\(key): {value: 838}`."))
            return nil
        }
        let value = problems.capture { try valueNode.statNumber("metrics.\(key).value") }
        let previous = v["previous"].flatMap { p in problems.capture { try p.statNumber("metrics.\(key).previous") } }
        let approx = v["approx"].flatMap { a in problems.capture { try a.bool("metrics.\(key).approx") } } ?? false
        let note = v["note"].flatMap { n in problems.capture { try Localized.read(n, what: "metrics.\(key).note", languages: languages) } }
        guard let value, let resolvedUnit = unit ?? known.map({ .known($0.unit) }) else { return nil }
        return StatMetric(key: key, value: value, previous: previous, approx: approx, unit: resolvedUnit,
                          label: label, note: note, line: keyValue.line)
    }

    static func unknownMetric(_ key: String, _ keyValue: YAMLValue) -> Diagnostic {
        let own: Message = "A figure of your own needs `label: {zh: …, en: …}` and `unit:`, e.g. `\(key): {value: 12, label: {zh: …, en: …}, unit: case}`."
        if let near = NearestName.suggest(key, among: KnownMetric.keys) {
            return keyValue.error("Unknown metric `\(key)`.", hint: "Did you mean `\(near)`? \(own)")
        }
        let several = NearestName.containing(key, among: KnownMetric.keys)
        if !several.isEmpty {
            return keyValue.error("Unknown metric `\(key)`.",
                                  hint: "Did you mean one of \(several.map { "`\($0)`" }.joined(separator: ", "))? \(own)")
        }
        return keyValue.error("Unknown metric `\(key)`.", hint: own)
    }

    static func isValidKey(_ key: String) -> Bool {
        !key.isEmpty && key.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F }
            && key.utf8.first.map { (0x61...0x7A).contains($0) } == true
    }

    /// `unit: yuan` (a built-in unit) or `unit: {zh: 个, en: accounts}` / `en: {one: account, other: accounts}`.
    static func readUnit(_ u: YAMLValue, what: String, languages: [String]) throws -> StatUnit {
        if !u.isMapping {
            let key = try u.nonEmptyString(what)
            guard StatUnit.knownKeys.contains(key) else {
                throw u.error("Unknown unit `\(key)`.",
                              hint: NearestName.hint(for: key, among: StatUnit.knownKeys, noun: "units") + " Or give the words per language: `unit: {zh: 个, en: {one: account, other: accounts}}`.")
            }
            return .known(key)
        }
        var words: [String: PluralWords] = [:]
        for pair in try u.pairs() {
            guard languages.contains(pair.key) else {
                throw pair.keyValue.error("`\(what)` has words for `\(pair.key)`, which is not one of the site's languages (\(languages.joined(separator: ", "))).",
                                          hint: NearestName.hint(for: pair.key, among: languages, noun: "languages"))
            }
            if pair.value.isMapping {
                let other = try pair.value["other"].map { try $0.nonEmptyString("\(what).\(pair.key).other") }
                let one = try pair.value["one"].map { try $0.nonEmptyString("\(what).\(pair.key).one") }
                guard let other else {
                    throw pair.value.error("`\(what).\(pair.key)` needs `other:` (the plural word).", hint: "Write `{one: account, other: accounts}`.")
                }
                words[pair.key] = PluralWords(one: one ?? other, other: other)
            } else {
                let w = try pair.value.nonEmptyString("\(what).\(pair.key)")
                words[pair.key] = PluralWords(one: w, other: w)
            }
        }
        for code in languages where words[code] == nil {
            throw u.error("`\(what)` has no words for `\(code)`.", hint: "Give the unit in every language: `{\(languages.map { "\($0): …" }.joined(separator: ", "))}`.")
        }
        return .custom(words)
    }
}
