import BeaconContent
import BeaconCore

/// The `/banners/` page of each language: every banner with its preview, size and PDF.
enum BannerIndexPage {
    static func pages(site: Site, editions: [BannerEdition]) -> [ExtraPage] {
        guard !editions.isEmpty else { return [] }
        return site.languages.map { words in
            let language = words.language
            func s(_ key: String, _ values: [String: String] = [:]) -> String { words.format("banner.\(key)", values) }
            // A banner without this language's text is listed in the language it has.
            let names = Set(editions.map(\.definition.name)).sorted()
            let items: [TemplateMap] = names.compactMap { name in
                let mine = editions.filter { $0.definition.name == name }
                guard let e = mine.first(where: { $0.language == language }) ?? mine.first else { return nil }
                let d = e.definition
                let values = ["text": e.text, "size": d.size.label, "scale": "1:\(d.size.scale)"]
                let others: [TemplateMap] = mine.filter { $0.language != e.language }.map {
                    ["hreflang": .text($0.language.bcp47), "text": .text($0.text), "pdf": .text(site.config.url("/" + $0.pdfPath))]
                }
                var item: TemplateMap = [
                    "name": .text(name), "text": .text(e.text), "lang": .text(e.language.bcp47),
                    "size": .text(s("size", values)), "colours": .text(s("colours.\(d.colours.rawValue)")),
                    "preview": .text(site.config.url("/" + e.previewPath)), "alt": .text(s("preview", values)),
                    "pdf": .text(site.config.url("/" + e.pdfPath)), "pdfKB": .text(String(max(1, e.pdf.count / 1024))),
                    "download": .text(s("download")), "others": .maps(others),
                ]
                if d.size.scale != 1 { item["scaled"] = .text(s("scaled", values)) }
                return item
            }
            return ExtraPage(path: "/banners/", language: language, template: "banners", title: s("title"),
                             description: s("description"), context: ["banners": .maps(items), "intro": .text(s("intro")), "heading": .text(s("title"))])
        }
    }
}
