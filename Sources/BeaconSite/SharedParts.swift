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
///    `Theme.load`.)
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
    /// Whether a list entry's `item` partial may be rendered once per entry (`entry`): it is
    /// cacheable (above), and no template has a transform (`{{#first(items)}}`), which could
    /// depend on the entry's place in its list.
    let entries: Bool
    /// The name of the partial a list entry is shown with.
    static let entryPartial = "item"
    /// Renders the `item` partial with one entry pushed on the shared values.
    private static let entryTemplate = try? MustacheTemplate(string: "{{#\(entryKey)}}{{>\(entryPartial)}}{{/\(entryKey)}}")
    private static let entryKey = "__entry"

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
        entries = names.contains(Self.entryPartial) && !sources.values.contains { Self.hasTransform($0) }
    }

    /// The `item` partial's output for a list entry, to print wherever the entry is shown with
    /// it (a list shows a page in its section's list, its type's, its tags' and the home page),
    /// and the entry with that output under `key`. Nil when it cannot be known once for all
    /// those places: the partial looks up, beyond the entry's own names, a name that is not
    /// one of `common`'s (the values every page of the language has, unchanged by any page:
    /// `t`, `site`, `lang`, …).
    ///
    /// - Parameters:
    ///   - entry: the entry's values; every name of `fields` it lacks is answered `absent`, so
    ///     the entry's own names never find a value of the page around the list.
    ///   - common: the shared values of the pages the list is on (their language's).
    func entry(_ entry: MustacheNode, fields: [String], common: MustacheNode) -> MustacheNode? {
        guard entries, let template = Self.entryTemplate else { return nil }
        var node = entry
        for name in fields where node.values[name] == nil { node.values[name] = .absent }
        let root = NameRecorder(common, entry: (Self.entryKey, node))
        let text = template.render(root, library: templates)
        guard root.names.allSatisfy({ common.values[$0] != nil }) else { return nil }
        node.values[Self.key] = .node(MustacheNode([Self.entryPartial: .string(text)]))
        return node
    }

    /// Whether a template has a tag with a transform (`{{uppercased(name)}}`); comments aside.
    ///
    /// Read by bytes: with `range(of:)` it cost about 1.4 M instructions a template, on one core
    /// before any page renders. Where a byte of `{ } ( !` has a non-ASCII byte beside it, a
    /// combining mark or a prepended scalar could make it part of a larger Character, which
    /// the search by Characters treats differently: such a template is read as before.
    static func hasTransform(_ source: String) -> Bool {
        let bytes = Array(source.utf8)
        func isMarkup(_ b: UInt8) -> Bool { b == 0x7B || b == 0x7D || b == 0x28 || b == 0x21 }
        for i in bytes.indices where isMarkup(bytes[i]) && ((i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < bytes.count && bytes[i + 1] >= 0x80)) {
            return hasTransformByCharacters(source)
        }
        var i = 0
        func find(_ b: UInt8, from start: Int) -> Int? {
            var j = start
            while j + 1 < bytes.count {
                if bytes[j] == b, bytes[j + 1] == b { return j }
                j += 1
            }
            return nil
        }
        while let open = find(0x7B, from: i) {
            let inside = open + 2
            guard let close = find(0x7D, from: inside) else { return bytes[inside...].contains(0x28) }
            if inside < bytes.count, bytes[inside] != 0x21, bytes[inside..<close].contains(0x28) { return true }
            i = close + 2
        }
        return false
    }

    /// `hasTransform` by Characters, for a template where bytes may not tell.
    static func hasTransformByCharacters(_ source: String) -> Bool {
        var rest = source[...]
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { return rest.contains("(") }
            if rest.first != "!", rest[..<close.lowerBound].contains("(") { return true }
            rest = rest[close.upperBound...]
        }
        return false
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
        // Each regular expression made once, not at every template and tag that uses it
        // (making one cost about 300,000 instructions, on one core before any page renders).
        let plainName = /^[A-Za-z0-9_-]+$/
        let indentedTag = /[ \t]+\{\{[<>$][^}]*\}\}[ \t]*/
        let tagName = /\s*([^\s}]+)\s*\}\}/
        var called = Set<String>()
        var calls: [String: Set<String>] = [:]
        for (name, source) in sources {
            // The regular expressions run only where a scan of the bytes finds they could match:
            // run over every position of every template, they cost as much as rendering a
            // tenth of a 1,000-page site.
            if mayHaveIndentedTag(source) {
                // An indented tag alone on its line indents the lines of what it shows.
                for line in source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                where line.wholeMatch(of: indentedTag) != nil { return [] }
            }
            var end = source.startIndex
            for tag in partialTags(source) where tag >= end {
                guard let match = source[tag...].prefixMatch(of: tagName) else { continue }
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

/// Whether a space or tab comes right before `{{<`, `{{>` or `{{$` somewhere in `source`: what
/// an indented tag alone on its line needs.
private func mayHaveIndentedTag(_ source: String) -> Bool {
    let bytes = Array(source.utf8)
    guard bytes.count >= 4 else { return false }
    for i in 0..<(bytes.count - 3) where (bytes[i] == 0x20 || bytes[i] == 0x09) && bytes[i + 1] == 0x7B && bytes[i + 2] == 0x7B
        && (bytes[i + 3] == 0x3C || bytes[i + 3] == 0x3E || bytes[i + 3] == 0x24) { return true }
    return false
}

/// Where each `{{>` of `source` ends, as `source.ranges(of: "{{>")` finds them (its three
/// characters whole: no combining mark joined to one), found by bytes.
private func partialTags(_ source: String) -> [String.Index] {
    let bytes = Array(source.utf8)
    let utf8 = source.utf8
    var out: [String.Index] = []
    var i = 0
    while i + 3 <= bytes.count {
        if bytes[i] == 0x7B, bytes[i + 1] == 0x7B, bytes[i + 2] == 0x3E,
           (0...3).allSatisfy({ utf8.index(utf8.startIndex, offsetBy: i + $0).samePosition(in: source) != nil }) {
            out.append(utf8.index(utf8.startIndex, offsetBy: i + 3))
            i += 3
        } else {
            i += 1
        }
    }
    return out
}

/// Shared values with one entry under a name of its own, that remember the names a template
/// looked up in them (names the entry did not answer). Used on one thread, for one render.
private final class NameRecorder: MustacheParent {
    let node: MustacheNode
    let entry: (name: String, node: MustacheNode)
    var names = Set<String>()

    init(_ node: MustacheNode, entry: (String, MustacheNode)) {
        self.node = node
        self.entry = entry
    }

    func child(named name: String) -> Any? {
        if name == entry.name { return entry.node }
        names.insert(name)
        return node.values[name]?.native
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
