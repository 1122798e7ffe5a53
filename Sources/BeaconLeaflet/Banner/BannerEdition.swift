import BeaconContent
import BeaconCore
import Foundation

/// One banner set in one language: its PDF and preview.
struct BannerEdition: Sendable {
    let definition: BannerDefinition
    let language: Language
    let text: String
    let pdf: Data
    let preview: Data

    var pdfPath: String { "banners/\(definition.name).\(language.code).pdf" }
    var previewPath: String { "banners/\(definition.name).\(language.code).png" }

    static func make(_ d: BannerDefinition, language: Language, site: Site) throws -> BannerEdition {
        let text = d.text[language.code] ?? ""
        func s(_ key: String, _ values: [String: String] = [:]) -> String {
            site.language(language).format("banner.\(key)", values)
        }
        let scale = "1:\(d.size.scale)"
        let values = ["text": text, "size": d.size.label, "scale": scale]
        let scaled = d.size.scale != 1
        let renderer = BannerRenderer(text: text, size: d.size, colours: d.colours,
                                      scaleNote: scaled ? s("scale_note", values) : nil,
                                      engine: TextEngine(languageTag: language.bcp47))
        // No date of its own: the newest content's, so the same site gives the same bytes.
        let date = site.pages.compactMap(\.date).max()?.iso ?? "2000-01-01"
        let pdf = try renderer.pdf(title: s(scaled ? "pdf_title_scaled" : "pdf_title", values),
                                   author: site.config.office?.text(language) ?? site.config.title.text(language),
                                   subject: s("subject"), languageTag: language.bcp47, date: date)
        return BannerEdition(definition: d, language: language, text: text, pdf: pdf, preview: try renderer.preview())
    }
}
