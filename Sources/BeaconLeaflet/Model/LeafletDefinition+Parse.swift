import BeaconContent
import BeaconCore
import BeaconStats

extension LeafletDefinition {
    /// Reads a leaflet file and checks every value against the site; all problems are collected.
    static func parse(_ source: SourceText, site: Site, figures: StatsValues?) throws -> LeafletDefinition {
        let file = source.path
        let name = String((file.split(separator: "/").last ?? Substring(file)).dropLast(".yaml".count))
        let root = try YAMLDocument.parse(source.text, file: file)
        let problems = DiagnosticCollector()
        let codes = site.config.languageCodes
        problems.capture { problems.add(contentsOf: try root.unknownKeys(known: knownKeys, noun: "leaflet setting", nouns: "leaflet settings")) }
        var lines: [String: Int] = [:]
        if let pairs = try? root.pairs() { for p in pairs { lines[p.key] = p.keyValue.line } }

        if !Slug.isValid(name) {
            problems.add(.error(file, "The leaflet's file name `\(name)` \(Slug.problem(name)); it becomes the PDF's name.",
                                hint: "Rename the file to `\(Slug.suggest(from: name)).yaml`."))
        }

        var format = LeafletFormat.a4
        if let v = root["format"], let s = problems.capture({ try v.nonEmptyString("format") }) {
            if let f = LeafletFormat(written: s) { format = f } else if let paper = LeafletFormat.unofferedPaper(s) {
                // `A3` is no misspelt `a4`: say so, and what there is.
                problems.add(v.error("Beacon prints no \(paper) leaflets. The formats are \(LeafletFormat.allDescribed).",
                                     hint: "Write one of them, for example `format: a4`."
                                        + (paper == "A3" ? " A print shop can enlarge the A4 leaflet to A3 (141%)." : "")))
            } else {
                problems.add(v.error("Unknown leaflet format `\(s)`.",
                                     hint: NearestName.hint(for: s, among: LeafletFormat.allCases.map(\.rawValue), noun: "formats")))
            }
        } else if root["format"] == nil {
            problems.add(.error(file, line: 1, "The leaflet has no `format`.", hint: "Add `format: a4-trifold` (or `a4`, `a5`)."))
        }

        var title = Localized([:])
        if let v = root["title"], let t = problems.capture({ try Localized.read(v, what: "title", languages: codes) }) {
            title = t
            // Written once (`title: 反诈宣传`), it is printed as it is on every language's leaflet.
            if !v.isMapping, codes.count > 1 {
                problems.add(v.error("The leaflet's `title` is written once, so the leaflet in every language (\(codes.joined(separator: ", "))) prints “\(t.text(codes[0]))”.",
                                     hint: "Give each language its own: `title: {\(codes.map { "\($0): …" }.joined(separator: ", "))}`.", severity: .warning))
            }
            for code in codes where t[code] == nil {
                problems.add(v.error("The leaflet's `title` has no `\(code)` text, and a leaflet is printed in every language.",
                                     hint: "Write `title: {\(codes.map { "\($0): …" }.joined(separator: ", "))}`."))
            }
        } else if root["title"] == nil {
            problems.add(.error(file, line: 1, "The leaflet has no `title`.", hint: "Add `title: {\(codes.map { "\($0): …" }.joined(separator: ", "))}`."))
        }
        let intro = root["intro"].flatMap { v in problems.capture { try Localized.read(v, what: "intro", languages: codes) } }

        let cases = readCases(root["cases"], site: site, problems: problems)
        let stats = readStats(root["stats"], figures: figures, problems: problems)
        let slogans = readSlogans(root["slogans"], slogans: site.slogans, languages: codes, problems: problems)

        var qr: String?
        if let v = root["qr"], let s = problems.capture({ try v.nonEmptyString("qr") }) {
            if s.hasPrefix("@/") {
                // A content file, as Markdown links name one: each language's leaflet leads to its own page.
                if LeafletQR.page(s, language: site.config.defaultLanguage, site: site) == nil {
                    problems.add(v.error("`qr: \(s)` names content/\(s.dropFirst(2)), which does not exist.",
                                         hint: "Name a file under content/, e.g. `qr: \"@/pages/hotline.md\"`, or write a full address."))
                }
            } else if !(s.hasPrefix("https://") || s.hasPrefix("http://")) || s.contains(" ") {
                problems.add(v.error("`qr` must be a full web address starting with `https://`, found `\(s)`.",
                                     hint: "Write the address a phone should open, e.g. `https://example.gov.cn/app`, or a page as `@/pages/hotline.md`; leave `qr` out to link the first case's page."))
            } else if QRMatrix(s) == nil {
                problems.add(v.error("The `qr` address is too long for a QR code.", hint: "Use a shorter address."))
            } else if let page = LeafletQR.page(at: s, site: site) {
                // One address serves every language's leaflet: those in other languages lead to a page not in theirs.
                let others = site.config.languages.filter { $0 != page.language && site.page(key: page.translationKey, language: $0) != nil }
                if !others.isEmpty {
                    problems.add(v.error("`qr` leads to the \(page.language) page \(page.sourcePath), so the \(others.map(\.code).joined(separator: ", ")) leaflet's QR code opens a page in another language.",
                                         hint: "Write `qr: \"@/\(page.translationKey).md\"`: each leaflet then leads to the page in its own language.", severity: .warning))
                }
            }
            qr = s
        }
        let date = root["date"].flatMap { v in problems.capture { try v.day("date") } }
        // No cases, statistics or slogans: the sheet would carry its title and hotline on blank
        // panels (a clerk's `cases: []` tri-fold was printed so, with warnings only).
        if cases.isEmpty, stats == nil, slogans == .none, !problems.hasErrors {
            let some = availableCases(site)
            problems.add(.error(file, line: root["cases"]?.line ?? 1,
                                "The leaflet names no cases, no statistics and no slogans, so it would print its title and hotline on otherwise empty panels.",
                                hint: "List the cases to print as `cases: [slug, …]`\(some), and/or a period as `stats:` or `slogans: all`."))
        }
        // `cases: []` with statistics or slogans: a sheet of figures and tips may be meant, but an
        // empty list is more often one not filled in yet.
        if cases.isEmpty, let v = root["cases"], (try? v.items())?.isEmpty == true, !problems.hasErrors {
            problems.add(v.error("`cases: []` lists no case, so the leaflet prints no case, only its statistics, slogans and tips.",
                                 hint: "List the cases to print as `cases: [slug, …]`\(availableCases(site)), or leave `cases:` out for a leaflet of figures and slogans.",
                                 severity: .warning))
        }
        try problems.throwIfErrors()
        return LeafletDefinition(name: name, sourcePath: file, format: format, title: title, intro: intro, cases: cases,
                                 stats: stats, slogans: slogans, qr: qr, date: date, keyLines: lines, warnings: problems.warnings)
    }

    /// The most cases an error lists by name; past it, it says how many more and where they are.
    static let casesListed = 20

    /// The site's published cases a clerk can choose from, for the hint of a leaflet that names
    /// none: every one, newest first, as `slug` (its title), so the clerk can choose without
    /// opening the folder (a list of the first five left out four of a site's nine).
    static func availableCases(_ site: Site) -> Message {
        let cases = site.pages.filter { $0.kind == .case && $0.language.isDefault }
            .sorted { ($0.date ?? Day.y2000, $1.slug) > ($1.date ?? Day.y2000, $0.slug) }
        guard !cases.isEmpty else { return "" }
        let named = cases.prefix(casesListed).map { "`\($0.slug)` (\($0.title))" }.joined(separator: ", ")
        if cases.count <= casesListed { return " (the \(cases.count) in content/cases, newest first: \(named))" }
        return " (the \(casesListed) newest of the \(cases.count) in content/cases: \(named); the other \(cases.count - casesListed) are the other files in content/cases)"
    }

    private static func readCases(_ v: YAMLValue?, site: Site, problems: DiagnosticCollector) -> [String] {
        guard let v, let items = problems.capture({ try v.items() }) else { return [] }
        let published = Set(site.pages.filter { $0.kind == .case }.map(\.slug))
        let withheld = Set(site.withheld.filter { $0.kind == .case }.map(\.slug))
        var out: [String] = []
        for item in items {
            guard let slug = problems.capture({ try item.nonEmptyString("cases") }) else { continue }
            if published.contains(slug) {
                if out.contains(slug) { problems.add(item.error("The case `\(slug)` is listed twice.", hint: "List each case once.")) }
                // As with links (SPEC §3): a missing translation falls back to another language, with a warning.
                // The file to write is named after the pair's base name, which a `slug:` may hide.
                let pair = site.pages.first { $0.kind == .case && $0.slug == slug }?.translationKey ?? "cases/\(slug)"
                for language in site.config.languages where site.page(.case, slug: slug, language: language) == nil {
                    problems.add(item.error("The case `\(slug)` has no `\(language)` version, so the `\(language)` leaflet prints it in another language.",
                                            hint: "Write content/\(pair).\(language).md, or choose another case.", severity: .warning))
                }
                out.append(slug)
            } else if withheld.contains(slug) {
                problems.add(item.error("The case `\(slug)` is a draft or not yet due for publication, so the leaflet cannot print it.",
                                        hint: "Publish the case first (remove `draft: true` or wait for `publish_at`), or choose another case."))
            } else {
                problems.add(item.error("There is no case `\(slug)` in content/cases.",
                                        hint: NearestName.hint(for: slug, among: Array(published), noun: "cases")))
            }
        }
        return out
    }

    private static func readStats(_ v: YAMLValue?, figures: StatsValues?, problems: DiagnosticCollector) -> String? {
        guard let v, !v.isNull, let name = problems.capture({ try v.nonEmptyString("stats") }) else { return nil }
        let periods = figures?.periods.map(\.name) ?? []
        guard periods.contains(name) else {
            problems.add(v.error("There is no statistics period `\(name)` in content/stats.",
                                 hint: periods.isEmpty ? "Add content/stats/\(name).yaml, or remove `stats:`."
                                     : NearestName.hint(for: name, among: periods, noun: "periods")))
            return nil
        }
        return name
    }

    private static func readSlogans(_ v: YAMLValue?, slogans: [Slogan], languages: [String], problems: DiagnosticCollector) -> SloganChoice {
        let count = slogans.count
        guard let v, !v.isNull else { return .none }
        if let s = try? v.string(), v.node.scalar != nil {
            if s == "all" { return .all }
            if s == "none" { return .none }
            if Int(s) == nil {
                problems.add(v.error("`slogans` must be `all` or a list of slogan numbers, found `\(s)`.",
                                     hint: "Write `slogans: all` or e.g. `slogans: [1, 3]` (1 is the first slogan in content/slogans.yaml)."))
                return .none
            }
        }
        guard let items = problems.capture({ try v.items() }) else { return .none }
        var out: [Int] = []
        // Positions count from 1, as a clerk counts the slogans in the file.
        for item in items {
            guard let n = problems.capture({ try item.int("slogans") }) else { continue }
            if n == 0 {
                problems.add(item.error("Slogans are counted from 1, so there is no slogan number 0.",
                                        hint: count == 0 ? "content/slogans.yaml has no slogans yet; add some, or remove `slogans:`."
                                            : "Write `1` for the first slogan in content/slogans.yaml, and \(count) for the last."))
            } else if n < 0 || n > count {
                let range: Message = count == 0 ? "content/slogans.yaml has no slogans" : "content/slogans.yaml has \(count) slogan(s), numbered 1 to \(count)"
                problems.add(item.error("There is no slogan number \(n): \(range).",
                                        hint: "Use a number from 1 (the first slogan) to \(max(1, count)), or `slogans: all`."))
            } else {
                for code in languages where slogans[n - 1].text[code] == nil {
                    problems.add(item.error("Slogan \(n) has no `\(code)` text, so the `\(code)` leaflet leaves it out.",
                                            hint: "Add `\(code): …` to that slogan in content/slogans.yaml, or choose another.", severity: .warning))
                }
                out.append(n - 1)
            }
        }
        return .indexes(out)
    }
}
