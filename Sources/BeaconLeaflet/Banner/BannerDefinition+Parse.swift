import BeaconContent
import BeaconCore
import Foundation

extension BannerDefinition {
    /// Reads a banner file and checks it against the site; all problems are collected, each
    /// naming the file and line.
    static func parse(_ source: SourceText, site: Site) throws -> BannerDefinition {
        let file = source.path
        let name = String((file.split(separator: "/").last ?? Substring(file)).dropLast(".yaml".count))
        let root = try YAMLDocument.parse(source.text, file: file)
        let problems = DiagnosticCollector()
        let codes = site.config.languageCodes
        guard root.isMapping else {
            throw BuildFailure([.error(file, line: 1, "A banner file is a set of settings (`text`, `size`, `colours`), found \(root.kindName).",
                                       hint: "Write each setting on its own line, e.g. `text: {zh: 全民反诈, en: Stop fraud}` and `size: 70x600`.")])
        }
        problems.capture { problems.add(contentsOf: try root.unknownKeys(known: knownKeys, noun: "banner setting", nouns: "banner settings")) }
        if !Slug.isValid(name) {
            problems.add(.error(file, "The banner's file name `\(name)` \(Slug.problem(name)); it becomes the PDF's name.",
                                hint: "Rename the file to `\(Slug.suggest(from: name)).yaml`."))
        }

        var size: BannerSize?
        if let v = root["size"], !v.isNull {
            size = problems.capture { try BannerSize.read(v) }
        } else {
            problems.add(.error(file, line: 1, "The banner has no `size`.", hint: "Add `size: 70x600`: height × width in centimetres."))
        }

        var colours = BannerColours.redWhite
        if let v = root["colours"] ?? root["colors"], !v.isNull, let s = problems.capture({ try v.nonEmptyString("colours") }) {
            if let c = BannerColours(rawValue: s.lowercased()) { colours = c } else {
                let names = BannerColours.allCases.map(\.rawValue)
                problems.add(v.error("Unknown banner colours `\(s)`.",
                                     hint: NearestName.hint(for: s, among: names, noun: "colour schemes") + " Banners come in \(names.map { "`\($0)`" }.joined(separator: ", ")) (background-letters)."))
            }
        }

        var text: [String: String] = [:]
        var textLine: Int?
        if let v = root["text"], !v.isNull {
            textLine = v.line
            if v.isMapping {
                text = problems.capture { try Localized.read(v, what: "text", languages: codes).values } ?? [:]
            } else if let s = try? v.string(), let n = Int(s) {
                let count = site.slogans.count
                if n >= 1, n <= count {
                    text = site.slogans[n - 1].text.values
                } else {
                    let range: Message = count == 0 ? "content/slogans.yaml has no slogans" : "content/slogans.yaml has \(count) slogan(s), numbered 1 to \(count)"
                    problems.add(v.error("There is no slogan number \(n): \(range).",
                                         hint: "Use a number from 1 (the first slogan) to \(max(1, count)), or write the text: `text: {zh: …, en: …}`."))
                }
            } else if let s = problems.capture({ try v.nonEmptyString("text") }) {
                text = [site.config.defaultLanguage.code: s]
            }
        } else {
            problems.add(.error(file, line: 1, "The banner has no `text`.",
                                hint: "Add `text: {zh: …, en: …}`, or the number of a slogan in content/slogans.yaml (from 1): `text: 1`."))
        }

        if let size {
            let limit = BannerSize.hanziPerMetre * Double(size.width) / 100
            for code in codes {
                guard let t = text[code] else { continue }
                let units = Self.units(t)
                if units > limit {
                    problems.add(.error(file, line: textLine,
                                        "The \(code) text is \(format(units)) characters wide, too long for a banner \(size.width) cm wide: at a legible height it takes at most \(format(limit)) (12 hanzi per metre, two Latin letters counting as one).",
                                        hint: "Shorten the text, make the banner longer (at least \(Int((units / BannerSize.hanziPerMetre * 100).rounded(.up))) cm), or split it over two banners."))
                }
            }
        }
        try problems.throwIfErrors()
        // A missing or unreadable size was an error above.
        guard let size else { throw BuildFailure(problems.all) }
        return BannerDefinition(name: name, sourcePath: file, text: text, textLine: textLine, size: size, colours: colours)
    }

    /// Width of a text in hanzi: a full-width character counts 1, anything else ½.
    static func units(_ text: String) -> Double {
        text.reduce(0.0) { sum, ch in
            guard let s = ch.unicodeScalars.first else { return sum }
            let wide = s.properties.isIdeographic || (0x3000...0x303F).contains(s.value) || (0xFF01...0xFF60).contains(s.value)
            return sum + (wide ? 1 : 0.5)
        }
    }

    private static func format(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(format: "%.1f", v) }
}
