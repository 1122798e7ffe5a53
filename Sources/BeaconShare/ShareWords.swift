import BeaconContent
import BeaconCore
import BeaconLeaflet
import BeaconStats

/// Puts each item into words in its language: the message from the theme's `share.message`
/// pattern, the poster's kicker, date, figures, slogan, office and hotlines. Figures are
/// written by `StatsWriter`, as the website writes them.
struct ShareWords: Sendable {
    let site: Site
    let colours: ShareColours

    func limit(_ lang: SiteLanguage) -> ShareLimit { ShareLimit(lang) }

    func item(_ page: ContentPage, language lang: SiteLanguage, writer w: StatsWriter, summary: String, withPoster: Bool) -> ShareItem {
        let path = "\(lang.pathPrefix)/\(page.kind.folder)/\(page.slug)/"
        let url = site.config.publishedURL(path)
        let text = ShareExcerpt.make(summary, limit: limit(lang))
        let kind = lang.string("kind.\(page.kind.rawValue)")
        var item = ShareItem(section: page.kind.folder, slug: page.slug, language: lang.language, title: page.title, date: page.date,
                             pagePath: path, message: message(kind: kind, title: page.title, text: text, url: url, lang), poster: nil)
        if withPoster {
            let type = page.fraudType.flatMap { site.config.fraudType($0) }.map { $0.label.text(lang) }
            item.poster = poster(kind: kind, date: page.date, title: page.title, figures: figures(page, language: lang, writer: w),
                                 text: text, url: url, key: page.id, topic: type.map { "\($0) \(page.title)" } ?? "", lang)
        }
        return item
    }

    /// The key figures a bulletin's or case's poster shows. Only posters show them: writing
    /// the amounts of every item of a large site, most of which get no poster, was a fifth of
    /// putting the items into words.
    func figures(_ page: ContentPage, language lang: SiteLanguage, writer w: StatsWriter) -> [PosterContent.Figure] {
        var figures: [PosterContent.Figure] = []
        func fact(_ key: String) -> String { lang.string("fact.\(key)") }
        if page.kind == .case {
            // A fraud stopped in time (`loss: 0`) has no loss to show: no `0元` card.
            if let loss = page.loss, loss > 0 { figures.append(.init(value: w.figure(StatNumber(loss), unit: .known("yuan")), label: fact("loss"))) }
            if let key = page.fraudType, let type = site.config.fraudType(key) {
                figures.append(.init(value: type.label.text(lang), label: fact("fraud_type")))
            }
        } else {
            if let amount = page.amount {
                figures.append(.init(value: w.figure(StatNumber(amount), approx: page.amountApprox, unit: .known("yuan")), label: fact("amount")))
            }
            if let n = page.arrested { figures.append(.init(value: w.figure(StatNumber(n), unit: .known("suspect")), label: fact("arrested"))) }
        }
        return figures
    }

    func item(_ period: StatsPeriod, stats: StatsCollection, language lang: SiteLanguage, withPoster: Bool) -> ShareItem {
        let w = StatsWriter(lang)
        let path = "\(lang.pathPrefix)/stats/\(period.name)/"
        let url = site.config.publishedURL(path)
        let title = lang.format("share.stats_title", ["period": w.label(period)])
        let kind = lang.string("nav.stats")
        let metrics = period.headline.compactMap { period.metric($0) }
        // As many headline figures as the limit takes, each with its change where there is one.
        let parts = metrics.map { m -> String in
            var values = ["label": w.label(m), "value": w.figure(m)]
            if let change = w.change(m) { values["change"] = change }
            return lang.format(values["change"] == nil ? "share.figure" : "share.figure_with_change", values)
        }
        let separator = lang.string("share.figure_separator"), end = lang.string("share.figures_end")
        var text = ""
        for part in parts {
            let longer = text.isEmpty ? part : text + separator + part
            if !text.isEmpty, limit(lang).count(longer + end) > limit(lang).max { break }
            text = longer
        }
        if !text.isEmpty { text += end }
        if limit(lang).count(text) > limit(lang).max { text = ShareExcerpt.cut(text, limit: limit(lang)) }
        let figures = metrics.map { PosterContent.Figure(value: w.figure($0), label: w.label($0), note: w.change($0)) }
        var item = ShareItem(section: "stats", slug: period.name, language: lang.language, title: title, date: period.end, pagePath: path,
                             message: message(kind: kind, title: title, text: text, url: url, lang), poster: nil)
        if withPoster {
            item.poster = poster(kind: kind, date: nil, title: w.label(period), figures: figures, text: nil, url: url,
                                 key: "stats/\(period.name)", lang)
        }
        return item
    }

    /// The theme's `share.message` with its parts; an empty text leaves no empty line.
    func message(kind: String, title: String, text: String, url: String, _ lang: SiteLanguage) -> String {
        let s = lang.format("share.message", ["kind": kind, "title": title, "text": text, "url": url])
        // Lines found by bytes (`PlainText.lines`), not by splitting the text into characters.
        return PlainText.lines(s).filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// `topic`: the item's fraud type and title, for a slogan about the same fraud ("" for none).
    func poster(kind: String, date: Day?, title: String, figures: [PosterContent.Figure], text: String?, url: String,
                key: String, topic: String = "", _ lang: SiteLanguage) -> PosterContent {
        PosterContent(languageTag: lang.bcp47, kicker: kind, date: date.map(lang.date), title: title, figures: figures,
                      text: text, slogan: slogan(for: key, lang, topic: topic), office: office(lang), url: url,
                      scanHint: lang.string("share.poster.scan"), hotlines: hotlines(lang), colours: colours)
    }

    func card(_ lang: SiteLanguage) -> SiteCardContent {
        let title = site.config.title.text(lang)
        let office = site.config.office?.text(lang)
        let subtitle = office.flatMap { $0.isEmpty || $0 == title ? nil : $0 } ?? site.config.description?.text(lang)
        return SiteCardContent(languageTag: lang.bcp47, title: title, subtitle: subtitle, slogan: slogan(for: "", lang), colours: colours)
    }

    /// `office:` in site.yaml, else the site's title.
    func office(_ lang: SiteLanguage) -> String {
        if let o = site.config.office?.text(lang), !o.isEmpty { return o }
        return site.config.title.text(lang)
    }

    /// The site's hotlines as the header shows them: `theme_options.hotlines`, else the theme's two.
    func hotlines(_ lang: SiteLanguage) -> String {
        let t = { (key: String) in lang.string("hotline.\(key)") }
        let lines = site.config.themeOptions.hotlines?.map { ($0.label.text(lang), $0.number) }
            ?? [(t("police"), t("police_number")), (t("warning"), t("warning_number"))]
        // A number is bound to its label by a no-break space: a poster broke `反诈预警专线 / 96110`.
        return lines.map { lang.format("share.poster.hotline", ["label": $0.0, "number": $0.1])
            .replacingOccurrences(of: " " + $0.1, with: "\u{00A0}" + $0.1) }
            .joined(separator: lang.string("share.poster.hotline_separator"))
    }

    /// One of the site's slogans in this language, the same for an item on every build. An
    /// item about a fraud type (`topic`: the type's name and the item's title) takes a slogan
    /// that shares a term with it (`冒充公检法` → `公检法机关不会通过电话办案…`): a
    /// police-impersonation case's poster said `凡是刷单返利，都是诈骗`. Otherwise it takes one
    /// about none of the site's fraud types (`接到96110来电，请务必接听`) where there is one.
    /// Among those, the choice is by a checksum of the key, so posters side by side in a group differ.
    func slogan(for key: String, _ lang: SiteLanguage, topic: String = "") -> String? {
        let texts = site.slogans.compactMap { $0.text[lang] }.filter { !$0.isEmpty }
        guard !texts.isEmpty else { return nil }
        let terms = texts.map(SloganTerms.of)
        // Terms in more than a third of the slogans (`诈骗`, `scam`) say nothing of the fraud.
        let counts = terms.reduce(into: [String: Int]()) { counts, set in for t in set { counts[t, default: 0] += 1 } }
        let telling = terms.map { $0.filter { counts[$0, default: 0] < 2 || Double(counts[$0, default: 0]) <= Double(texts.count) / 3 } }
        let wanted = SloganTerms.of(topic)
        let scores = telling.map { $0.intersection(wanted).count }
        var pool = texts.indices.filter { scores[$0] > 0 && scores[$0] == scores.max() }
        if pool.isEmpty {
            let types = Set(site.config.fraudTypes.flatMap { SloganTerms.of($0.label.text(lang)) })
            pool = texts.indices.filter { telling[$0].isDisjoint(with: types) }
        }
        if pool.isEmpty { pool = Array(texts.indices) }
        let sum = key.utf8.reduce(UInt32(2166136261)) { ($0 ^ UInt32($1)) &* 16777619 }
        return texts[pool[Int(sum % UInt32(pool.count))]]
    }
}

/// The terms a slogan is matched by: each pair of adjacent hanzi (`公检`, `检法`), and each
/// Latin word of four letters or more, lowercased, without a plural `s` (`prosecutor`).
enum SloganTerms {
    static func of(_ text: String) -> Set<String> {
        var out = Set<String>()
        var previous: Character?
        var word = ""
        func endWord() {
            if word.count >= 4 { out.insert(word.hasSuffix("s") ? String(word.dropLast()) : word) }
            word = ""
        }
        for c in text {
            let han = c.unicodeScalars.first?.properties.isIdeographic == true
            if han, let p = previous { out.insert(String([p, c])) }
            previous = han ? c : nil
            if c.isASCII && c.isLetter { word.append(Character(c.lowercased())) } else { endWord() }
        }
        endWord()
        return out
    }
}
