import BeaconContent
import BeaconCore

/// A typical case as a leaflet tells it: title, who lost what, the story, the police advice.
struct CaseStory: Sendable {
    var slug: String
    var title: String
    var victim: String?
    var loss: Int?
    var story: [String]
    var advice: [String]
    /// Root-relative URL of the case page in this language.
    var path: String

    /// Reads `page`'s body: paragraphs before the police-advice heading are the story, the
    /// paragraphs under it the advice; other sections after the advice are left to the website.
    static func make(_ page: ContentPage, language: Language, adviceHeadings: [String], bullet: String,
                     shortcode: (String) -> String?) -> CaseStory {
        let blocks = MarkdownText.blocks(page.body, bullet: bullet, shortcode: shortcode)
        var story: [String] = []
        var advice: [String] = []
        var section = 0 // 0 story, 1 advice, 2 after the advice
        for block in blocks {
            switch block {
            case .heading(let h):
                if isAdvice(h, adviceHeadings) { section = 1 } else if section == 1 { section = 2 }
            case .paragraph(let p):
                if section == 0 { story.append(p) } else if section == 1 { advice.append(p) }
            }
        }
        return CaseStory(slug: page.slug, title: page.title, victim: page.victim, loss: page.loss, story: story,
                         advice: advice, path: "\(language.pathPrefix)/cases/\(page.slug)/")
    }

    static func isAdvice(_ heading: String, _ names: [String]) -> Bool {
        let h = heading.lowercased()
        return names.contains { h.contains($0.lowercased()) }
    }
}
