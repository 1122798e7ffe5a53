import BeaconCore
@testable import BeaconSite
import Mustache
import Testing

/// `MustacheNode.descendant(named:)` finds for a dotted name, and `MustacheNode.text(named:)` prints
/// for a name, what looking the names up one by one finds (swift-mustache casting each value on
/// the way and asking it for the next name).
@Suite struct MustacheNodeLookupTests {
    /// The same values, answering only `child(named:)`: swift-mustache goes name by name.
    struct ByName: MustacheParent {
        let node: MustacheNode
        func child(named name: String) -> Any? {
            if case .node(let inner)? = node.values[name] { return ByName(node: inner) }
            return node.child(named: name)
        }
    }

    static let context: TemplateMap = [
        "a": ["b": ["c": "deep"], "s": "text<", "n": 3, "d": 1.5, "t": true, "f": false, "l": ["x", "y"], "e": [],
              "fn": .lambda { "[\($0)]" }],
        "top": ["x": "X", "a": ["s": "hidden"]],
    ]

    static let templates = [
        "{{a.b.c}}|{{a.s}}|{{a.s.x}}|{{a.n}}|{{a.n.x}}|{{a.d.x}}|{{a.t.x}}|{{a.l.x}}|{{a.l.first}}|{{a.fn.x}}|{{a.missing.x}}|{{a.missing}}",
        "{{#a.t}}T{{/a.t}}{{^a.f}}!F{{/a.f}}{{#a.l}}[{{.}}]{{/a.l}}{{^a.e}}none{{/a.e}}{{#a.b}}{{c}}{{/a.b}}{{#a.fn}}in{{/a.fn}}",
        "{{#a}}{{b.c}}|{{top.x}}|{{top.a.s}}|{{s.length}}{{/a}}|{{#top}}{{a.s}}|{{a.b.c}}{{/top}}",
        "{{__shared.x}}|{{a.__shared}}|{{a.__shared.x}}|{{#a}}{{__shared.x}}{{^__shared.x}}full{{/__shared.x}}{{/a}}",
        "{{abs.x}}|{{abs}}|{{a.absent}}|{{#a}}{{abs.x}}{{/a}}|{{^abs}}gone{{/abs}}",
        // names printed: answered by `text(named:)` (change 15 of PATCHES.md), climbing, unescaped,
        // inside sections over a string and over a list of strings
        "{{x}}|{{{a.s}}}|{{a.s}}|{{#a}}{{s}}{{{s}}}{{x}}{{n}}{{d}}{{t}}{{l}}{{missing}}{{abs}}{{absent}}{{__shared}}{{fn}}{{/a}}|{{#a.l}}{{.}}{{a.s}}{{top.x}}{{x}}{{/a.l}}",
        "{{#top}}{{x}}{{a.s}}{{#a}}{{s}}{{b.c}}{{x}}{{/a}}{{/top}}|{{#a.s}}{{top.x}}{{s}}{{/a.s}}|{{a.absent.x}}|{{{a.b.c}}}|{{__shared.x}}",
    ]

    @Test(arguments: templates)
    func dottedNamesFindWhatNameByNameFinds(source: String) throws {
        let template = try MustacheTemplate(string: source)
        var node = MustacheNode(Self.context)
        node["__shared"] = .node(MustacheNode(["x": .string("shared")]))
        node["abs"] = .absent
        if case .node(var a)? = node["a"] { a["absent"] = .absent; node["a"] = .node(a) }
        let direct = template.render(node)
        #expect(direct == template.render(ByName(node: node)))
        #expect(!direct.isEmpty)
    }
}
