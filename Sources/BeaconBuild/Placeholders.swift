import BeaconContent
import BeaconCore
import Foundation

/// The text `beacon new` writes for a writer to replace, read from the theme's archetypes
/// (`archetypes/<kind>.<lang>.md`): the `title:` and `summary:` values and each sentence of
/// the first paragraph of the body. Headings and later text (the standing police advice) are
/// suggestions a writer may keep, so they are not placeholders.
struct Placeholders: Equatable, Sendable {
    /// Front-matter key → placeholder values, per kind.
    var values: [ContentKind: [String: Set<String>]] = [:]
    /// Placeholder sentences of the body, per kind.
    var sentences: [ContentKind: [String]] = [:]

    /// Reads every archetype in `dirs` (the site's theme first, then the theme inside Beacon).
    init(dirs: [URL]) {
        let manager = FileManager.default
        for dir in dirs {
            guard let names = try? manager.contentsOfDirectory(atPath: dir.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".md") {
                guard let kind = ContentKind(rawValue: String(name.prefix { $0 != "." })),
                      let data = manager.contents(atPath: dir.appendingPathComponent(name).path) else { continue }
                add(String(decoding: data, as: UTF8.self), kind: kind)
            }
        }
    }

    mutating func add(_ archetype: String, kind: ContentKind) {
        let text = SourceText.normalizeLineEnds(archetype)
        guard let fm = try? FrontMatter.split(SourceText(path: "archetype", text: text)) else { return }
        for line in fm.yaml.split(separator: "\n") {
            for key in ["title", "summary"] where line.hasPrefix("\(key):") {
                let value = Self.clean(line.dropFirst(key.count + 1))
                if !value.isEmpty, !value.contains("{") { values[kind, default: [:]][key, default: []].insert(value) }
            }
        }
        var paragraph: [Substring] = []
        for line in fm.body.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = line.trimmingSpaces()
            if t.isEmpty { if paragraph.isEmpty { continue } else { break } }
            if t.hasPrefix("#") { if paragraph.isEmpty { continue } else { break } }
            paragraph.append(line)
        }
        for sentence in Self.sentences(paragraph.joined(separator: " ")) where !(sentences[kind] ?? []).contains(sentence) {
            sentences[kind, default: []].append(sentence)
        }
    }

    /// A YAML scalar as written on one line, without a trailing comment or quotes.
    static func clean(_ raw: Substring) -> String {
        var v = raw
        if let hash = v.range(of: " #") { v = v[..<hash.lowerBound] }
        var s = v.trimmingSpaces()
        if s.count >= 2, let f = s.first, f == s.last, f == "\"" || f == "'" { s = String(s.dropFirst().dropLast()) }
        return s
    }

    /// Sentences of at least four characters, split after `。！？.!?` and their closing quotes.
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var ended = false
        for ch in text {
            if ended, !"”’\"')）".contains(ch) {
                out.append(current)
                current = ""
                ended = false
            }
            current.append(ch)
            if "。！？!?".contains(ch) || (ch == "." && !current.hasSuffix("..")) { ended = true }
        }
        out.append(current)
        return out.map { $0.trimmingSpaces() }.filter { $0.count >= 4 }
    }

    /// Made once: a `Message` literal is looked up in the catalog when made.
    static let fixHint: Message = "Write the page's own words there; until the page is ready, keep `draft: true` in its front matter so it is not published."

    /// Each placeholder still in `page`, as an error on its line.
    func problems(in page: ContentPage) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let fixHint = Self.fixHint
        for key in ["title", "summary"] {
            let value = key == "title" ? page.title : page.summary
            guard let value, values[page.kind]?[key]?.contains(value.trimmingSpaces()) == true else { continue }
            out.append(.error(page.sourcePath, line: page.keyLines[key],
                              "The `\(key)` is still the placeholder that `beacon new` wrote: “\(value)”.", hint: fixHint))
        }
        let placeholders = sentences[page.kind] ?? []
        guard !placeholders.isEmpty else { return out }
        let plain = placeholders.map { PlainText.isPlain($0) }
        // Most pages hold none of the sentences. When the body and every sentence are plain,
        // a line's answer is a byte search, so one search of the whole body per sentence
        // (none of which holds a line feed) rules all lines out at once.
        // (`linesArePlain`: a body has line feeds, which `isPlain` refuses, so the quick answer was never taken.)
        if !plain.contains(false), PlainText.linesArePlain(page.body),
           !placeholders.contains(where: { PlainText.containsBytes(page.body[...], $0) }) {
            return out
        }
        for (i, line) in PlainText.lines(page.body).enumerated() {
            let plainLine = PlainText.isPlain(line)
            guard let k = placeholders.indices.first(where: {
                PlainText.contains(line, placeholders[$0], plainLine: plainLine, plainSentence: plain[$0])
            }) else { continue }
            let found = placeholders[k]
            var d = Diagnostic.error(page.sourcePath, line: page.bodyLine + i,
                                     "This line is still the placeholder text that `beacon new` wrote: “\(found)”.", hint: fixHint)
            d.excerpt = String(line)
            out.append(d)
        }
        return out
    }
}

extension SiteBuilder {
    /// SPEC §10: text still as `beacon new` wrote it is never published. Drafts may keep it.
    /// The errors are reported with the Markdown step's, so a clerk sees them all at once.
    /// With a cache (`beacon serve`), a page that did not change keeps its last findings.
    static func checkPlaceholders(_ site: Site, cache: BuildCache? = nil) -> [Diagnostic] {
        let dirs = site.themeLayers.folders.map { $0.appendingPathComponent("archetypes") }
        let placeholders = Placeholders(dirs: dirs)
        let pages = (site.pages + site.withheld).filter { !$0.draft }.sorted { $0.sourcePath < $1.sourcePath }
        return BuildCache.reuseEach(cache, "placeholders", shared: placeholders, pages.map { ($0.sourcePath, $0) },
                                    placeholders.problems(in:)).flatMap { $0 }
    }
}
