import BeaconContent
import BeaconCore

/// The `/leaflets/` page of each language: every leaflet with its page previews and PDF links.
enum LeafletIndexPage {
    static func pages(site: Site, editions: [LeafletEdition]) -> [ExtraPage] {
        guard !editions.isEmpty else { return [] }
        return site.config.languages.map { language in
            let code = language.code
            let words = LeafletWords(site.language(language))
            let mine = editions.filter { $0.language == language }.sorted { $0.definition.name < $1.definition.name }
            let items: [TemplateMap] = mine.map { e in
                let size = e.definition.format.trimSize
                let previews: [TemplateMap] = e.previews.indices.map { i in
                    ["src": .text(site.config.url("/" + e.previewPath(i))), "number": .int(i + 1),
                     "alt": .text(words.format("page.preview", ["title": e.title, "n": String(i + 1)]))]
                }
                let others: [TemplateMap] = editions.filter { $0.definition.name == e.definition.name && $0.language != language }
                    .map { ["lang": .text($0.language.code), "hreflang": .text($0.language.bcp47), "title": .text($0.title),
                            "pdf": .text(site.config.url("/" + $0.pdfPath)),
                            // "(Chinese version, PDF)": the link names what it leads to, in the reader's language.
                            "version": .text(words.format("page.other_version", ["language": words["page.languages.\($0.language.code)"]]))] }
                return [
                    "name": .text(e.definition.name),
                    "title": .text(e.title),
                    "format": .text(words["format.\(e.definition.format.rawValue)"]),
                    "trim": .text(words.format("page.trim", ["width": trimString(size.width), "height": trimString(size.height)])),
                    "pages": .text(words.format("page.pages", ["n": String(e.previews.count)])),
                    "pdf": .text(site.config.url("/" + e.pdfPath)),
                    "pdf_kb": .text(String(e.pdf.count / 1024)),
                    "download": .text(words.format("page.download", ["language": words["page.languages.\(code)"]])),
                    "previews": .maps(previews),
                    "others": .maps(others),
                ]
            }
            return ExtraPage(path: "/leaflets/", language: language, template: "leaflets", title: words["page.title"],
                             description: words["page.intro"],
                             context: ["leaflets": .maps(items), "intro": .text(words["page.intro"]), "heading": .text(words["page.title"])])
        }
    }

    static func trimString(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
}
