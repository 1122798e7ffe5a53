import BeaconCore
import Foundation

/// The theme's user-visible words per language, from `themes/<theme>/i18n/<lang>/*.yaml` of
/// every layer (the site's own over the default built into Beacon, merged key by key).
///
/// Nested keys are flattened with dots (`nav.cases`). Each part of Beacon keeps its words in
/// its own file (`site.yaml`, `stats.yaml`, `led.yaml`, …) so none are hard-coded in Swift.
public struct ThemeStrings: Sendable, Hashable {
    public var byLanguage: [String: [String: String]]

    public init(byLanguage: [String: [String: String]]) { self.byLanguage = byLanguage }

    /// Every string of `language`, flattened (`nav.cases`). Renderers do not look words up
    /// here: they ask the language resolved once per build (`SiteLanguage`, `Site.languages`).
    public func strings(_ language: Language) -> [String: String] { byLanguage[language.code] ?? [:] }

    /// Loads every `i18n/<lang>/*.yaml` of every layer of the theme. Layers merge key by key,
    /// as Hugo merges a project's translations over its theme's: the base's words first, then
    /// each key a site file sets. A list a site file sets (`led.headlines`) replaces the
    /// base's list whole, so a shorter list leaves none of the base's items behind.
    /// `area` words the base theme's strings for a county's site (`AreaWording`).
    public static func load(_ layers: ThemeLayers, languages: [Language], area: AreaWording? = nil) throws -> ThemeStrings {
        try load(layers, codes: languages.map(\.code), area: area)
    }

    /// `load` for languages named by their `i18n/<code>/` folders rather than by a site: the
    /// built-in theme's own (`BuiltinTheme.languages`), when no site's settings can be read.
    public static func load(_ layers: ThemeLayers, codes: [String], area: AreaWording? = nil) throws -> ThemeStrings {
        let problems = DiagnosticCollector()
        let fm = FileManager.default
        // Every file of every language and layer, in the order they merge.
        var files: [(code: String, layer: URL, url: URL)] = []
        var missing: [String] = []
        for code in codes {
            var found = false
            for layer in layers.folders.reversed() {
                let langDir = layer.appendingPathComponent("i18n").appendingPathComponent(code)
                let names = ((try? fm.contentsOfDirectory(atPath: langDir.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
                found = found || !names.isEmpty
                files += names.map { (code, layer, langDir.appendingPathComponent($0)) }
            }
            if !found { missing.append(code) }
        }
        // Read and parsed on all cores (about 6 M instructions a file, before anything else of
        // the build can start), then merged one by one in their order.
        let read = ParallelMap.map(files) { file in
            Result { () throws -> (own: [String: String], lists: [String]) in
                let source = try SourceText.read(file.url, path: layers.displayPath(of: file.url))
                let root = try YAMLDocument.parse(source.text, file: source.path)
                var own: [String: String] = [:]
                var lists: [String] = []
                try flatten(root, prefix: "", into: &own, lists: &lists)
                if let area, file.layer == layers.base {
                    own = own.mapValues { area.localize($0, code: file.code) }
                }
                return (own, lists)
            }
        }
        var result: [String: [String: String]] = [:]
        for code in codes {
            var table: [String: String] = [:]
            for (file, parsed) in zip(files, read) where file.code == code {
                problems.capture {
                    let (own, lists) = try parsed.get()
                    for list in lists { table = table.filter { !$0.key.hasPrefix(list + ".") } }
                    table.merge(own) { $1 }
                }
            }
            if missing.contains(code) {
                let dir = layers.displayPath("i18n/\(code)")
                problems.add(.error(dir, "The theme has no strings for the language `\(code)`.",
                                    hint: "Copy `themes/default/i18n/en/` (`beacon theme override i18n/en/site.yaml`, and the other files there) to `\(dir)/` and translate the values."))
            }
            result[code] = table
        }
        try problems.throwIfErrors()
        return ThemeStrings(byLanguage: result)
    }

    /// `lists` gets the key of every list met, whose items become `key.0`, `key.1`, ….
    static func flatten(_ v: YAMLValue, prefix: String, into table: inout [String: String], lists: inout [String]) throws {
        if v.isMapping {
            for pair in try v.pairs() {
                try flatten(pair.value, prefix: prefix.isEmpty ? pair.key : "\(prefix).\(pair.key)", into: &table, lists: &lists)
            }
        } else if v.node.sequence != nil {
            lists.append(prefix)
            for (i, item) in try v.items().enumerated() { try flatten(item, prefix: "\(prefix).\(i)", into: &table, lists: &lists) }
        } else {
            table[prefix] = try v.string()
        }
    }
}

/// `url`'s path relative to `root`, for messages.
public func relative(_ url: URL, to root: URL) -> String {
    relative(url, toStandardized: root.standardizedFileURL.path)
}

/// `relative(url, to: root)` where the caller has `root.standardizedFileURL.path` already
/// (listing a folder asks it once, not once per file).
public func relative(_ url: URL, toStandardized r: String) -> String {
    let p = standardizedPath(url)
    if p.hasPrefix(r + "/") { return String(p.dropFirst(r.count + 1)) }
    return p
}

/// `url.standardizedFileURL.path`, without Foundation's work where there is nothing to do: an
/// absolute path with no `.`, `..` or empty part and no `/` at the end, as every file a folder
/// listing gives under a standardized root. (`SiteFilesPathTests` compare the two.)
public func standardizedPath(_ url: URL) -> String {
    var path = url.path
    let plain = url.isFileURL && path.withUTF8 { b -> Bool in
        guard b.count > 1, b[0] == 0x2F, b[b.count - 1] != 0x2F else { return false }
        var start = 1
        for i in 1...b.count where i == b.count || b[i] == 0x2F {
            let length = i - start
            if length == 0 || (b[start] == 0x2E && (length == 1 || (length == 2 && b[start + 1] == 0x2E))) { return false }
            start = i + 1
        }
        return true
    }
    return plain ? path : url.standardizedFileURL.path
}

extension ThemeStrings {
    /// A language's strings nested again (`nav.cases` → `["nav": ["cases": …]]`), the shape
    /// Mustache templates read as `{{t.nav.cases}}` (`SiteLanguage.nested`).
    static func nested(_ table: [String: String]) -> TemplateMap {
        // Built in a tree of references, then turned into maps once (inserting into nested
        // `TemplateMap`s copied each child map at every key), with an ASCII key split at its
        // bytes rather than by Characters: this runs on one core before any page renders.
        // The same keys, in the same order, give the same maps: a name that is both a word
        // and the start of longer keys becomes a map.
        let root = NestedWords()
        for (key, value) in table {
            let parts = key.utf8.allSatisfy { $0 < 0x80 }
                ? key.utf8.split(separator: UInt8(ascii: ".")).map { Substring($0) }
                : key.split(separator: ".")
            root.insert(value, at: parts[...])
        }
        return root.map()
    }
}

/// One level of `ThemeStrings.nested` while it is built.
private final class NestedWords {
    enum Entry {
        case text(String)
        case map(NestedWords)
    }

    var entries: [String: Entry] = [:]

    func insert(_ value: String, at path: ArraySlice<Substring>) {
        guard let first = path.first else { return }
        let head = String(first)
        if path.count == 1 {
            if entries[head] == nil { entries[head] = .text(value) }
            return
        }
        let child: NestedWords
        if case .map(let existing) = entries[head] {
            child = existing
        } else {
            child = NestedWords()
            entries[head] = .map(child)
        }
        child.insert(value, at: path.dropFirst())
    }

    func map() -> TemplateMap {
        var out = TemplateMap(minimumCapacity: entries.count)
        for (name, entry) in entries {
            switch entry {
            case .text(let s): out[name] = .text(s)
            case .map(let child): out[name] = .map(child.map())
            }
        }
        return out
    }
}
