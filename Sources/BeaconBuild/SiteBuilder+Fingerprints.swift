import BeaconContent
import BeaconCore
import Foundation

/// What each step's result depends on, for `BuildCache`.
extension SiteBuilder {
    /// Inputs every part shares: site.yaml, slogans, statistics and the theme's strings.
    func sharedInputs(_ site: Site, into f: inout Fingerprint) {
        f.add(site.config.root?.text ?? "")
        f.add(site.config.baseURL)
        f.add(site.config.publishedBaseURL)
        f.add(site.slogans)
        f.add(site.statsSources.map(\.text))
        f.add(site.strings.byLanguage)
    }

    /// Rendered bodies depend on which pages exist (links) and on the statistics (shortcodes).
    func markdownEpoch(_ site: Site) -> Int {
        var f = Fingerprint()
        f.add(site.pages.map { "\($0.translationKey).\($0.language)" })
        f.add(site.withheld.map(\.translationKey).sorted())
        f.add(site.statsSources.map(\.text))
        f.add(site.config.basePath)
        f.add(site.config.unsafeHTML)
        f.add(site.config.languageCodes)
        return f.value
    }

    static func markdownKey(_ page: ContentPage) -> Int {
        var f = Fingerprint()
        f.add(page.body)
        f.add(page.sourcePath)
        f.add(page.bodyLine)
        f.add(page.language.code)
        f.add(page.date)
        return f.value
    }

    func ledKey(_ site: Site) -> Int {
        var f = Fingerprint()
        sharedInputs(site, into: &f)
        for p in site.pages { f.add(p.id); f.add(p.led); f.add(p.date); f.add(p.title) }
        f.add(options.ledBoard)
        return f.value
    }

    func leafletKey(_ site: Site) -> Int {
        var f = Fingerprint()
        sharedInputs(site, into: &f)
        f.add(site.leafletSources.map(\.text))
        for p in site.pages where p.kind == .case {
            f.add(p.id); f.add(p.title); f.add(p.date); f.add(p.victim); f.add(p.loss); f.add(p.fraudType); f.add(p.body)
        }
        f.add(options.leafletName)
        return f.value
    }

    func bannerKey(_ site: Site) -> Int {
        var f = Fingerprint()
        sharedInputs(site, into: &f)
        f.add(site.bannerSources.map(\.text))
        f.add(site.pages.compactMap(\.date).max())
        f.add(options.bannerName)
        return f.value
    }

    /// Everything every web page shows: settings, strings, theme files, the menu of extra pages.
    func websiteGlobalKey(_ site: Site) -> Int {
        var f = Fingerprint()
        sharedInputs(site, into: &f)
        f.add(state.extraPages.map(\.path).sorted())
        for url in site.themeLayers.allFiles + site.staticFiles.map(\.source) {
            f.add(url.path)
            f.add(FileManager.default.contents(atPath: url.path))
        }
        return f.value
    }

    /// What lists, type pages, menus and "similar cases" show of each page.
    func websiteListKey(_ site: Site) -> Int {
        var f = Fingerprint()
        for p in site.pages {
            f.add(p.id); f.add(p.title); f.add(p.date); f.add(p.fraudType); f.add(p.tags); f.add(p.menuWeight)
            // Another language's lists show a page with no version in it under this title.
            f.add(p.otherTitles)
            // Free pages appear elsewhere only in the menu, by title; their summary is their own.
            if p.kind != .page { f.add(p.summary ?? state.bodies[p.id]?.firstParagraph) }
        }
        return f.value
    }

    /// What a page shows of itself.
    func websitePageKey(_ p: ContentPage) -> Int {
        var f = Fingerprint()
        f.add(p.title); f.add(p.date); f.add(p.summary); f.add(p.fraudType); f.add(p.tags)
        f.add(p.amount); f.add(p.amountApprox); f.add(p.arrested); f.add(p.loss); f.add(p.victim)
        f.add(state.staleTranslations.contains(p.id))
        f.add(state.bodies[p.id]?.html)
        return f.value
    }
}
