import BeaconCore
import Mustache

/// A `TemplateValue` as swift-mustache reads it, made once per value rather than at every
/// lookup. swift-mustache finds a child through `as? MustacheParent` and decides how to show it
/// by casting it to the Swift types it knows (String, Bool, sequences, `MustacheLambda`,
/// `MustacheTemplate`); `native` hands it exactly those, so a theme sees what it saw when
/// contexts were dictionaries of `Any`: the same sections, inverted sections, transforms and output.
enum MustacheValue: Sendable {
    case string(String)
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
    /// This value for swift-mustache. (Text is a string: the patched swift-mustache prints
    /// text with nothing to escape as it is, found by its bytes, so no value of our own stands
    /// in for such text any more.)
    func mustache() -> MustacheValue {
        switch self {
        case .text(let s): .string(s)
        case .int(let n): .int(n)
        case .double(let d): .double(d)
        case .bool(let b): .bool(b)
        case .list(let items): .list(MustacheList(items.map { $0.mustache() }))
        case .map(let m): .node(MustacheNode(m))
        case .lambda(let f): .lambda(f)
        }
    }
}

/// A map of template values as swift-mustache reads it. A struct of our own conforms to
/// `MustacheParent` directly, so the cast swift-mustache makes at every lookup is cheap (a
/// dictionary conforms conditionally, checked again at each lookup).
struct MustacheNode: MustacheParent, Sendable {
    var values: [String: MustacheValue]

    init(_ values: [String: MustacheValue] = [:]) { self.values = values }

    init(_ map: TemplateMap) {
        values = map.mapValues { $0.mustache() }
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

    /// A dotted name (`page.title`) resolved through the maps themselves, without handing each
    /// map to swift-mustache to cast and look into: what looking up name by name finds (see
    /// `child(named:)`). Below a map only a map has children: text, numbers, lists, lambdas and
    /// `absent` have none, so a name after one of them finds nothing.
    func descendant(named names: ArraySlice<String>) -> MustacheDescendant {
        guard let first = names.first else { return .byName }
        guard var value = values[first] else { return first == SharedParts.key ? .found(nil) : .notHere }
        var rest = names.dropFirst()
        while let name = rest.popFirst() {
            guard case .node(let node) = value else { return .found(nil) }
            guard let next = node.values[name] else { return .found(name == SharedParts.key && rest.isEmpty ? false : nil) }
            value = next
        }
        return .found(value.native)
    }

    /// What `{{name}}` prints for a name whose first name is looked up in this map, answered
    /// without handing swift-mustache the value (as `Any`, to test and cast before printing it):
    /// text, or nothing (a missing name below the first, `absent`); anything else is looked up
    /// by name, as are `SharedParts.key` names (see `child(named:)`, `descendant(named:)`).
    func text(named names: ArraySlice<String>) -> MustacheText {
        guard let first = names.first else { return .byName }
        guard var value = values[first] else { return first == SharedParts.key ? .byName : .notHere }
        var rest = names.dropFirst()
        while let name = rest.popFirst() {
            guard case .node(let node) = value else { return .nothing }
            guard let next = node.values[name] else { return name == SharedParts.key && rest.isEmpty ? .byName : .nothing }
            value = next
        }
        switch value {
        case .string(let text): return .text(text)
        case .absent: return .nothing
        default: return .byName
        }
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
