import BeaconContent
import BeaconCore
import Foundation
import Mustache

/// The site's theme: Mustache templates and static files, from every layer of `ThemeLayers`
/// (a template or static file of the site's own replaces the base's at the same path).
public struct Theme: Sendable {
    public let library: MustacheLibrary
    public let layers: ThemeLayers
    /// Files under `static/`, copied to the output as they are, with their output paths.
    public let staticFiles: [(source: URL, path: String)]
    /// The partials rendered once per language and section, and the templates pages render
    /// with; nil when a template changes its tag delimiters or names a partial by a value
    /// (`{{>*name}}`), which `SharedParts` cannot follow.
    let shared: SharedParts?

    public static let requiredTemplates = ["base", "home", "list", "bulletin", "case", "page", "types", "type", "search", "404"]

    /// Loads every `templates/*.mustache`; a template that does not parse is an error naming it.
    public static func load(_ layers: ThemeLayers) throws -> Theme {
        let problems = DiagnosticCollector()
        var library = MustacheLibrary()
        var cachesParts = true
        var unreadable = Set<String>()   // a template that does not parse is reported once, not also as missing
        var sources: [String: String] = [:]
        for (url, name) in layers.files(in: "templates") where name.hasSuffix(".mustache") && !name.contains("/") {
            let rel = layers.displayPath(of: url)
            problems.capture {
                let source = try SourceText.read(url, path: rel)
                if !allowsSharedParts(source.text) { cachesParts = false }
                do {
                    library.register(try MustacheTemplate(string: source.text), named: String(name.dropLast(".mustache".count)))
                    sources[String(name.dropLast(".mustache".count))] = source.text
                } catch {
                    unreadable.insert(String(name.dropLast(".mustache".count)))
                    throw parseProblem(error, template: source.text, path: rel)
                }
            }
        }
        for required in requiredTemplates where library.getTemplate(named: required) == nil && !unreadable.contains(required) {
            problems.add(.error(layers.displayPath("templates"), "The theme has no `\(required).mustache` template.",
                                hint: "Remove `theme:` from site.yaml to use the theme built into Beacon, or copy its template: `beacon theme override templates/\(required).mustache`."))
        }
        try problems.throwIfErrors()
        return Theme(library: library, layers: layers, staticFiles: layers.files(in: "static").map { ($0.url, $0.path) },
                     shared: cachesParts ? SharedParts(templates: library, sources: sources) : nil)
    }

    /// False for a template with a set-delimiter tag (`{{=<% %>=}}`) or a dynamic partial.
    static func allowsSharedParts(_ template: String) -> Bool {
        if template.contains("{{=") { return false }
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let kind = rest.first, kind == ">" || kind == "<" else { continue }
            if rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).first == "*" { return false }
        }
        return true
    }

    /// Renders `template` with `context`; a missing template is a build error.
    public func render(_ template: String, _ context: TemplateMap) throws -> String {
        try render(template, MustacheNode(context))
    }

    /// Renders `template` with `context` already made for swift-mustache.
    func render(_ template: String, _ context: MustacheNode) throws -> String {
        guard let out = (shared?.library ?? library).render(context, withTemplate: template) else {
            throw Diagnostic.error("themes", "The theme has no `\(template).mustache` template.",
                                   hint: "Add \(layers.displayPath("templates/\(template).mustache")).")
        }
        return out
    }
}
