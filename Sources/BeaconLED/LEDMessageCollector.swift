import BeaconContent
import BeaconCore
import BeaconStats
import Foundation

/// Gathers a board's messages in a fixed order:
/// 1. the slogans of `content/slogans.yaml`, in file order;
/// 2. headline sentences from the latest statistics, one per template in the theme's
///    `led.headlines` strings, in template order (a template whose figures the period lacks is left out);
/// 3. the `led:` lines of the newest bulletins (up to `recent`), newest first;
/// 4. the `led:` lines of the newest cases (up to `recent`), newest first.
enum LEDMessageCollector {
    static func messages(for board: LEDBoard, site: Site, figures: PeriodValues?) -> [LEDMessage] {
        let lang = board.language
        var out: [LEDMessage] = []
        for slogan in site.slogans {
            guard let text = slogan.text[lang] else { continue }
            out.append(LEDMessage(original: text, source: LEDMessageSource(kind: .slogan, file: Slogan.path, line: slogan.line)))
        }
        if let figures {
            out += headlines(language: lang, site: site, figures: figures)
        }
        for kind in [ContentKind.bulletin, .case] {
            let pages = site.pages(kind, language: lang).compactMap { page in page.led.map { (page, $0) } }.prefix(board.recent)
            for (page, led) in pages {
                out.append(LEDMessage(original: led, source: LEDMessageSource(kind: kind == .bulletin ? .bulletin : .case,
                                                                                    file: page.sourcePath, line: page.keyLines["led"])))
            }
        }
        return out
    }

    /// Templates `led.headlines.0`, `.1`, … with `{metric}`, `{metric.change}` and `{period}`
    /// filled in from the latest period's written figures.
    static func headlines(language: Language, site: Site, figures: PeriodValues) -> [LEDMessage] {
        let table = site.language(language).words
        let templateFile = site.themeLayers.displayPath("i18n/\(language.code)/led.yaml")
        var out: [LEDMessage] = []
        var i = 0
        while let template = table["led.headlines.\(i)"] {
            i += 1
            guard let text = fill(template, language: language, figures: figures) else { continue }
            out.append(LEDMessage(original: text, source: LEDMessageSource(kind: .headline, file: templateFile,
                                                                           note: figures.file)))
        }
        return out
    }

    /// The template with every placeholder filled, or nil when a figure is missing.
    static func fill(_ template: String, language: Language, figures: PeriodValues) -> String? {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { out += rest[open...]; return out }
            let name = String(rest[rest.index(after: open)..<close]).trimmingSpaces()
            let value: String?
            if name == "period" {
                value = figures.label(language)
            } else if name.hasSuffix(".change") {
                value = figures.figure(String(name.dropLast(7)))?.written(language)?.change
            } else {
                value = figures.figure(name)?.written(language)?.value
            }
            guard let value else { return nil }
            out += value
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
