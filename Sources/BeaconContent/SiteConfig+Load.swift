import BeaconCore

extension SiteConfig {
    /// Reads and checks `site.yaml`; `baseURLOverride` is `--base-url`; `previewBaseURL` is the
    /// preview server's own address, used for the pages' links but not for what is published.
    public static func load(_ source: SourceText, baseURLOverride: String? = nil, previewBaseURL: String? = nil) throws -> SiteConfig {
        let file = source.path
        let root = try YAMLDocument.parse(source.text, file: file)
        let problems = DiagnosticCollector()
        problems.capture { problems.add(contentsOf: try root.unknownKeys(known: knownKeys, noun: "setting", nouns: "settings")) }

        var codes = defaultLanguages.map(\.code)
        if let v = root["languages"], let list = problems.capture({ try v.stringList("languages") }) {
            if list.isEmpty {
                problems.add(v.error("`languages` is empty.", hint: "List the languages, default first: `languages: [zh, en]`."))
            } else if Set(list).count != list.count {
                problems.add(v.error("`languages` names a language twice.", hint: "List each language once, default first."))
            } else if let bad = list.first(where: { !Slug.isValid($0) || $0.count > 8 }) {
                problems.add(v.error("`\(bad)` is not a language code.", hint: "Use short codes such as `zh` and `en`."))
            } else {
                codes = list
            }
        }
        let languages = codes.enumerated().map { Language(code: $1, isDefault: $0 == 0) }

        func localized(_ key: String, required: Bool) -> Localized? {
            guard let v = root[key], !v.isNull else {
                if required { problems.add(.error(file, line: 1, "The required setting `\(key)` is missing.", hint: "Add `\(key): {\(codes.map { "\($0): …" }.joined(separator: ", "))}`.")) }
                return nil
            }
            return problems.capture { try Localized.read(v, what: key, languages: codes) }
        }
        let title = localized("title", required: true) ?? Localized([:])

        var baseURL = "/"
        if let override = baseURLOverride {
            baseURL = override
        } else if let v = root["base_url"], let s = problems.capture({ try v.nonEmptyString("base_url") }) {
            if !(s.hasPrefix("https://") || s.hasPrefix("http://") || s.hasPrefix("/")) {
                problems.add(v.error("`base_url` must be an absolute address starting with `https://`, found `\(s)`.",
                                     hint: "Write the address the site will be published at, e.g. `https://fanzha.example.gov.cn/`."))
            }
            baseURL = s
        } else {
            problems.add(.error(file, line: 1, "The required setting `base_url` is missing.",
                                hint: "Add `base_url: https://…/`, the address the site will be published at."))
        }
        if !baseURL.hasSuffix("/") { baseURL += "/" }

        var fraudTypes: [FraudType] = []
        if let v = root["fraud_types"], let pairs = problems.capture({ try v.pairs() }) {
            for (i, pair) in pairs.enumerated() {
                if !Slug.isValid(pair.key) {
                    problems.add(pair.keyValue.error("The fraud type key `\(pair.key)` \(Slug.problem(pair.key)).",
                                                     hint: "Keys appear in web addresses: use a–z, 0–9 and `-`, e.g. `\(Slug.suggest(from: pair.key))`."))
                    continue
                }
                guard let label = problems.capture({ try Localized.read(pair.value, what: "fraud_types.\(pair.key)", languages: codes) }) else { continue }
                for code in codes where label[code] == nil {
                    problems.add(pair.value.error("Fraud type `\(pair.key)` has no `\(code)` label.", hint: "Write `\(pair.key): {\(codes.map { "\($0): …" }.joined(separator: ", "))}`."))
                }
                fraudTypes.append(FraudType(key: pair.key, label: label, order: i))
            }
        }

        let unsafeHTML = root["unsafe_html"].flatMap { v in problems.capture { try v.bool("unsafe_html") } } ?? false
        let theme = root["theme"].flatMap { v in problems.capture { try v.nonEmptyString("theme") } } ?? "default"
        var paginate = 10
        if let v = root["paginate"], let n = problems.capture({ try v.int("paginate") }) {
            if n < 1 || n > 1000 { problems.add(v.error("`paginate` must be between 1 and 1000, found \(n).", hint: "10 to 20 suits a phone.")) } else { paginate = n }
        }
        let themeOptions = root["theme_options"].map { ThemeOptions.read($0, languages: codes, problems: problems) } ?? ThemeOptions()
        let description = localized("description", required: false)
        let office = localized("office", required: false)
        try problems.throwIfErrors()
        var config = SiteConfig(title: title, description: description, office: office, baseURL: baseURL, languages: languages,
                                fraudTypes: fraudTypes, unsafeHTML: unsafeHTML, theme: theme, paginate: paginate,
                                ledBoards: root["led_boards"], leaflets: root["leaflets"], root: root)
        config.themeOptions = themeOptions
        if let preview = previewBaseURL {
            config.baseURL = preview.hasSuffix("/") ? preview : preview + "/"
            config.publishedBaseURL = baseURL
        }
        return config
    }
}
