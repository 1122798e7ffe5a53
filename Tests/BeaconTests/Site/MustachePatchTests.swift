import Mustache
import Testing

/// The behaviour Beacon relies on from swift-mustache, kept by the patched copy in
/// `Vendor/swift-mustache` (PATCHES.md): HTML escaping, dotted names (split when a template is
/// parsed), rendering into one string (sections, inverted sections, partials and their
/// indentation, inheritance, lambdas, transforms). The expected texts are what the unpatched
/// 2.1.1 renders (this suite passes against it too), quirks included: the whitespace before a
/// standalone partial or block stays where it is, and a line left blank inside one is indented.
@Suite struct MustachePatchTests {
    /// Escaping as swift-mustache 2.1.1 did it, character by character.
    static func escapedByCharacters(_ text: String) -> String {
        let replacements: [Character: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"]
        var out = ""
        for c in text { out += replacements[c] ?? String(c) }
        return out
    }

    /// Texts with nothing to escape, escapes between ASCII bytes, and escapes that a combining
    /// mark, a prepended scalar, an emoji modifier or Chinese text sits next to.
    static let texts = [
        "", "plain", "反诈提示", "a<b", "<>&\"'", "Tom & Jerry's", "it's", "王某说'你好'", "李女士\"", "\"李女士",
        "<\u{0338}", "a<\u{0338}b", "\u{0600}<", "e\u{0301}<", "<e\u{0301}", "👍🏽<", "<👍🏽", "\r\n<\r\n", "&amp;", "110 & 96110",
    ]

    @Test(arguments: texts)
    func escapesAsCharacterByCharacter(text: String) throws {
        let template = try MustacheTemplate(string: "{{a}}|{{{a}}}|{{&a}}")
        let escaped = Self.escapedByCharacters(text)
        #expect(template.render(["a": text]) == "\(escaped)|\(text)|\(text)")
        #expect(escaped.unicodeScalars.count >= text.unicodeScalars.count)
    }

    @Test func combiningMarkKeepsItsCharacterUnescaped() throws {
        // "<" with U+0338 is one character, not "<": 2.1.1 left it as it is.
        let template = try MustacheTemplate(string: "{{a}}")
        #expect(template.render(["a": "<\u{0338}<"]) == "<\u{0338}&lt;")
    }

    @Test func dottedNames() throws {
        let context: [String: Any] = ["a": ["b": ["c": "deep"], "x": "ax"], "x": "top", "list": [["b": "1"], ["c": "2"]]]
        let template = try MustacheTemplate(string: "{{a.b.c}}|{{a.x}}|{{a.missing}}|{{a.b.c.d}}|{{#a}}{{x}}{{.x}}{{/a}}|{{#a.b}}{{c}}{{x}}{{.x}}{{/a.b}}|{{#list}}[{{.b}}{{b}}]{{/list}}")
        #expect(template.render(context) == "deep|ax|||axax|deeptop|[11][]")
    }

    struct Person { let name: String }
    struct Represented: MustacheCustomRepresentation { var representation: Any? { ["name": "R", "inner": Person(name: "P")] } }
    struct Nothing: MustacheCustomRepresentation { var representation: Any? { nil } }
    struct Answers: MustacheParent { func child(named: String) -> Any? { named == "name" ? "from parent" : nil } }

    /// Objects on the context stack of every kind: a parent, a plain struct (read by reflection),
    /// a custom representation (the root), one that represents nothing, and lookups that climb.
    @Test func stackObjectsOfEveryKind() throws {
        let template = try MustacheTemplate(string: "{{name}}|{{#inner}}{{name}}{{/inner}}|{{#parent}}{{name}}-{{other}}{{/parent}}|{{#nothing}}x{{/nothing}}{{^nothing}}none{{/nothing}}{{nothing.name}}|{{.}}")
        let root: [String: Any] = ["name": "root", "inner": Person(name: "Ann"), "parent": Answers(), "other": "O", "nothing": Nothing()]
        #expect(template.render(root).hasPrefix("root|Ann|from parent-O|none|"))
        let represented = try MustacheTemplate(string: "{{name}}|{{#inner}}{{name}}{{/inner}}|{{inner.name}}")
        #expect(represented.render(Represented()) == "R|P|P")
        #expect(represented.render(Nothing()) == "||")
        // A string pushed by a section has no children (its mirror has none): names climb past it.
        let inString = try MustacheTemplate(string: "{{#s}}[{{count}}|{{isEmpty}}|{{utf8}}|{{some}}|{{.}}|{{other}}]{{/s}}{{#o}}[{{some}}|{{.}}]{{/o}}")
        let optional: String? = "opt"
        #expect(inString.render(["s": "abc", "other": "O", "o": optional as Any]) == "[||||abc|O][opt|opt]")
    }

    /// A type found without a custom representation once is not cast again: an Optional of one
    /// that has a representation still shows it after an empty Optional of that type was shown
    /// (an empty Optional put in an `Any` is a value, shown by a section, as in 2.1.1).
    @Test func customRepresentationsAfterPlainValuesOfTheirType() throws {
        let none: Represented? = nil
        let some: Represented? = Represented()
        let template = try MustacheTemplate(string: "{{#list}}[{{name}}{{inner.name}}{{#.}}in{{/.}}]{{/list}}|{{#a}}a{{/a}}{{^a}}!a{{/a}}|{{b.name}}|{{#c}}{{name}}{{/c}}")
        let context: [String: Any] = ["list": [none as Any, some as Any, Person(name: "X") as Any, some as Any], "a": none as Any, "b": some as Any, "c": some as Any]
        #expect(template.render(context) == "[in][RPin][Xin][RPin]|a|R|R")
    }

    /// A parent that answers dotted names itself (change 8 of PATCHES.md).
    struct Shortcut: MustacheParent {
        func child(named: String) -> Any? { named == "a" ? ["b": "by name"] : nil }
        func descendant(named names: ArraySlice<String>) -> MustacheDescendant {
            names.first == "a" ? .found(names.joined(separator: "/")) : names.first == "z" ? .found(nil) : .notHere
        }
    }

    /// Its answer is what a dotted name finds, nothing included (the lookup stops there);
    /// `notHere` climbs the stack; single names still ask `child(named:)`; and a parent that
    /// does not answer (a dictionary) is looked into name by name.
    @Test func parentsThatAnswerDottedNames() throws {
        let template = try MustacheTemplate(string: "{{a.b}}|{{#s}}{{a.b.c}}|{{x.y}}|{{z.y}}|{{#a}}{{b}}{{/a}}|{{a.b}}{{/s}}")
        let context: [String: Any] = ["s": Shortcut(), "x": ["y": "below"], "z": ["y": "hidden"], "a": ["b": "root"]]
        #expect(template.render(context) == "root|a/b/c|below||by name|a/b")
    }

    @Test func currentItemAndTransforms() throws {
        let template = try MustacheTemplate(string: "{{#list}}{{index()}}{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{.}};{{/list}}|{{uppercased(name)}}|{{count(list)}}")
        #expect(template.render(["list": ["a", "b", "c"], "name": "x<y"]) == "0Fa;1b;2Lc;|X&lt;Y|3")
    }

    @Test func sectionsAndInvertedSections() throws {
        let template = try MustacheTemplate(string: "{{#t}}T{{/t}}{{^t}}!T{{/t}}|{{#f}}F{{/f}}{{^f}}!F{{/f}}|{{#e}}E{{/e}}{{^e}}!E{{/e}}|{{#m}}{{n}}{{/m}}{{^missing}}none{{/missing}}")
        #expect(template.render(["t": true, "f": false, "e": [String](), "m": ["n": "N"]]) == "T|!F|!E|Nnone")
    }

    struct Null: MustacheCustomRenderable {
        var renderText: String { "null" }
        var isNull: Bool { true }
    }

    /// Sections over values of types that are neither sequences nor custom renderable (change 9
    /// in PATCHES.md) show as before, in a first render and in one after it that knows the
    /// types; Optionals, null renderables and sequences go the long way.
    @Test func sectionsOverPlainValuesAfterTheirTypeIsKnown() throws {
        let template = try MustacheTemplate(string: "{{#t}}T{{/t}}{{^t}}!T{{/t}}|{{#f}}F{{/f}}{{^f}}!F{{/f}}|{{#p}}{{name}}{{/p}}{{^p}}!P{{/p}}|{{#s}}{{.}}{{/s}}{{^s}}!S{{/s}}|{{#ob}}OB{{/ob}}{{^ob}}!OB{{/ob}}|{{#on}}ON{{/on}}{{^on}}!ON{{/on}}|{{#null}}N{{/null}}{{^null}}!N{{/null}}|{{#l}}{{.}}{{/l}}")
        let context: [String: Any] = ["t": true, "f": false, "p": Person(name: "Ann"), "s": "str", "ob": Optional(false) as Any,
                                      "on": (nil as Bool?) as Any, "null": Null(), "l": ["a", "b"]]
        #expect(template.render(context) == "T|!F|Ann|str|!OB|ON|!N|ab")
        #expect(template.render(context) == "T|!F|Ann|str|!OB|ON|!N|ab")
    }

    struct Letters: MustacheSequence {
        func makeIterator() -> IndexingIterator<[String]> { ["p", "q"].makeIterator() }
    }

    /// Sections over sequences of several types (change 13 of PATCHES.md: a value's type says
    /// what a section does with it), in a first render and in one after it that knows the types.
    @Test func sectionsOverSequencesAfterTheirTypeIsKnown() throws {
        let template = try MustacheTemplate(string: "{{#arr}}{{.}}{{/arr}}{{^arr}}!{{/arr}}|{{#empty}}E{{/empty}}{{^empty}}!E{{/empty}}|{{#set}}{{.}}{{/set}}|{{#rev}}{{.}}{{/rev}}|{{#letters}}{{.}}{{/letters}}{{^letters}}!L{{/letters}}|{{#nested}}[{{#.}}{{.}}{{/.}}]{{/nested}}")
        let context: [String: Any] = ["arr": ["a", "b"], "empty": [Int](), "set": Set(["s"]), "rev": ["1", "2"].reversed(),
                                      "letters": Letters(), "nested": [["x"], ["y", "z"]]]
        #expect(template.render(context) == "ab|!E|s|21|pq|[x][yz]")
        #expect(template.render(context) == "ab|!E|s|21|pq|[x][yz]")
    }

    struct Named: MustacheParent {
        let name: String
        func child(named: String) -> Any? { named == "name" ? self.name : nil }
    }
    final class NamedObject: MustacheParent {
        func child(named: String) -> Any? { named == "name" ? "object" : nil }
    }

    /// Parents pushed by sections: each value of a type whose conformance is known is itself
    /// (not the first value of its type), and class instances and Optionals are still found.
    @Test func parentsOfTheSameTypeOnTheStack() throws {
        let template = try MustacheTemplate(string: "{{#people}}{{name}};{{/people}}|{{#object}}{{name}}{{/object}}|{{#maybe}}{{name}}{{/maybe}}|{{#one}}{{name}}{{/one}}")
        let maybe: Named? = Named(name: "M")
        let context: [String: Any] = ["people": [Named(name: "A"), Named(name: "B")], "object": NamedObject(), "maybe": maybe as Any, "one": Named(name: "C")]
        #expect(template.render(context) == "A;B;|object|M|C")
        #expect(template.render(context) == "A;B;|object|M|C")
    }

    /// A parent that answers `text(named:)` (change 15 of PATCHES.md), with answers that differ
    /// from its `child(named:)` to show which is asked: `{{name}}` and `{{{name}}}` print its text,
    /// `.nothing` stops the lookup, `.byName` and `.notHere` look the name up as before; sections,
    /// transforms and `.name` ask `child(named:)`; an object read by reflection above it has the
    /// name looked up as before, a string pushed by a section is passed.
    struct Says: MustacheParent {
        func child(named name: String) -> Any? { ["t", "n", "o"].contains(name) ? "child" : nil }
        func text(named names: ArraySlice<String>) -> MustacheText {
            switch names.first {
            case "t": .text("<text>")
            case "n": .nothing
            case "o": .byName
            default: .notHere
            }
        }
    }

    @Test func parentsThatAnswerText() throws {
        let template = try MustacheTemplate(string: "{{#s}}{{t}}|{{{t}}}|{{n}}|{{o}}|{{x}}|{{#t}}in{{/t}}|{{uppercased(t)}}|{{.t}}|{{#p}}{{t}}{{/p}}|{{#str}}{{t}}{{/str}}{{/s}}|{{t}}")
        let context: [String: Any] = ["s": Says(), "x": "below", "n": "hidden", "p": Person(name: "P"), "str": "abc", "t": "root"]
        #expect(template.render(context) == "&lt;text&gt;|<text>||child|below|in|CHILD|child|child|&lt;text&gt;|root")
    }

    /// Room is made for what a template rendered last time (change 14): a render longer or
    /// shorter than the one before it is whole.
    @Test func rendersOfEverySizeAfterEachOther() throws {
        let template = try MustacheTemplate(string: "<p>{{a}}</p>")
        for size in [3, 5000, 10, 70000, 0, 5000] {
            let text = String(repeating: "反a", count: size)
            #expect(template.render(["a": text]) == "<p>\(text)</p>")
        }
    }

    @Test func standalonePartialsAreIndented() throws {
        var library = MustacheLibrary()
        try library.register("<ul>\n  {{>part}}\n  {{>empty}}\n</ul>\n", named: "page")
        try library.register("<li>{{a}}</li>\n{{#no}}x{{/no}}\n<li>{{b}}</li>\n", named: "part")
        try library.register("{{#no}}nothing{{/no}}", named: "empty")
        let out = library.render(["a": "A", "b": "B&"], withTemplate: "page")
        #expect(out == "<ul>\n  <li>A</li>\n  \n  <li>B&amp;</li>\n  </ul>\n")
    }

    @Test func inheritance() throws {
        var library = MustacheLibrary()
        try library.register("<title>{{$title}}Default{{/title}}</title>\n<main>\n  {{$main}}\n  {{/main}}\n</main>\n", named: "base")
        try library.register("{{<base}}{{$title}}{{name}}{{/title}}{{$main}}\n<p>{{name}}</p>\n<p>two</p>\n{{/main}}{{/base}}", named: "page")
        try library.register("{{<base}}{{/base}}", named: "bare")
        #expect(library.render(["name": "王某"], withTemplate: "page") == "<title>王某</title>\n<main>\n  \n  <p>王某</p>\n  <p>two</p>\n</main>\n")
        #expect(library.render(["name": "x"], withTemplate: "bare") == "<title>Default</title>\n<main>\n  </main>\n")
    }

    @Test func lambdas() throws {
        let template = try MustacheTemplate(string: "{{#brackets}}hi {{name}}{{/brackets}}|{{plain}}|{{#wrap}}{{name}}{{/wrap}}")
        let context: [String: Any] = [
            "name": "a&b",
            "brackets": MustacheLambda { (text: String) -> Any? in "[\(text)]" },
            "plain": MustacheLambda { "<b>" },
            "wrap": MustacheLambda { (text: String) -> Any? in "<b>\(text)</b>" },
        ]
        #expect(template.render(context) == "[hi a&amp;b]|&lt;b&gt;|<b>a&amp;b</b>")
    }
    /// The parser tests a template's Characters against its character sets by a bit mask when
    /// they are one ASCII scalar (change 11 of PATCHES.md): CRLF lines, Chinese text, a brace
    /// with a combining mark (not a brace), a Kelvin sign (the same Character as `K`), a name
    /// with a mark or in Chinese (not a name), other newlines and set delimiters read as 2.1.1
    /// reads them, errors included.
    @Test func parsesCharactersAsBefore() throws {
        let context: [String: Any] = ["a": "A", "b": true, "list": ["x", "y"], "K": "kelvin", "名": "name"]
        let rendered: [(String, String)] = [
            ("反诈{{a}}提示\r\n{{#b}}\r\n  行\r\n{{/b}}\r\n", "反诈A提示\r\n  行\r\n"),
            ("{\u{301}{a}}|{{a}}|{{ a }}|{{\ta\t}}", "{\u{301}{a}}|A|A|A"),
            (" \t{{#list}}\r\n{{.}}\r\n\t{{/list}}\r\n", "x\r\ny\r\n"),
            ("{{=<% %>=}}<%a%>\r\n<%={{ }}=%>{{a}}", "A\r\nA"),
            ("{{\u{212A}}}|{{#b}}\u{2028}{{/b}}|{{! note\r\n }}x", "kelvin|\u{2028}|x"),
        ]
        for (template, expected) in rendered {
            #expect(try MustacheTemplate(string: template).render(context) == expected)
        }
        for template in ["{{a\u{301}}}", "{{名}}", "a\u{85}{{a}}\u{2029}b{"] {
            #expect(throws: MustacheTemplate.ParserError.self) { try MustacheTemplate(string: template) }
        }
    }
}
