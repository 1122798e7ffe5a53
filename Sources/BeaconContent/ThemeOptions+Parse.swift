import BeaconCore
import Foundation

extension ThemeOptions {
    /// Reads `theme_options:`; every problem is reported with its line.
    static func read(_ v: YAMLValue, languages: [String], problems: DiagnosticCollector) -> ThemeOptions {
        var options = ThemeOptions()
        guard !v.isNull else { return options }
        problems.capture { problems.add(contentsOf: try v.unknownKeys(known: knownKeys, noun: "theme option", nouns: "theme options")) }
        if let c = v["colours"], !c.isNull {
            problems.capture { problems.add(contentsOf: try c.unknownKeys(known: colourKeys, noun: "colour", nouns: "colours")) }
            options.brand = c["brand"].flatMap { colour($0, "theme_options.colours.brand", problems: problems) }
            options.accent = c["accent"].flatMap { colour($0, "theme_options.colours.accent", problems: problems) }
        }
        if let e = v["emblem"], !e.isNull, let path = problems.capture({ try e.nonEmptyString("theme_options.emblem") }) {
            var p = path
            while p.hasPrefix("/") { p.removeFirst() }
            if p.hasPrefix("static/") { p.removeFirst("static/".count) }
            let ext = (p as NSString).pathExtension.lowercased()
            if !["png", "jpg", "jpeg", "svg", "webp", "gif"].contains(ext) {
                problems.add(e.error("`theme_options.emblem` must be an image (.png, .jpg, .svg or .webp), found `\(path)`.",
                                     hint: "Put the emblem image under static/, e.g. static/images/emblem.png, and write `emblem: images/emblem.png`."))
            } else {
                options.emblem = p
                options.emblemValue = e
            }
        }
        if let h = v["hotlines"], !h.isNull, let items = problems.capture({ try h.items() }) {
            var lines: [Hotline] = []
            for (i, item) in items.enumerated() {
                let what = "theme_options.hotlines.\(i + 1)"
                guard item.isMapping else {
                    problems.add(item.error("Each hotline is a label and a number, found \(item.kindName).",
                                            hint: "Write `- {label: {\(languages.map { "\($0): …" }.joined(separator: ", "))}, number: \"110\"}`."))
                    continue
                }
                problems.capture { problems.add(contentsOf: try item.unknownKeys(known: hotlineKeys)) }
                guard let labelValue = item["label"] else {
                    problems.add(item.error("Hotline \(i + 1) has no `label`.", hint: "Add `label: {\(languages.map { "\($0): …" }.joined(separator: ", "))}`."))
                    continue
                }
                guard let numberValue = item["number"] else {
                    problems.add(item.error("Hotline \(i + 1) has no `number`.", hint: "Add `number: \"96110\"`, in quotes."))
                    continue
                }
                guard let label = problems.capture({ try Localized.read(labelValue, what: "\(what).label", languages: languages) }),
                      let number = problems.capture({ try numberValue.nonEmptyString("\(what).number") }) else { continue }
                if let code = languages.first(where: { label[$0] == nil }) {
                    problems.add(labelValue.error("Hotline \(i + 1) has no `\(code)` label.", hint: "Write `label: {\(languages.map { "\($0): …" }.joined(separator: ", "))}`."))
                    continue
                }
                let digits = number.filter(\.isNumber).count
                let allowed = number.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "-" || $0 == " " || $0 == "+" || $0 == "(" || $0 == ")" }
                if !allowed || digits < 3 || digits > 20 {
                    problems.add(numberValue.error("`\(number)` is not a telephone number.",
                                                   hint: "Write digits, with `-` or spaces between groups if you like: `\"0517-83600110\"`."))
                    continue
                }
                lines.append(Hotline(label: label, number: number))
            }
            options.hotlines = lines.isEmpty ? nil : lines
        }
        return options
    }

    /// A `#rrggbb` (or `#rgb`) colour dark enough for white text on it and for links in it on
    /// white: WCAG AA's 4.5:1 contrast, which older readers need.
    static func colour(_ v: YAMLValue, _ what: String, problems: DiagnosticCollector) -> String? {
        guard let s = problems.capture({ try v.nonEmptyString(what) }) else { return nil }
        guard let rgb = RGB(hex: s) else {
            problems.add(v.error("`\(what)` must be a colour written `#rrggbb`, found `\(s)`.",
                                 hint: "Write it as six hexadecimal digits after `#`, in quotes: `\"#0b3a78\"`."))
            return nil
        }
        let ratio = rgb.contrastWithWhite
        if ratio < 4.5 {
            problems.add(v.error("`\(what)` `\(s)` is too light: white text on it, or it on white, has a contrast of \(String(format: "%.1f", ratio)):1, and at least 4.5:1 is needed to be readable.",
                                 hint: "Choose a darker shade, e.g. `\"\(rgb.darkened(toContrast: 4.6).hex)\"`."))
            return nil
        }
        return rgb.hex
    }
}

/// A colour in sRGB, for the contrast checks of `theme_options.colours`.
struct RGB: Sendable {
    var r, g, b: Double

    init(r: Double, g: Double, b: Double) { (self.r, self.g, self.b) = (r, g, b) }

    init?(hex: String) {
        var h = hex.trimmingSpaces()
        guard h.hasPrefix("#") else { return nil }
        h.removeFirst()
        if h.count == 3 { h = h.map { "\($0)\($0)" }.joined() }
        guard h.count == 6, let v = UInt32(h, radix: 16) else { return nil }
        r = Double(v >> 16 & 0xff) / 255
        g = Double(v >> 8 & 0xff) / 255
        b = Double(v & 0xff) / 255
    }

    var hex: String {
        "#" + [r, g, b].map { String(format: "%02x", Int(($0 * 255).rounded())) }.joined()
    }

    /// WCAG relative luminance.
    var luminance: Double {
        func lin(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }

    var contrastWithWhite: Double { 1.05 / (luminance + 0.05) }

    /// The same hue, each channel scaled down by `factor`.
    func scaled(_ factor: Double) -> RGB { RGB(r: r * factor, g: g * factor, b: b * factor) }

    /// The lightest shade of this hue with at least `ratio` contrast against white.
    func darkened(toContrast ratio: Double) -> RGB {
        var f = 1.0
        while f > 0, scaled(f).contrastWithWhite < ratio { f -= 0.01 }
        return scaled(max(f, 0))
    }
}
