import BeaconContent
import BeaconCore
import Foundation

/// Gathers a board's messages in a fixed order:
/// 1. the slogans of `content/slogans.yaml`, in file order;
/// 2. headline sentences from the latest statistics, one per template in the theme's
///    `led.headlines` strings, in template order (a template whose figures the period lacks is left out);
/// 3. the `led:` lines of the newest bulletins (up to `recent`), newest first;
/// 4. the `led:` lines of the newest cases (up to `recent`), newest first.
enum LEDMessageCollector {
    static func messages(for board: LEDBoard, site: Site, figures: (any LEDFigureSource)?) -> [LEDMessage] {
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
            let pages = site.pages(kind, language: lang).filter { $0.led != nil }.prefix(board.recent)
            for page in pages {
                out.append(LEDMessage(original: page.led!, source: LEDMessageSource(kind: kind == .bulletin ? .bulletin : .case,
                                                                                    file: page.sourcePath, line: page.keyLines["led"])))
            }
        }
        return out
    }

    /// Templates `led.headlines.0`, `.1`, … with `{metric}`, `{metric.change}` and `{period}` filled in.
    static func headlines(language: Language, site: Site, figures: any LEDFigureSource) -> [LEDMessage] {
        let table = site.strings.strings(language)
        let templateFile = site.themeLayers.displayPath("i18n/\(language.code)/led.yaml")
        var out: [LEDMessage] = []
        var i = 0
        while let template = table["led.headlines.\(i)"] {
            i += 1
            guard let text = fill(template, language: language, strings: site.strings, figures: figures) else { continue }
            out.append(LEDMessage(original: text, source: LEDMessageSource(kind: .headline, file: templateFile,
                                                                           note: figures.ledSourcePath)))
        }
        return out
    }

    /// The template with every placeholder filled, or nil when a figure is missing.
    static func fill(_ template: String, language: Language, strings: ThemeStrings, figures: any LEDFigureSource) -> String? {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { out += rest[open...]; return out }
            let name = String(rest[rest.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
            let value: String?
            if name == "period" {
                value = figures.ledPeriodLabel(language: language, strings: strings)
            } else if name.hasSuffix(".change") {
                value = figures.ledChange(metric: String(name.dropLast(7)), language: language, strings: strings)
            } else {
                value = figures.ledValue(metric: name, language: language, strings: strings)
            }
            guard let value else { return nil }
            out += value
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
