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
        // Read and parsed on all cores (parsing is most of loading a theme, and nothing renders
        // before it), then taken in their order, as one by one.
        let files = layers.files(in: "templates").filter { $0.path.hasSuffix(".mustache") && !$0.path.contains("/") }
        let read = ParallelMap.map(files) { file in readTemplate(file.url, path: layers.displayPath(of: file.url)) }
        for (file, result) in zip(files, read) {
            let name = String(file.path.dropLast(".mustache".count))
            problems.capture {
                let source = try result.source.get()
                if !allowsSharedParts(source) { cachesParts = false }
                switch result.template {
                case .success(let template):
                    library.register(template, named: name)
                    sources[name] = source
                case .failure(let error):
                    unreadable.insert(name)
                    throw error
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

    /// A template file's text (or why it cannot be read) and the template parsed from it (or
    /// the error that says where it does not parse).
    private static func readTemplate(_ url: URL, path: String) -> (source: Result<String, Error>, template: Result<MustacheTemplate, Error>) {
        let source: SourceText
        do { source = try SourceText.read(url, path: path) } catch { return (.failure(error), .failure(error)) }
        do { return (.success(source.text), .success(try MustacheTemplate(string: source.text))) } catch {
            return (.success(source.text), .failure(parseProblem(error, template: source.text, path: path)))
        }
    }

    /// False for a template with a set-delimiter tag (`{{=<% %>=}}`) or a dynamic partial
    /// (`{{>*name}}`, `{{< *name}}`). Read by bytes (by characters it cost as much as parsing the
    /// templates); a mark joined to `=`, `>`, `<` or `*` still counts as that tag here, so a
    /// doubtful template is not cached, which shows it as before.
    static func allowsSharedParts(_ template: String) -> Bool {
        let bytes = Array(template.utf8)
        var i = 0
        while i + 2 < bytes.count {
            guard bytes[i] == UInt8(ascii: "{"), bytes[i + 1] == UInt8(ascii: "{") else { i += 1; continue }
            let kind = bytes[i + 2]
            if kind == UInt8(ascii: "=") { return false }
            i += 1
            guard kind == UInt8(ascii: ">") || kind == UInt8(ascii: "<") else { continue }
            var j = i + 2
            while j < bytes.count, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[j]) { j += 1 }
            if j < bytes.count, bytes[j] == UInt8(ascii: "*") { return false }
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
