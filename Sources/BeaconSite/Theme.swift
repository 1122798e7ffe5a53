import BeaconContent
import BeaconCore
import Foundation
import Mustache

/// The site's theme: Mustache templates and static files.
public struct Theme: Sendable {
    public let library: MustacheLibrary
    public let dir: URL
    /// Files under `static/`, copied to the output as they are, with their output paths.
    public let staticFiles: [(source: URL, path: String)]
    /// The `TemplateText` values of this build, or nil where strings must stay strings: when a
    /// template changes its tag delimiters or names a partial by a value (`{{>*name}}`).
    let texts: TemplateTextCache?
    /// Whether strings may be handed to the templates as `TemplateText` values.
    var textValues: Bool { texts != nil }

    public static let requiredTemplates = ["base", "home", "list", "bulletin", "case", "page", "types", "type", "search", "404"]

    /// Loads every `templates/*.mustache`; a template that does not parse is an error naming it.
    public static func load(dir: URL, siteRoot: URL) throws -> Theme {
        let problems = DiagnosticCollector()
        let templatesDir = dir.appendingPathComponent("templates")
        var library = MustacheLibrary()
        var textValues = true
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: templatesDir.path)) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        for name in names {
            let url = templatesDir.appendingPathComponent(name)
            let rel = relative(url, to: siteRoot)
            problems.capture {
                let source = try SourceText.read(url, path: rel)
                if !allowsTextValues(source.text) { textValues = false }
                do {
                    library.register(try MustacheTemplate(string: source.text), named: String(name.dropLast(".mustache".count)))
                } catch {
                    throw Diagnostic.error(rel, "The template cannot be read: \(error).",
                                           hint: "Check that every `{{#section}}` is closed by `{{/section}}` with the same name.")
                }
            }
        }
        for required in requiredTemplates where library.getTemplate(named: required) == nil {
            problems.add(.error(relative(templatesDir, to: siteRoot), "The theme has no `\(required).mustache` template.",
                                hint: "Copy it from themes/default/templates/ of a new site (`beacon new site`)."))
        }
        try problems.throwIfErrors()
        var files: [(URL, String)] = []
        let staticDir = dir.appendingPathComponent("static")
        if let walker = FileManager.default.enumerator(at: staticDir, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                files.append((url, relative(url, to: staticDir)))
            }
        }
        return Theme(library: library, dir: dir, staticFiles: files.sorted { $0.1 < $1.1 }, texts: textValues ? TemplateTextCache() : nil)
    }

    /// False for a template with a set-delimiter tag (`{{=<% %>=}}`) or a dynamic partial.
    static func allowsTextValues(_ template: String) -> Bool {
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
    public func render(_ template: String, _ context: [String: Any]) throws -> String {
        guard let out = library.render(TemplateValues.wrap(context), withTemplate: template) else {
            throw Diagnostic.error("themes", "The theme has no `\(template).mustache` template.",
                                   hint: "Add themes/<theme>/templates/\(template).mustache.")
        }
        return out
    }
}
