import BeaconContent
import BeaconCore
import BeaconLeaflet
import BeaconMarkdown
import BeaconStats

/// The WeChat share kit (SPEC §12): for every bulletin, case and statistics period in every
/// language a plain-text group message, for the newest a poster, one site card per language
/// for link previews of everything else, and the `/share/` page that lists the messages.
/// It decides what goes where; the posters and cards are drawn by whoever runs it
/// (`SharePoster`, `SiteCard`), at once in a build, on request in the preview.
public struct ShareKit: Sendable {
    /// Every item, newest first within its section and language.
    public var items: [ShareItem] = []
    /// The link-preview card per language code, with the path it is written to.
    public var cards: [String: (path: String, content: SiteCardContent)] = [:]
    /// `/share/` in every language, for the website to wrap in the layout.
    public var pages: [ExtraPage] = []
    /// Page path (`/en/cases/x/`) → the image its `og:image` names (`/share/cases/x.en.png`).
    public var images: [String: String] = [:]

    /// The message text files.
    public var textFiles: [OutputFile] { items.map { OutputFile(path: $0.textPath, text: $0.message + "\n") } }

    /// Every poster to draw, by output path.
    public var posters: [(path: String, content: PosterContent)] {
        items.compactMap { item in item.poster.map { (item.posterPath, $0) } }
    }

    /// How many messages the share page lists.
    public static let pageLength = 30

    /// - Parameters:
    ///   - firstParagraph: a page's first paragraph as plain text, for pages without `summary:`.
    ///   - cache: the last build's messages and the fingerprint of what all of them depend on
    ///     (`beacon serve`); nil makes every message.
    public static func make(site: Site, stats: StatsCollection?, settings: ShareSettings, colours: ShareColours,
                            firstParagraph: @Sendable (ContentPage) -> String?,
                            cache: (items: ShareItemCache, global: Int)? = nil) -> ShareKit {
        var kit = ShareKit()
        let words = ShareWords(site: site, colours: colours)
        for lang in site.languages {
            // Newest first, so the first `posters` of each section get one; a message each, on all cores.
            let pages = [ContentKind.bulletin, .case].flatMap { kind in
                site.pages(kind, language: lang.language).enumerated().map { ($1, $0 < settings.posters) }
            }
            let writer = StatsWriter(lang)
            kit.items += ParallelMap.map(pages) { page, withPoster in
                let paragraph = page.summary == nil ? firstParagraph(page) : nil
                let make = {
                    let summary = page.summary.map(MarkdownPlainText.of) ?? paragraph ?? ""
                    return words.item(page, language: lang, writer: writer, summary: summary, withPoster: withPoster)
                }
                guard let cache else { return make() }
                return cache.items.item(page, global: cache.global, withPoster: withPoster, firstParagraph: paragraph, make: make)
            }
            if let stats {
                for period in stats.periods.reversed() {
                    kit.items.append(words.item(period, stats: stats, language: lang, withPoster: settings.posters > 0))
                }
            }
            let cardPath = "share/card.\(lang.code).png"
            kit.cards[lang.code] = (cardPath, words.card(lang))
            for item in kit.items where item.language == lang.language && item.poster != nil {
                kit.images[item.pagePath] = "/" + item.posterPath
            }
            if let latest = stats?.latest, let image = kit.images["\(lang.pathPrefix)/stats/\(latest.name)/"] {
                kit.images["\(lang.pathPrefix)/stats/"] = image
            }
            kit.pages.append(words.page(kit.items.filter { $0.language == lang.language }, language: lang))
        }
        return kit
    }
}
