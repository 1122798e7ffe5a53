@testable import BeaconSite
import BeaconContent
import BeaconCore
import BeaconStats
import BeaconTheme
import Foundation
import Mustache
import Testing

/// Partials rendered once per language and section (`SharedParts`) must give every page the
/// bytes it would get by rendering them itself, whatever a site's theme puts in them.
@Suite struct SharedPartsTests {
    /// What every page of a language and section shares, and what one page adds.
    static let shared: TemplateMap = ["site": ["title": "反诈 & Co", "office": "Office"], "t": ["skip": "Skip"],
                                      "nav": .maps([["label": "Home", "current": true], ["label": "Cases", "current": false]])]
    static let page: TemplateMap = ["page": ["title": "A page"], "body": ["site": ["title": "Shadow"], "title": "Body"],
                                    "items": .maps([["title": "One"], ["title": "Two"]])]

    func renders(_ sources: [String: String], _ template: String = "page") throws -> (shared: String, plain: String, cached: [String]) {
        var library = MustacheLibrary()
        for (name, source) in sources { library.register(try MustacheTemplate(string: source), named: name) }
        let parts = SharedParts(templates: library, sources: sources)
        let sharedNode = MustacheNode(Self.shared)
        var context = MustacheNode(Self.shared.merging(Self.page) { a, _ in a })
        let outputs = parts.rendered(sharedNode)
        context[SharedParts.key] = outputs
        var cached: [String] = []
        if case .node(let node)? = outputs { cached = node.values.keys.sorted() }
        return (try #require(parts.library.render(context, withTemplate: template)),
                try #require(library.render(MustacheNode(Self.shared.merging(Self.page) { a, _ in a }), withTemplate: template)), cached)
    }

    @Test func aPartOfSharedValuesIsRenderedOnceAndInsertedAsItWouldRender() throws {
        let r = try renders(["page": "<h1>{{page.title}}</h1>\n{{>head}}\n<p>{{>head}}</p>\n",
                             "head": "<a>{{site.title}}</a>{{#site.office}} {{.}}{{/site.office}}\n{{#nav}}<li{{#current}} class=\"on\"{{/current}}>{{label}}</li>{{/nav}}\n"])
        #expect(r.cached == ["head"])
        #expect(r.shared == r.plain)
        #expect(r.shared.contains("反诈 &amp; Co") && r.shared.contains("<li class=\"on\">Home</li>"))
    }

    @Test func aPartThatReadsAPagesValueRendersPerPage() throws {
        let r = try renders(["page": "{{>part}}|{{>part}}\n", "part": "{{site.title}} · {{page.title}}\n"])
        #expect(r.cached.isEmpty)
        #expect(r.shared == r.plain)
        #expect(r.shared.contains("A page"))
    }

    @Test func insideASectionOverAMapThePartRendersWithThatMapsValues() throws {
        // `body.site` answers `site.title` there: the shared output would be wrong.
        let r = try renders(["page": "{{>part}}\n{{#body}}{{>part}}{{/body}}\n{{#items}}{{>part}}{{/items}}\n", "part": "[{{site.title}}]"])
        #expect(r.cached == ["part"])
        #expect(r.shared == r.plain)
        #expect(r.shared.contains("[Shadow]"))
    }

    @Test func anIndentedCallIndentsEveryLineSoNothingIsCached() throws {
        let sources = ["page": "<div>\n  {{>part}}\n</div>\n", "part": "<a>{{site.title}}</a>\n<b>{{t.skip}}</b>\n"]
        #expect(SharedParts.cacheable(sources).isEmpty)
        let r = try renders(sources)
        #expect(r.shared == r.plain)
        #expect(r.shared.contains("\n  <b>"))
    }

    /// The default theme's page furniture is what gets shared, in every language and section.
    @Test func theDefaultThemesHeaderMenuAndFooterAreShared() throws {
        let site = try TestSite(Fixtures.bilingual)
        defer { site.remove() }
        let loaded = try SiteLoader.load(root: site.root)
        let theme = try Theme.load(loaded.themeLayers)
        let renderer = WebsiteRenderer(input: WebsiteInput(site: loaded, bodies: [:], extraPages: [], homeExtras: [:], money: MoneyWriter(languages: loaded.languages)),
                                       theme: theme)
        for lang in loaded.config.languages {
            for section in ["home", "cases", "tags", ""] {
                let ctx = renderer.layout.make(lang: lang, path: "/x/", title: "X", description: nil, section: section,
                                               alternates: [:], fallback: { _ in "/" }, page: [:])
                guard case .node(let shared)? = ctx[SharedParts.key] else { Issue.record("nothing shared"); continue }
                #expect(Set(shared.values.keys).isSuperset(of: ["head-links", "header-start", "header-end", "footer", "calls"]), "\(lang.code) \(section)")
                #expect(shared.values["item"] == nil && shared.values["pager"] == nil, "list entries and pagers are the page's own")
            }
        }
    }

    @Test func aPartWithBlocksOrReachingOneIsNotCached() {
        let sources = ["page": "{{>a}}{{>b}}{{>c}}{{>d.e}}", "a": "{{$x}}{{/x}}", "b": "{{>a}}", "c": "{{site.title}}", "d.e": "{{site.title}}"]
        #expect(SharedParts.cacheable(sources) == ["c"])
    }

    @Test func themesThatNameValuesForPartialsOrChangeDelimitersCacheNothing() {
        #expect(!Theme.allowsSharedParts("{{> *name}}"))
        #expect(!Theme.allowsSharedParts("{{<\n*name}}{{/name}}"))
        #expect(!Theme.allowsSharedParts("{{=<% %>=}}"))
        #expect(!Theme.allowsSharedParts("x {{{=<% %>=}}"))
        #expect(!Theme.allowsSharedParts("{{>\r\n*name}}"))
        #expect(Theme.allowsSharedParts("{{ * }} {{>a}}*"))
        #expect(Theme.allowsSharedParts("{{>item}} {{<base}}{{/base}}"))
    }

    /// A list rendered with each entry's `item` output made once (`SharedParts.entry`) and
    /// rendered in full; and the names of the entries that got an output.
    func listRenders(_ sources: [String: String]) throws -> (cached: String, plain: String, entries: [String]) {
        var library = MustacheLibrary()
        for (name, source) in sources { library.register(try MustacheTemplate(string: source), named: name) }
        let parts = SharedParts(templates: library, sources: sources)
        let common = MustacheNode(Self.shared)
        let items: [TemplateMap] = [["title": "One", "summary": "First"], ["title": "Two & three"]]
        var made: [String] = []
        let entries: [MustacheValue] = items.map { item in
            let node = MustacheNode(item)
            guard let entry = parts.entry(node, fields: ["title", "summary"], common: common) else { return .node(node) }
            made.append(item["title"]?.textValue ?? "")
            return .node(entry)
        }
        var context = MustacheNode(Self.shared)
        context["body"] = .node(MustacheNode(["summary": "The page's own"] as TemplateMap))
        context["items"] = .list(MustacheList(entries))
        // Rendered in full, an entry's missing names are answered `absent` as well.
        var plain = context
        plain["items"] = .list(MustacheList(items.map { item in
            var node = MustacheNode(item)
            for name in ["title", "summary"] where node[name] == nil { node[name] = .absent }
            return .node(node)
        }))
        return (try #require(parts.library.render(context, withTemplate: "list")),
                try #require(library.render(plain, withTemplate: "list")), made)
    }

    @Test func aListEntrysItemIsRenderedOnceAndPrintedAsItWouldRender() throws {
        let r = try listRenders(["list": "{{#body}}<ul>{{#items}}{{>item}}{{/items}}</ul>{{/body}}\n",
                                 "item": "<li>{{title}}{{#summary}}: {{summary}}{{/summary}}{{^summary}} ({{t.skip}}){{/summary}} · {{site.title}}</li>"])
        #expect(r.entries == ["One", "Two & three"])
        // The entry without a summary does not show the page's (`body.summary`).
        #expect(r.cached == "<ul><li>One: First · 反诈 &amp; Co</li><li>Two &amp; three (Skip) · 反诈 &amp; Co</li></ul>\n")
        #expect(r.cached == r.plain)
    }

    @Test func anItemThatReadsThePagesValuesOrATransformRendersInEachList() throws {
        let r = try listRenders(["list": "{{#items}}{{>item}}{{/items}}\n", "item": "<li>{{title}} {{page.title}}{{body.summary}}</li>"])
        #expect(r.entries.isEmpty)
        #expect(r.cached == r.plain)
        let t = try listRenders(["list": "{{#items}}{{>item}}{{/items}}\n", "item": "<li>{{title}}</li>", "other": "{{uppercased(site.title)}}"])
        #expect(t.entries.isEmpty)
        #expect(SharedParts.hasTransform("{{! (a comment) }}{{x}}") == false)
    }

    /// Read by bytes, templates give what reading them by Characters gave: the default theme's
    /// and made-up ones, with a mark joined to a brace or a parenthesis among them.
    @Test func transformsFoundByBytesAsByCharacters() throws {
        let folder = try #require(BuiltinTheme.folder).appendingPathComponent("templates")
        var sources = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
            .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        #expect(sources.count > 10)
        sources += ["", "{{", "{{x(", "{{x}}(", "{{uppercased(x)}}", "{{!(c)}}{{x}}", "{{!(c)}}{{f(x)}}", "{{{x}}}", "{{x}}}(}}",
                    "{\u{301}{f(x)}}", "{{!\u{301}(c)}}", "{{f(\u{301}x)}}", "反诈{{x}}（(）", "{{#a}}{{/a}}{{f(", "}}{{x}}{{"]
        for source in sources {
            #expect(SharedParts.hasTransform(source) == SharedParts.hasTransformByCharacters(source), "\(source.prefix(40))")
        }
    }
}
