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

    /// The case's headed sections between its story and its advice, in the order written: the
    /// method (`## 作案手法`) and any of the clerk's own (`## 新增提醒`), each printed under its
    /// own heading. The method is also in `methodHeading` and `method`.
    var sections: [Part] = []
    /// What the case's text has that paper cannot print (an image, a table), with its line.
    var omitted: [(what: MarkdownBlock.Omission, line: Int)] = []

    /// A headed section as the leaflet prints it.
    struct Part: Sendable, Equatable {
        var heading: String
        var paragraphs: [PrintParagraph]
        /// The section is the case's method (`作案手法`).
        var isMethod = false
    }

    /// The headings a case's sections are found by, from the theme's leaflet strings.
    struct Headings: Sendable {
        var advice: [String]
        var method: [String]
    }

    /// Reads `page`'s body from its blocks (`blocks`: the Markdown step's parse of it, the same
    /// the website renders, with each shortcode as its words): the first run of paragraphs
    /// (before any heading, or under the first heading, e.g. 案情简介) is the story; the section
    /// under the first police-advice heading is the advice; every other heading starts a section of
    /// its own, printed under that heading (the first under a method heading, 作案手法, is the
    /// method). Links print their words.
    static func make(_ page: ContentPage, blocks: [MarkdownBlock], language: Language, headings: Headings, bullet: String) -> CaseStory {
        var story: [PrintParagraph] = [], advice: [PrintParagraph] = []
        var sections: [Part] = []
        var omitted: [(what: MarkdownBlock.Omission, line: Int)] = []
        enum Where { case story, section, advice }
        var part = Where.story
        var sawAdvice = false
        // The box is the section under the best-ranked advice heading (`警方提示` before `民警提醒`,
        // in the theme's order), wherever it stands: a clerk's `## 民警提醒` written before
        // `## 警方提示` is a section of its own, as its English (`## A word from our officers`) is.
        let ranked = blocks.indices.compactMap { i -> (Int, Int)? in
            guard case .heading = blocks[i].kind else { return nil }
            return rank(blocks[i].text, headings.advice).map { (i, $0) }
        }
        let box = ranked.min { $0.1 < $1.1 }?.0
        for (index, block) in blocks.enumerated() {
            switch block.kind {
            case .omitted(let what):
                omitted.append((what, block.line))
                continue
            case .heading:
                let h = block.text
                let isMethod = !sections.contains(where: \.isMethod) && matches(h, headings.method)
                // The first advice heading starts the advice box; a second one (`## 民警提醒`
                // after `## 警方提示`) is a section the clerk wrote, printed under its heading.
                if index == box, !sawAdvice {
                    part = .advice
                    sawAdvice = true
                } else if part == .story, story.isEmpty, !isMethod {
                    // The story's own heading (案情简介) is not printed.
                } else {
                    sections.append(Part(heading: h, paragraphs: [], isMethod: isMethod))
                    part = .section
                }
                continue
            default: break
            }
            let p = PrintParagraph(block, bullet: bullet)
            guard !p.text.isEmpty else { continue }
            switch part {
            case .story: story.append(p)
            case .section: sections[sections.count - 1].paragraphs.append(p)
            case .advice: advice.append(p)
            }
        }
        sections.removeAll { $0.paragraphs.isEmpty }
        let method = sections.first(where: \.isMethod)
        return CaseStory(slug: page.slug, title: page.title, victim: page.victim, loss: page.loss, story: story,
                         methodHeading: method?.heading, method: method?.paragraphs ?? [], advice: advice,
                         path: "\(language.pathPrefix)/cases/\(page.slug)/", sourcePath: page.sourcePath,
                         sections: sections, omitted: omitted)
    }

    /// The position in `names` of the first name `heading` contains, or nil.
    static func rank(_ heading: String, _ names: [String]) -> Int? {
        let h = heading.lowercased()
        return names.firstIndex { h.contains($0.lowercased()) }
    }

    static func matches(_ heading: String, _ names: [String]) -> Bool {
        let h = heading.lowercased()
        return names.contains { h.contains($0.lowercased()) }
    }
}
