import BeaconCore

extension ContentPage {
    /// Reads one content file. Every problem in its front matter is collected into `problems`;
    /// returns nil when the file cannot become a page at all.
    public static func parse(_ source: SourceText, kind: ContentKind, baseName: String, language: Language,
                             config: SiteConfig, problems: DiagnosticCollector) -> ContentPage? {
        let path = source.path
        guard let fm = problems.capture({ try FrontMatter.split(source) }) else { return nil }
        guard let root = problems.capture({ try YAMLDocument.parse(fm.yaml, file: path, lineOffset: fm.yamlLine - 1) }) else { return nil }
        guard let pairs = problems.capture({ try root.pairs() }) else { return nil }
        // Sized once: grown key by key, each table was rehashed three times a page.
        var values: [String: YAMLValue] = Dictionary(minimumCapacity: pairs.count)
        var keyLines: [String: Int] = Dictionary(minimumCapacity: pairs.count)
        // `knownKeys` is made anew at each call: once a page. Most pages have no unknown key,
        // and looking for them again through `unknownKeys` was a tenth of reading a page.
        let known = kind.knownKeys
        var anyUnknown = false
        for pair in pairs {
            values[pair.key] = pair.value
            keyLines[pair.key] = pair.keyValue.line
            if !known.contains(pair.key) { anyUnknown = true }
        }
        var misspelt: Set<String> = []
        if anyUnknown {
            problems.capture { problems.add(contentsOf: try root.unknownKeys(known: known, noun: "front-matter key", nouns: "front-matter keys")) }
            // A misspelt required key is reported once, as the misspelling with its correction.
            misspelt = Set(values.keys.filter { !known.contains($0) }.compactMap { NearestName.suggest($0, among: known) })
        }
        for key in kind.requiredKeys where (values[key]?.isNull ?? true) && !misspelt.contains(key) {
            problems.add(.error(path, line: values[key]?.line ?? fm.yamlLine, "The required key `\(key)` is missing.",
                                hint: "Add a line `\(key): …` to the front matter; \(kind.folder) need `\(kind.requiredKeys.joined(separator: "`, `"))`."))
        }

        var slug = baseName
        if let v = values["slug"], let s = problems.capture({ try v.string() }) { slug = s }
        if !Slug.isValid(slug) {
            let at = values["slug"]
            let rename: Message = at == nil ? " (rename the file or add `slug:` to the front matter)" : ""
            problems.add(Diagnostic(.error, file: path, line: at?.line, column: at?.column,
                                    message: "The slug `\(slug)` \(Slug.problem(slug)).",
                                    hint: "A slug becomes the page's web address: use lower-case a–z, 0–9 and `-` only, e.g. `\(Slug.suggest(from: slug))`\(rename)."))
        }

        var title = ""
        var otherTitles: [String: String] = [:]
        if let v = values["title"], v.isMapping {
            // `title: {zh: …, en: …}`: the page's own language titles the page, the others list it.
            if let all = problems.capture({ try Localized.read(v, what: "title", languages: config.languageCodes) }) {
                if let own = all[language] { title = own } else {
                    problems.add(v.error("The title has no text in `\(language)`, the language of this file.",
                                         hint: "Add `\(language): …` to the title, or give the title as plain text."))
                }
                otherTitles = all.values.filter { $0.key != language.code }
            }
        } else if let v = values["title"] {
            title = problems.capture { try v.nonEmptyString("title") } ?? ""
        }
        var page = ContentPage(kind: kind, slug: slug, language: language, sourcePath: path,
                               translationKey: translationKey(path: path, kind: kind, baseName: baseName), title: title,
                               body: fm.body, bodyLine: fm.bodyLine)
        page.keyLines = keyLines
        page.otherTitles = otherTitles
        func read<T>(_ key: String, _ body: (YAMLValue) throws -> T) -> T? {
            guard let v = values[key], !v.isNull else { return nil }
            return problems.capture { try body(v) }
        }
        page.date = read("date") { try $0.day("date") }
        page.summary = read("summary") { try $0.string() }
        page.tags = read("tags") { try $0.stringList("tags") } ?? []
        problems.add(contentsOf: checkTags(page.tags, at: values["tags"], file: path))
        if let (value, approx) = read("amount", readAmount) { (page.amount, page.amountApprox) = (value, approx) }
        page.arrested = read("arrested") { try $0.nonNegativeInt("arrested") }
        page.loss = read("loss") { try $0.nonNegativeInt("loss") }
        page.victim = read("victim") { try $0.string() }
        page.led = read("led") { try $0.nonEmptyString("led") }
        page.draft = read("draft") { try $0.bool("draft") } ?? false
        page.publishAt = read("publish_at") { try $0.day("publish_at") }
        page.translationOf = read("translation_of") { try $0.string() }
        page.piiOK = read("pii_ok") { try $0.stringList("pii_ok") } ?? []
        page.menuWeight = read("weight") { try $0.int("weight") }
        if let menu = read("menu", { try $0.bool("menu") }), menu == false { page.menuWeight = nil }
        else if values["menu"] != nil, page.menuWeight == nil { page.menuWeight = 0 }

        if let v = values["fraud_type"], !v.isNull, let key = problems.capture({ try v.string() }) {
            if config.fraudType(key) == nil {
                problems.add(v.error("Unknown fraud type `\(key)`.",
                                     hint: FraudType.unknownKeyHint(key, among: config.fraudTypes, language: config.defaultLanguage)))
            } else {
                page.fraudType = key
            }
        }
        return page
    }

    /// `bulletins/2024/sept-gang` for content/bulletins/2024/sept-gang.zh.md: the file's path under
    /// content/ without language and `.md`, which is what `@/` links name (SPEC §3) and what pairs
    /// translations. Pages are still published flat, at `/bulletins/<slug>/`.
    /// Found on the UTF-8 bytes (`/` is one byte), not by Characters: once a page.
    static func translationKey(path: String, kind: ContentKind, baseName: String) -> String {
        let bytes = path.utf8
        let prefix = "content/".utf8
        guard bytes.starts(with: prefix), let slash = bytes.lastIndex(of: UInt8(ascii: "/")),
              case let start = bytes.index(bytes.startIndex, offsetBy: prefix.count), start < slash else { return kind.folder + "/" + baseName }
        return path[start..<slash] + "/" + baseName
    }
}
