import BeaconContent
import BeaconCore

extension WebsiteRenderer {
    /// `site.listed(kind, language:)`, made once per website render: the section lists, the
    /// type pages, their page counts in every language and the home pages all ask for the same
    /// few lists (24 sorts of every page on a two-language site, where 6 are needed).
    func listed(_ kind: ContentKind?, language: Language) -> [ContentPage] {
        listedPages.value("\(kind?.rawValue ?? "*")/\(language.code)") { site.listed(kind, language: language) }
    }

    /// Makes every language's lists on all cores, before the serial part that plans the jobs
    /// asks for them one by one.
    func prepareListed() {
        let wanted = site.config.languages.flatMap { lang in [nil, ContentKind.bulletin, .case].map { (kind: $0, lang: lang) } }
        _ = ParallelMap.map(wanted) { listed($0.kind, language: $0.lang).count }
    }
}
