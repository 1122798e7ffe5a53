/// A value a theme template shows: what every renderer (website, statistics, LED, leaflets,
/// share kit) hands the website's templates. One Sendable type instead of dictionaries of `Any`, so
/// contexts can be built on any thread, shared between pages, and read back in tests without
/// casts. The website turns it into what swift-mustache reads (`MustacheValue` in BeaconSite);
/// no other module needs swift-mustache.
///
/// How a template treats each case (as swift-mustache treats the Swift value it stands for):
/// - `text`: `{{x}}` escapes it, `{{{x}}}` prints it; a section over it is shown (even for
///   `""`: leave empty text out instead of handing `""`);
/// - `int`, `double`: written as Swift writes them (`6`, `6.0`); a section over them is shown;
/// - `bool`: a section is shown when true, an inverted section when false;
/// - `list`: a section repeats for each item, an inverted section is shown for an empty list;
/// - `map`: a section over it looks names up in it first;
/// - `lambda`: gets a section's unrendered text and returns template text to render instead.
public enum TemplateValue: Sendable {
    case text(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([TemplateValue])
    case map(TemplateMap)
    case lambda(@Sendable (String) -> String)
}

/// Named template values: a template context, or one level of it.
public typealias TemplateMap = [String: TemplateValue]

extension TemplateValue {
    /// Each value's template value, in order.
    public static func list<S: Sequence>(_ items: S, _ value: (S.Element) throws -> TemplateValue) rethrows -> TemplateValue {
        .list(try items.map(value))
    }

    /// Each map as a value: `.maps(entries)` for `[[String: TemplateValue]]`.
    public static func maps(_ items: [TemplateMap]) -> TemplateValue { .list(items.map(TemplateValue.map)) }

    /// Each string as a text value.
    public static func texts(_ items: [String]) -> TemplateValue { .list(items.map(TemplateValue.text)) }

    /// The text, when this is text (and so for the other cases): for tests and checks.
    public var textValue: String? { if case .text(let s) = self { s } else { nil } }
    public var boolValue: Bool? { if case .bool(let b) = self { b } else { nil } }
    public var intValue: Int? { if case .int(let n) = self { n } else { nil } }
    public var listValue: [TemplateValue]? { if case .list(let l) = self { l } else { nil } }
    public var mapValue: TemplateMap? { if case .map(let m) = self { m } else { nil } }
    /// The maps of a list of maps (items that are not maps left out).
    public var mapsValue: [TemplateMap]? { listValue?.compactMap(\.mapValue) }

    /// The value named `key`, when this is a map.
    public subscript(key: String) -> TemplateValue? { mapValue?[key] }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) { self = .text(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension TemplateValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .map(TemplateMap(elements, uniquingKeysWith: { $1 }))
    }
}
