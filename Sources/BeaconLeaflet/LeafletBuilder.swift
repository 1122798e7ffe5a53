import BeaconContent
import BeaconCore
import BeaconMarkdown
import BeaconStats
import Foundation

/// Makes the print leaflets of `content/leaflets/*.yaml`: a PDF per language, a PNG preview
/// of each page, and the `/leaflets/` page that lists them.
public enum LeafletBuilder {
    /// Builds every leaflet, or only the one named `only`. Throws a `BuildFailure` carrying every
    /// problem (bad definitions, text that does not fit) across all leaflets.
    /// `figures` are the site's statistics as values (nil: none); `bodies` the Markdown step's
    /// parse of each page by id, from which the cases are printed.
    public static func build(site: Site, figures: StatsValues?, bodies: [String: RenderedMarkdown], only: String? = nil) throws
        -> (files: [OutputFile], pages: [ExtraPage]) {
        let r = try typeset(site: site, figures: figures, bodies: bodies, only: only)
        return (r.files, r.pages)
    }

    /// As `build`, with the warnings typesetting found (a panel left largely empty).
    public static func typeset(site: Site, figures: StatsValues?, bodies: [String: RenderedMarkdown], only: String? = nil) throws
        -> (files: [OutputFile], pages: [ExtraPage], warnings: [Diagnostic]) {
        let editions = try editions(site: site, figures: figures, bodies: bodies, only: only)
        return (files(editions), only == nil ? LeafletIndexPage.pages(site: site, editions: editions) : [], editions.flatMap(\.warnings))
    }

    /// Each edition's PDF and page previews.
    static func files(_ editions: [LeafletEdition]) -> [OutputFile] {
        var files: [OutputFile] = []
        for e in editions {
            files.append(OutputFile(path: e.pdfPath, data: e.pdf))
            for (i, png) in e.previews.enumerated() { files.append(OutputFile(path: e.previewPath(i), data: png)) }
        }
        return files
    }

    /// Every leaflet's editions (one per language), or only those of the one named `only`.
    static func editions(site: Site, figures: StatsValues?, bodies: [String: RenderedMarkdown], only: String? = nil) throws
        -> [LeafletEdition] {
        let problems = DiagnosticCollector()
        checkSetup(site: site, problems: problems)
        try problems.throwIfErrors()

        var sources = site.leafletSources
        if let only {
            let names = sources.map { baseName($0.path) }
            sources = sources.filter { baseName($0.path) == only }
            if sources.isEmpty {
                throw BuildFailure([.error("content/leaflets", "There is no leaflet `\(only)` in content/leaflets.",
                                           hint: names.isEmpty ? "Create content/leaflets/\(only).yaml." : NearestName.hint(for: only, among: names, noun: "leaflets"))])
            }
        }
        let definitions = sources.compactMap { source in
            problems.capture { try LeafletDefinition.parse(source, site: site, figures: figures) }
        }
        try problems.throwIfErrors()

        let jobs = definitions.flatMap { d in site.config.languages.map { (d, $0) } }
        let overflows = Locked<[LeafletOverflow]>([])
        let results = ParallelMap.map(jobs) { (definition, language) -> LeafletEdition? in
            problems.capture { () -> LeafletEdition? in
                do { return try LeafletEdition.make(definition, language: language, site: site, figures: figures, bodies: bodies) }
                catch let o as LeafletOverflow { overflows.update { $0.append(o) }; return nil }
            } ?? nil
        }
        problems.add(contentsOf: overflowErrors(overflows.get(), definitions: definitions, site: site, figures: figures, bodies: bodies))
        try problems.throwIfErrors()
        var editions = results.compactMap { $0 }
        // Every language of a leaflet prints the same stock tips (防骗要点), from the first: as
        // many as the language with the most room holds, the others set smaller to hold them too;
        // where one cannot hold them even at the smallest size, as many as the one with the least.
        var most: [String: Int] = [:], fewest: [String: Int] = [:]
        for e in editions {
            most[e.definition.name] = max(most[e.definition.name] ?? 0, e.tipsPrinted)
            fewest[e.definition.name] = min(fewest[e.definition.name] ?? .max, e.tipsPrinted)
        }
        let first = editions
        let short = editions.indices.filter { editions[$0].tipsPrinted < most[editions[$0].definition.name] ?? 0 }
        let raised = ParallelMap.map(short) { i in
            try? LeafletEdition.make(first[i].definition, language: first[i].language, site: site, figures: figures,
                                     bodies: bodies, tips: .required(most[first[i].definition.name] ?? 0))
        }
        for (i, e) in zip(short, raised) { if let e { editions[i] = e } }
        // Leaflets where a language could not take them all: every language prints the fewest.
        let failed = Set(zip(short, raised).filter { $0.1 == nil }.map { first[$0.0].definition.name })
        let redo = editions.indices.filter { failed.contains(editions[$0].definition.name) && editions[$0].tipsPrinted > fewest[editions[$0].definition.name] ?? 0 }
        let lowered = editions
        let redone = ParallelMap.map(redo) { i -> LeafletEdition? in
            problems.capture { () -> LeafletEdition? in
                do {
                    return try LeafletEdition.make(lowered[i].definition, language: lowered[i].language, site: site, figures: figures,
                                                   bodies: bodies, tips: .filler(limit: fewest[lowered[i].definition.name] ?? 0))
                } catch let o as LeafletOverflow {
                    problems.add(contentsOf: overflowErrors([o], definitions: definitions, site: site, figures: figures, bodies: bodies))
                    return nil
                }
            } ?? nil
        }
        try problems.throwIfErrors()
        for (i, e) in zip(redo, redone) { if let e { editions[i] = e } }
        return samePlan(editions, site: site, figures: figures, bodies: bodies)
    }

    /// Every language of a leaflet on one plan: where the languages chose different plans (the
    /// Chinese flap of stock tips, the English one of figures and slogans), each is typeset again
    /// on the plan of each other language, and of the plans that hold every language (with the
    /// same stock tips) and leave no more panels blank than their own plans did, the one with
    /// the fewest blank panels, then whose smallest case text is largest, is taken: the longer
    /// edition's, as a rule, rather than one that squeezes it. None does: each keeps its own.
    static func samePlan(_ editions: [LeafletEdition], site: Site, figures: StatsValues?, bodies: [String: RenderedMarkdown]) -> [LeafletEdition] {
        var out = editions
        let names = Set(editions.map(\.definition.name)).filter { name in Set(editions.filter { $0.definition.name == name }.map(\.plan)).count > 1 }
        let remade = ParallelMap.map(names.sorted()) { name -> [(Int, LeafletEdition)]? in
            let mine = editions.indices.filter { editions[$0].definition.name == name }
            var plans: [Int] = []
            for i in mine where !plans.contains(editions[i].plan) { plans.append(editions[i].plan) }
            let own = mine.map { editions[$0].blankPanels }.reduce(0, +)
            var best: (set: [(Int, LeafletEdition)], blank: Int, body: Double)?
            for plan in plans {
                let again = mine.map { i -> (Int, LeafletEdition)? in
                    let e = editions[i]
                    if e.plan == plan { return (i, e) }
                    return (try? LeafletEdition.make(e.definition, language: e.language, site: site, figures: figures, bodies: bodies,
                                                     tips: .required(e.tipsPrinted), plan: plan)).map { (i, $0) }
                }
                let set = again.compactMap { $0 }
                guard set.count == mine.count, set.allSatisfy({ $0.1.tipsPrinted == editions[$0.0].tipsPrinted }) else { continue }
                let body = set.map(\.1.body).min() ?? 0, blank = set.map(\.1.blankPanels).reduce(0, +)
                guard blank <= own else { continue }
                if best.map({ blank < $0.blank || blank == $0.blank && body > $0.body + 0.001 }) ?? true { best = (set, blank, body) }
            }
            return best?.set
        }
        for pairs in remade.compactMap({ $0 }) { for (i, e) in pairs { out[i] = e } }
        return out
    }

    /// Each overflow as its error, naming only the other formats that hold every language of
    /// its leaflet. Each language is typeset in each other format as the build would make it
    /// (only here, when the build has failed anyway): the planner's quick test of a format
    /// tries neither its other plans nor the quotes set tighter, and clerk7's tri-fold of
    /// three cases was told "No other format holds it all" while the same file as `format: a4`
    /// built.
    static func overflowErrors(_ overflows: [LeafletOverflow], definitions: [LeafletDefinition], site: Site, figures: StatsValues?,
                               bodies: [String: RenderedMarkdown]) -> [Diagnostic] {
        let languages = site.config.languages
        var holding: [String: [LeafletFormat]] = [:]
        for name in Set(overflows.map(\.leaflet)) {
            guard let d = definitions.first(where: { $0.name == name }) else { continue }
            holding[name] = LeafletFormat.allCases.filter { $0 != d.format }.filter { format in
                languages.allSatisfy { language in
                    // The planner's quick test says yes only where the build would fit too.
                    if overflows.contains(where: { $0.leaflet == name && $0.language == language && $0.fitting.contains(format) }) { return true }
                    var moved = d
                    moved.format = format
                    return (try? LeafletEdition.make(moved, language: language, site: site, figures: figures, bodies: bodies)) != nil
                }
            }
        }
        return overflows.map { o in
            guard let formats = holding[o.leaflet] else { return o.diagnostic(fittingEveryLanguage: o.fitting, languages: 1) }
            return o.diagnostic(fittingEveryLanguage: formats, languages: languages.count)
        }
    }

    /// Problems found while building that are only warnings (a case without police advice).
    /// Kept separate so the build can show them without failing. Each is said once per case
    /// file and reason, at its line, naming every leaflet that prints the case. `only`: the one
    /// leaflet `beacon leaflet NAME` makes, whose warnings alone are said (clerk7 was shown
    /// other leaflets' warnings about cases NAME does not print).
    public static func warnings(site: Site, figures: StatsValues?, bodies: [String: RenderedMarkdown], only: String? = nil) -> [Diagnostic] {
        let problems = DiagnosticCollector()
        // The case files the leaflets print, in the order first named, with the leaflets that print each.
        var order: [(page: ContentPage, words: LeafletWords)] = []
        var leaflets: [String: [String]] = [:]
        for source in site.leafletSources where only == nil || baseName(source.path) == only {
            guard let d = try? LeafletDefinition.parse(source, site: site, figures: figures) else { continue }
            problems.add(contentsOf: d.warnings)
            for language in site.config.languages {
                for slug in d.cases {
                    guard let page = site.page(.case, slug: slug, language: language) else { continue }
                    if leaflets[page.sourcePath] == nil { order.append((page, LeafletWords(site.language(language)))) }
                    if leaflets[page.sourcePath]?.contains(d.name) != true { leaflets[page.sourcePath, default: []].append(d.name) }
                }
            }
        }
        for (page, words) in order {
            let names = (leaflets[page.sourcePath] ?? []).map { "`\($0)`" }.joined(separator: ", ")
            let blocks = bodies[page.id]?.blocks ?? []
            let story = CaseStory.make(page, blocks: blocks, language: page.language, headings: words.caseHeadings, bullet: "")
            for (what, line) in story.omitted {
                problems.add(omission(what, file: page.sourcePath, line: line, leaflets: names))
            }
            if story.advice.isEmpty {
                // At the case's last line, where the advice would go.
                let last = blocks.map(\.line).max() ?? 0
                problems.add(.warning(page.sourcePath, line: last > 0 ? last : nil,
                                      "The case has no police-advice section, so its story is printed without advice (leaflets: \(names)).",
                                      hint: "Add a heading such as `## \(words.list("advice_headings").first ?? "")` with the advice under it."))
            }
        }
        return problems.all
    }

    /// What a case's image, table, code block or raw HTML becomes on paper: nothing, said at its line.
    /// `leaflets`: the names of the leaflets that print the case (`` `a4-one`, `tri-two` ``).
    static func omission(_ what: MarkdownBlock.Omission, file: String, line: Int, leaflets: String) -> Diagnostic {
        let message: Message = switch what {
        case .image: "The image here is not printed on the leaflets (\(leaflets)): a leaflet prints a case's words only."
        case .table: "The table here is not printed on the leaflets (\(leaflets)): a leaflet prints a case's words only."
        case .code: "The code block (text indented by four spaces or fenced with ```) here is not printed on the leaflets (\(leaflets))."
        case .html: "The HTML here is not printed on the leaflets (\(leaflets)): a leaflet prints a case's words only."
        }
        let hint: Message = switch what {
        case .image, .table: "If the leaflet needs what it shows, say it in a sentence or a list; the website keeps showing it."
        case .code, .html: "Write it as ordinary paragraphs or a list if the leaflet should print it; the website keeps showing it."
        }
        return .warning(file, line: line > 0 ? line : nil, message, hint: hint)
    }

    static func baseName(_ path: String) -> String {
        String((path.split(separator: "/").last ?? "").dropLast(".yaml".count))
    }

    /// The fonts and the theme's leaflet strings must be there before anything is typeset.
    static func checkSetup(site: Site, problems: DiagnosticCollector) {
        guard !site.leafletSources.isEmpty else { return }
        let engine = TextEngine(languageTag: "zh-CN")
        for face in [TextStyle.Face.sans, .serif] where engine.resolvedFamily(face) != face.rawValue {
            problems.add(.error(nil, "The font \(face.rawValue) is not installed, and the leaflets are set in it.",
                                hint: "Install it: `apt-get install fonts-noto-cjk` (Debian/Ubuntu)."))
        }
        for language in site.config.languages {
            let code = language.code
            let table = site.language(language).words
            let missing = LeafletWords.requiredKeys.filter { table["leaflet.\($0)"] == nil }
            if !missing.isEmpty {
                let path = site.themeLayers.displayPath("i18n/\(code)/leaflet.yaml")
                problems.add(.error(path, "The theme's leaflet strings for `\(code)` lack \(missing.map { "`leaflet.\($0)`" }.joined(separator: ", ")).",
                                    hint: "Add them to \(path); `beacon theme override i18n/en/leaflet.yaml` writes the built-in English file to start from."))
            }
        }
    }
}
