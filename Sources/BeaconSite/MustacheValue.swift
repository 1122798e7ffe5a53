import BeaconCore
import Mustache

/// A `TemplateValue` as swift-mustache reads it, made once per value rather than at every
/// lookup. swift-mustache finds a child through `as? MustacheParent` and decides how to show it
/// by casting it to the Swift types it knows (String, Bool, sequences, `MustacheLambda`,
/// `MustacheTemplate`); `native` hands it exactly those, so a theme sees what it saw when
/// contexts were dictionaries of `Any`: the same sections, inverted sections, transforms and output.
enum MustacheValue: Sendable {
    case string(String)
    /// Text that needs no escaping, as a template of that text (`TemplateText`).
    case template(MustacheTemplate)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list(MustacheList)
    case node(MustacheNode)
    case lambda(@Sendable (String) -> String)
    /// A name a map answers with "nothing here": shown, tested and looked into as a missing
    /// name is, except that the lookup stops at this map instead of going on to the maps below.
    case absent

    /// The value swift-mustache is handed.
    var native: Any {
        switch self {
        case .string(let s): s
        case .template(let t): t
        case .int(let n): n
        case .double(let d): d
        case .bool(let b): b
        case .list(let l): l
        case .node(let n): n
        case .lambda(let f): MustacheLambda { (text: String) -> Any? in f(text) }
        case .absent: Absent()
        }
    }
}

/// What `MustacheValue.absent` hands swift-mustache: it takes a custom representation of nil
/// for nil (as it does `NSNull`), so `{{x}}`, `{{#x}}`, `{{^x}}` and `{{x.y}}` behave as for a
/// name nobody has.
struct Absent: MustacheCustomRepresentation {
    var representation: Any? { nil }
}

extension TemplateValue {
    /// This value for swift-mustache. With `texts`, text needing no escaping becomes a
    /// `TemplateText` value (for what many pages share: made once, shown often).
    func mustache(texts: TemplateTextCache? = nil) -> MustacheValue {
        switch self {
        case .text(let s): texts.map { $0.value(s) } ?? .string(s)
        case .int(let n): .int(n)
        case .double(let d): .double(d)
        case .bool(let b): .bool(b)
        case .list(let items): .list(MustacheList(items.map { $0.mustache(texts: texts) }))
        case .map(let m): .node(MustacheNode(m, texts: texts))
        case .lambda(let f): .lambda(f)
        }
    }
}

extension TemplateValue {
    /// This value for swift-mustache, with the text under `names` (at any depth) as
    /// `TemplateText` values from `texts` and other text as strings: for a page's own values,
    /// where labels, codes and tag names repeat from page to page (made once, shown without
    /// escaping each time) but addresses and the page's text do not.
    func mustache(texts: TemplateTextCache?, names: Set<String>) -> MustacheValue {
        guard let texts else { return mustache() }
        switch self {
        case .list(let items): return .list(MustacheList(items.map { $0.mustache(texts: texts, names: names) }))
        case .map(let m):
            return .node(MustacheNode(m.reduce(into: [String: MustacheValue]()) { out, entry in
                if case .text(let s) = entry.value, names.contains(entry.key) { out[entry.key] = texts.repeated(s) } else {
                    out[entry.key] = entry.value.mustache(texts: texts, names: names)
                }
            }))
        default: return mustache()
        }
    }
}

/// A map of template values as swift-mustache reads it. A struct of our own conforms to
/// `MustacheParent` directly, so the cast swift-mustache makes at every lookup is cheap (a
/// dictionary conforms conditionally, checked again at each lookup).
struct MustacheNode: MustacheParent, Sendable {
    var values: [String: MustacheValue]

    init(_ values: [String: MustacheValue] = [:]) { self.values = values }

    init(_ map: TemplateMap, texts: TemplateTextCache? = nil) {
        values = map.mapValues { $0.mustache(texts: texts) }
    }

    /// A name's value; `SharedParts.key` is false unless given, so a cached partial called
    /// inside a section over this map renders per page.
    func child(named name: String) -> Any? {
        if let value = values[name] { return value.native }
        return name == SharedParts.key ? false : nil
    }

    subscript(name: String) -> MustacheValue? {
        get { values[name] }
        set { values[name] = newValue }
    }
}

/// A list of template values as swift-mustache reads it: a section repeats for each item, an
/// inverted section shows for an empty list, and the array transforms (`first`, `count`, …)
/// give what they give for an array of the items' native values.
struct MustacheList: MustacheSequence, MustacheTransformable, MustacheParent, CustomStringConvertible, Sendable {
    let items: [MustacheValue]

    init(_ items: [MustacheValue]) { self.items = items }

    func makeIterator() -> Iterator { Iterator(base: items.makeIterator()) }

    struct Iterator: IteratorProtocol {
        var base: IndexingIterator<[MustacheValue]>
        mutating func next() -> Any? { base.next()?.native }
    }

    private var natives: [Any] { items.map(\.native) }

    func transform(_ name: String) -> Any? { natives.transform(name) }

    /// Pushed by an inverted section, a list has no children (an array has none either);
    /// without this, swift-mustache would reflect the struct's own fields.
    func child(named: String) -> Any? { nil }

    var description: String { String(describing: natives) }
}
