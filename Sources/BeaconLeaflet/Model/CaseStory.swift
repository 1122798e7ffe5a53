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

    /// Reads `page`'s body: the first run of paragraphs (before any heading, or under the
    /// first heading, e.g. 案情简介) is the story; the paragraphs under the police-advice heading
    /// are the advice. Other sections (作案手法, links) are left to the website: a leaflet
    /// panel holds about 500 characters.
    static func make(_ page: ContentPage, language: Language, adviceHeadings: [String], bullet: String,
                     shortcode: (String) -> String?) -> CaseStory {
        let blocks = MarkdownText.blocks(page.body, bullet: bullet, shortcode: shortcode)
        var story: [String] = []
        var advice: [String] = []
        enum Part { case story, skipped, advice }
        var part = Part.story
        for block in blocks {
            switch block {
            case .heading(let h):
                if isAdvice(h, adviceHeadings) { part = .advice } else if !story.isEmpty || part != .story { part = .skipped }
            case .paragraph(let p):
                switch part {
                case .story: story.append(p)
                case .advice: advice.append(p)
                case .skipped: break
                }
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
