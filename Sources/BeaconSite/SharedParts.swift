import Foundation
import Mustache

/// Page parts that are the same on every page of a language and section (the head's style
/// links, the hotline bar, the header, the menu with its current item, the footer), rendered
/// once per language and section and inserted into each page: Hugo's `partialCached`. On a
/// site of 13,000 pages they were most of what swift-mustache looked up.
///
/// Any template may be replaced by a site's own (`ThemeLayers`), so what is cached is decided
/// from the templates themselves, and a partial that cannot be shown to give the same output
/// on every page of a language and section renders per page as before:
/// 1. Only partials (`{{>name}}`) are cached, and only those whose output cannot depend on
///    where they are called: none of the partials they reach has a block (`{{$…}}`) or parent
///    (`{{<…}}`) tag, which would take the calling page's blocks; and no template calls a
///    partial or expands a block indented on a line of its own, which indents every line of
///    the output. (A theme with set-delimiter tags or dynamic partials caches nothing:
///    `Theme.texts`.)
/// 2. A partial's output is rendered with only the values that are the same for those pages
///    (`LayoutContext`: strings, site, language, menu). If the partial looks up a name those
///    values do not have, a name a page may have, it is not cached for that language and
///    section (`rendered`).
/// 3. The output is inserted only where the partial is called with the page's own context on
///    the stack and nothing that could answer a name in its place: inside a section over a map
///    (`{{#body}}`) a name could find the map's value, so every `MustacheNode` but the page's
///    answers `key` with false, and there the partial renders per page.
struct SharedParts: Sendable {
    /// The name under which a page's context holds the shared outputs, by partial name.
    static let key = "__shared"
    /// The theme's templates, each cached partial replaced by a stand-in that prints its
    /// shared output or, without one, renders the partial as before (registered again as
    /// `__full_<name>`).
    let library: MustacheLibrary
    /// The theme's templates as they are.
    let templates: MustacheLibrary
    /// The partials that may be cached, by name.
    let names: [String]

    /// - Parameter sources: every template's text by name.
    init(templates: MustacheLibrary, sources: [String: String]) {
        self.templates = templates
        let names = Self.cacheable(sources)
        var library = templates
        for name in names {
            guard let template = templates.getTemplate(named: name),
                  let standIn = try? MustacheTemplate(string: "{{{\(Self.key).\(name)}}}{{^\(Self.key).\(name)}}{{>__full_\(name)}}{{/\(Self.key).\(name)}}")
            else { continue }
            library.register(template, named: "__full_\(name)")
            library.register(standIn, named: name)
        }
        self.library = library
        self.names = names
    }

    /// The cached partials' outputs for pages whose shared values are `shared`; nil when none
    /// could be cached.
    func rendered(_ shared: MustacheNode) -> MustacheValue? {
        var out: [String: MustacheValue] = [:]
        for name in names {
            guard let template = templates.getTemplate(named: name) else { continue }
            let root = LookupRecorder(shared)
            let text = template.render(root, library: templates)
            if !root.missed { out[name] = .string(text) }
        }
        return out.isEmpty ? nil : .node(MustacheNode(out))
    }

    /// Partials whose output does not depend on where they are called (see the type's comment).
    static func cacheable(_ sources: [String: String]) -> [String] {
        let plainName = /^[A-Za-z0-9_-]+$/
        var called = Set<String>()
        var calls: [String: Set<String>] = [:]
        for (name, source) in sources {
            // The regular expressions run only where they can match (a line starting with a
            // space or tab, a `{{>`): run over every position of every template, they cost as
            // much as rendering a tenth of a 1,000-page site.
            for line in source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            where (line.first == " " || line.first == "\t") && line.contains("{{") {
                // An indented tag alone on its line indents the lines of what it shows.
                if line.wholeMatch(of: /[ \t]+\{\{[<>$][^}]*\}\}[ \t]*/) != nil { return [] }
            }
            var end = source.startIndex
            for tag in source.ranges(of: "{{>") where tag.lowerBound >= end {
                guard let match = source[tag.upperBound...].prefixMatch(of: /\s*([^\s}]+)\s*\}\}/) else { continue }
                end = match.range.upperBound
                called.insert(String(match.1))
                calls[name, default: []].insert(String(match.1))
            }
        }
        func usesBlocks(_ name: String, _ seen: inout Set<String>) -> Bool {
            guard seen.insert(name).inserted else { return false }
            guard let source = sources[name] else { return true }
            if source.contains("{{$") || source.contains("{{<") { return true }
            return (calls[name] ?? []).contains { usesBlocks($0, &seen) }
        }
        return called.filter { name in
            var seen = Set<String>()
            return name.wholeMatch(of: plainName) != nil && !usesBlocks(name, &seen)
        }.sorted()
    }
}

/// A page context's shared values that remember whether a template looked up a name they do
/// not have. Used on one thread, for one render.
private final class LookupRecorder: MustacheParent {
    let node: MustacheNode
    var missed = false

    init(_ node: MustacheNode) { self.node = node }

    func child(named name: String) -> Any? {
        if let value = node.values[name] { return value.native }
        missed = true
        return nil
    }
}
