import Mustache

/// A template context node. swift-mustache finds a child through `as? MustacheParent`; for a
/// `[String: Any]` that is a conditional conformance, checked again at every lookup, and on a
/// site of 13,000 pages those casts were a large share of rendering. A type of our own
/// conforms directly and is cast cheaply; a struct more cheaply than a class (no walk up
/// the class hierarchy on each of the several casts per lookup).
struct TemplateValues: MustacheParent, @unchecked Sendable {
    let values: [String: Any]

    init(_ values: [String: Any]) { self.values = values }

    func child(named name: String) -> Any? { values[name] }

    /// Wraps every dictionary in `value`, also inside arrays; values already wrapped stay as they are.
    /// With a `texts` cache, strings that are values of dictionaries become `TemplateText` values: for
    /// what many pages share, wrapped once.
    static func wrap(_ value: Any, texts: TemplateTextCache? = nil) -> Any {
        switch value {
        case let d as [String: Any]: return TemplateValues(d.mapValues { wrap($0, texts: texts, inDictionary: true) })
        case let a as [[String: Any]]: return a.map { TemplateValues($0.mapValues { wrap($0, texts: texts, inDictionary: true) }) }
        case let a as [Any]: return a.map { wrap($0, texts: texts) }
        default: return value
        }
    }

    private static func wrap(_ value: Any, texts: TemplateTextCache?, inDictionary: Bool) -> Any {
        if let texts, let s = value as? String { return texts.value(s) }
        return wrap(value, texts: texts)
    }
}
