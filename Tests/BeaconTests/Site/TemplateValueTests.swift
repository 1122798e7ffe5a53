@testable import BeaconSite
import BeaconCore
import Mustache
import Testing

/// A `TemplateValue` must render exactly as the Swift value it replaced did when contexts were
/// `[String: Any]`: sections, inverted sections, lists, bools, empty text, numbers, lambdas,
/// transforms and lookups that climb out of a section.
@Suite struct TemplateValueTests {
    static let templates = [
        "{{#a}}<{{.}}>{{/a}}{{^a}}none{{/a}}|{{a}}|{{{a}}}",
        "{{#list}}[{{name}}|{{outer}}]{{/list}}{{^list}}empty{{/list}}",
        "{{#list}}{{name}},{{/list}}|{{count(list)}}|{{#first(list)}}{{name}}{{/first(list)}}|{{#empty(list)}}E{{/empty(list)}}{{^empty(list)}}F{{/empty(list)}}",
        "{{#node}}{{name}}-{{outer}}-{{missing}}{{/node}}{{^node}}no{{/node}}|{{node.name}}|{{node.inner.deep}}",
        "{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}",
        "{{n}}|{{plusone(n)}}|{{#n}}n:{{.}}{{/n}}{{^n}}zero{{/n}}|{{#even(n)}}even{{/even(n)}}|{{d}}|{{#d}}d{{/d}}",
        "{{#upper}}a {{outer}}{{/upper}}|{{uppercased(outer)}}|{{lowercased(list)}}",
    ]

    /// The same values as `TemplateValue`s and as the Swift values swift-mustache read before.
    static func cases() -> [(TemplateMap, [String: Any])] {
        var out: [(TemplateMap, [String: Any])] = []
        for text in ["x & <y>", "", "110", "反诈"] {
            for list in [[TemplateMap](), [["name": .text(text)]], [["name": "a"], ["outer": "shadow"]]] {
                for flag in [true, false] {
                    for n in [0, 7] {
                        let typed: TemplateMap = [
                            "a": .text(text), "outer": "Out'er", "flag": .bool(flag), "n": .int(n), "d": .double(Double(n) / 2),
                            "list": .maps(list),
                            "node": ["name": .text(text), "inner": ["deep": "D"]],
                            "upper": .lambda { $0.uppercased() },
                        ]
                        let native: [String: Any] = [
                            "a": text, "outer": "Out'er", "flag": flag, "n": n, "d": Double(n) / 2,
                            "list": list.map { $0.mapValues { $0.textValue! } },
                            "node": ["name": text, "inner": ["deep": "D"]],
                            "upper": MustacheLambda { (s: String) -> Any? in s.uppercased() },
                        ]
                        out.append((typed, native))
                    }
                }
            }
        }
        return out
    }

    @Test(arguments: templates)
    func rendersAsTheNativeValues(source: String) throws {
        let template = try MustacheTemplate(string: source)
        for (typed, native) in Self.cases() {
            #expect(template.render(MustacheNode(typed)) == template.render(native), "\(source)")
        }
    }

    @Test func literalsMakeTheCases() {
        let v: TemplateValue = ["a": "text", "n": 3, "d": 1.5, "b": true, "l": ["x", 2]]
        #expect(v["a"]?.textValue == "text")
        #expect(v["n"]?.intValue == 3)
        #expect(v["b"]?.boolValue == true)
        #expect(v["l"]?.listValue?.count == 2)
        if case .double(let d)? = v["d"] { #expect(d == 1.5) } else { Issue.record("1.5 is not a double") }
    }
}
