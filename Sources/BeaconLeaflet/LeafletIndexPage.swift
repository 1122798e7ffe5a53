import BeaconContent
import BeaconCore

/// The `/leaflets/` page of each language: every leaflet with its page previews and PDF links.
enum LeafletIndexPage {
    static func pages(site: Site, editions: [LeafletEdition]) -> [ExtraPage] {
        guard !editions.isEmpty else { return [] }
        return site.config.languages.map { language in
            let code = language.code
            let words = LeafletWords(strings: site.strings, language: language)
            let mine = editions.filter { $0.language == language }.sorted { $0.definition.name < $1.definition.name }
            let items: [[String: Any]] = mine.map { e in
                let size = e.definition.format.trimSize
                let previews: [[String: Any]] = e.previews.indices.map { i in
                    ["src": site.config.url("/" + e.previewPath(i)), "number": i + 1,
                     "alt": words.format("page.preview", ["title": e.title, "n": String(i + 1)])]
                }
                let others: [[String: Any]] = editions.filter { $0.definition.name == e.definition.name && $0.language != language }
                    .map { ["lang": $0.language.code, "hreflang": $0.language.bcp47, "title": $0.title, "pdf": site.config.url("/" + $0.pdfPath),
                            // "(Chinese version, PDF)": the link names what it leads to, in the reader's language.
                            "version": words.format("page.other_version", ["language": words["page.languages.\($0.language.code)"]])] }
                return [
                    "name": e.definition.name,
                    "title": e.title,
                    "format": words["format.\(e.definition.format.rawValue)"],
                    "trim": words.format("page.trim", ["width": trimString(size.width), "height": trimString(size.height)]),
                    "pages": words.format("page.pages", ["n": String(e.previews.count)]),
                    "pdf": site.config.url("/" + e.pdfPath),
                    "pdf_kb": String(e.pdf.count / 1024),
                    "download": words.format("page.download", ["language": words["page.languages.\(code)"]]),
                    "previews": previews,
                    "others": others,
                ]
            }
            return ExtraPage(path: "/leaflets/", language: language, template: "leaflets", title: words["page.title"],
                             description: words["page.intro"],
                             context: ["leaflets": items, "intro": words["page.intro"], "heading": words["page.title"]])
        }
    }

    static func trimString(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
}
