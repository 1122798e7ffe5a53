import BeaconContent
import BeaconCore
import BeaconMarkdown

/// A typical case as a leaflet tells it: title, who lost what, the story, how the scam works,
/// the police advice.
struct CaseStory: Sendable {
    var slug: String
    var title: String
    var victim: String?
    var loss: Int?
    var story: [PrintParagraph]
    /// The case's own heading over its steps (`作案手法`), and the steps.
    var methodHeading: String?
    var method: [PrintParagraph]
    var advice: [PrintParagraph]
    /// Root-relative URL of the case page in this language.
    var path: String
    /// The file the case comes from, for messages (a story too long for its leaflet).
    var sourcePath: String

    /// The headings a case's sections are found by, from the theme's leaflet strings.
    struct Headings: Sendable {
        var advice: [String]
        var method: [String]
    }

    /// Reads `page`'s body from its blocks (`blocks`: the Markdown step's parse of it, the same
    /// the website renders, with each shortcode as its words): the first run of paragraphs
    /// (before any heading, or under the first heading, e.g. 案情简介) is the story; the section
    /// under a method heading (作案手法) gives the steps; the section under the police-advice
    /// heading is the advice. Other sections (links) are left to the website.
    static func make(_ page: ContentPage, blocks: [MarkdownBlock], language: Language, headings: Headings, bullet: String) -> CaseStory {
        var story: [PrintParagraph] = [], method: [PrintParagraph] = [], advice: [PrintParagraph] = []
        var methodHeading: String?
        enum Part { case story, method, skipped, advice }
        var part = Part.story
        for block in blocks {
            if case .heading = block.kind {
                let h = block.text
                if matches(h, headings.advice) {
                    part = .advice
                } else if method.isEmpty, matches(h, headings.method) {
                    part = .method
                    methodHeading = h
                } else if !story.isEmpty || part != .story {
                    part = .skipped
                }
                continue
            }
            let p = PrintParagraph(block, bullet: bullet)
            guard !p.text.isEmpty else { continue }
            switch part {
            case .story: story.append(p)
            case .method: method.append(p)
            case .advice: advice.append(p)
            case .skipped: break
            }
        }
        return CaseStory(slug: page.slug, title: page.title, victim: page.victim, loss: page.loss, story: story,
                         methodHeading: method.isEmpty ? nil : methodHeading, method: method, advice: advice,
                         path: "\(language.pathPrefix)/cases/\(page.slug)/", sourcePath: page.sourcePath)
    }

    static func matches(_ heading: String, _ names: [String]) -> Bool {
        let h = heading.lowercased()
        return names.contains { h.contains($0.lowercased()) }
    }
}
