@testable import BeaconSite
import BeaconContent
import BeaconCore
import Foundation
import Testing

/// Text values (`TemplateText`) must render exactly as the strings they stand for, wherever a
/// theme puts them: escaped and unescaped tags, sections and lookups inside them, transforms,
/// indented partials.
@Suite struct TemplateTextTests {
    static let templates = [
        "plain": "<p>{{a}}|{{{a}}}|{{&a}}</p>\n",
        "section": "{{#a}}[{{.}}|{{b}}|{{text}}|{{tokens}}|{{filename}}]{{/a}}{{^a}}none{{/a}}\n",
        "dotted": "{{a.text}}|{{a.b}}|{{x.a}}\n",
        "transform": "{{uppercased(a)}}|{{lowercased(a)}}|{{reversed(a)}}|{{#empty(a)}}empty{{/empty(a)}}\n",
        "indented": "<ul>\n  {{>part}}\n</ul>\n",
        "part": "<li>{{a}}</li>\n<li>{{b}}</li>\n",
    ]

    static let texts = ["Call 110 now", "反诈 提示", "", "  leading", "x", "Café É", "a<b", "it's", "{{b}}", "two\nlines", "   "]

    func render(_ name: String, _ context: TemplateMap, texts: Bool) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-text-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("templates"), withIntermediateDirectories: true)
        for (n, source) in Self.templates { try source.write(to: dir.appendingPathComponent("templates/\(n).mustache"), atomically: true, encoding: .utf8) }
        for n in Theme.requiredTemplates where Self.templates[n] == nil {
            try "".write(to: dir.appendingPathComponent("templates/\(n).mustache"), atomically: true, encoding: .utf8)
        }
        let theme = try Theme.load(ThemeLayers(name: "default", siteRoot: URL(fileURLWithPath: "/nonexistent"), base: dir))
        #expect(theme.textValues)
        return try #require(theme.library.render(MustacheNode(context, texts: texts ? theme.texts : nil), withTemplate: name))
    }

    @Test(arguments: ["plain", "section", "dotted", "transform", "indented"])
    func rendersAsTheString(template: String) throws {
        for text in Self.texts {
            let context: TemplateMap = ["a": .text(text), "b": "B & b", "text": "outer", "x": ["a": .text(text)]]
            #expect(try render(template, context, texts: true) == render(template, context, texts: false), "\(template): \(text)")
        }
    }

    @Test func textNeedingEscapesStaysAString() {
        #expect(TemplateText.value("a<b").native is String)
        #expect(TemplateText.value("two\nlines").native is String)
        #expect(!(TemplateText.value("Call 110").native is String))
    }

    @Test func themesThatNameValuesForPartialsGetStrings() {
        #expect(!Theme.allowsTextValues("{{> *name}}"))
        #expect(!Theme.allowsTextValues("{{=<% %>=}}"))
        #expect(Theme.allowsTextValues("{{>item}} {{<base}}{{/base}}"))
    }
}
