import BeaconContent
import BeaconCore

/// The `/led/` page: every board by its display name, with how it plays, its previews and
/// what it shows; the technical details (language code, character set, bytes, where each
/// message comes from, warnings) folded into a section for staff. No source path is shown:
/// the page is public. Words come from the theme's `led.*` strings.
enum LEDPage {
    /// LEDs a scrolling preview moves per second at the board's `speed` (1–10): 24 at the default 5.
    static func scrollSpeed(_ level: Int) -> Int { 4 * (level + 1) }

    static func page(_ made: [LEDBuilder.Made], language: Language, site: Site) -> ExtraPage {
        let fallback = site.config.defaultLanguage
        let words = site.language(language), fallbackWords = site.defaultLanguage
        func t(_ key: String) -> String { words.string("led.\(key)", fallback: fallbackWords) }
        func f(_ key: String, _ values: [String: String]) -> String { words.format("led.\(key)", values) }
        let boards: [TemplateMap] = made.map { m in
            let b = m.program.board
            let title = b.displayName(language, fallback: fallback)
            let p = b.playback
            var board: TemplateMap = [
                "name": .text(b.name), "title": .text(title), "size": .text(b.sizeLabel), "width": .int(b.width), "height": .int(b.height),
                "font": .int(b.font), "charset": .text(b.charset.label), "mode": .text(t("mode.\(b.mode.rawValue)")), "isScroll": .bool(b.mode == .scroll),
                "language": .text(b.language.code), "rows": .int(b.rows), "hanziPerLine": .int(b.width / b.font),
                "stay": .text(f("seconds", ["n": String(p.stay)])), "speed": .text(f("speed_level", ["n": String(p.speed)])),
                "effect": .text(t("effect.\(p.effect.rawValue)")), "align": .text(t("align.\(p.align.rawValue)")),
                "totalBytes": .int(m.program.totalBytes), "maxBytes": .int(b.maxBytes ?? 0), "hasMaxBytes": .bool(b.maxBytes != nil),
                "program": "\(m.program.folder)/program.txt", "programUTF8": "\(m.program.folder)/program.utf8.txt",
                "programJSON": "\(m.program.folder)/program.json",
                "glyphNote": .text(m.scaledGlyphs ? f("glyph_scaled_note", ["font": String(b.font)]) : t("glyph_note")),
                // The message only: hints may name source files, and the page is public.
                "warnings": .list(m.warnings) { ["message": .text($0.message)] },
                "hasWarnings": .bool(!m.warnings.isEmpty),
            ]
            if b.mode == .scroll { board["scrollText"] = "\(m.program.folder)/scroll.txt" }
            board["messages"] = .list(m.program.items.enumerated()) { (i, item) in
                [
                    "number": .int(i + 1), "kind": .text(t("kind.\(item.message.source.kind.rawValue)")),
                    "origin": .text(origin(item.message.source, site: site, t: t, f: f)),
                    "text": .text(item.message.text),
                    "changed": .bool(item.message.text != item.message.original), "original": .text(item.message.original),
                    "bytes": .int(item.bytes), "screenCount": .int(item.screens.count),
                    "screens": .list(item.screens.enumerated()) { (k, s) in
                        ["number": .int(k + 1), "label": .text(f("screen", ["n": String(k + 1)])), "lines": .list(s.lines) { ["text": .text($0)] },
                         "bytes": .int(s.bytes), "width": .int(s.width)]
                    },
                ]
            }
            board["hasScrolls"] = false
            if let l = m.preview {
                board["preview"] = "\(m.program.folder)/preview.png"
                board["previewWidth"] = .int(l.width)
                board["previewHeight"] = .int(l.height)
                board["previewLabel"] = .text(f("preview_of", ["board": title]))
                if b.mode == .scroll {
                    board["hasScrolls"] = true
                    board["scrolls"] = .list(zip(m.program.screens, l.panels).enumerated()) { (n, pair) in
                        let (s, p) = pair
                        let window = b.width * l.pitch
                        let text = s.width * l.pitch
                        // An SVG window on the preview image, so it scales down with the page
                        // on a phone; the image slides through it by CSS transform.
                        return ["text": .text(s.lines.first ?? ""), "number": .int(n + 1), "windowWidth": .int(window), "windowHeight": .int(p.height),
                                "from": .int(window - p.x), "to": .int(-text - p.x), "y": .int(-p.y), "still": .int(-p.x),
                                "pitch": .int(l.pitch), "dim": .text(b.color.cssDim),
                                "dotCentre": .double(Double(l.pitch) / 2), "dotRadius": .double(Double(l.pitch) * 0.42),
                                "seconds": .int(max(2, (b.width + s.width) / scrollSpeed(b.playback.speed)))]
                    }
                }
            }
            return board
        }
        let moving = boards.contains { $0["hasScrolls"]?.boolValue == true }
        return ExtraPage(path: "/led/", language: language, template: "led", title: t("title"), description: t("description"),
                         context: ["boards": .maps(boards), "hasBoards": .bool(!boards.isEmpty), "hasMotion": .bool(moving)])
    }

    /// Where a message comes from, in words a clerk recognises and without a file path:
    /// “Slogan 3”, “Statistics 2021-10”, the title of the bulletin or case.
    static func origin(_ source: LEDMessageSource, site: Site,
                       t: (String) -> String, f: (String, [String: String]) -> String) -> String {
        switch source.kind {
        case .slogan:
            let n = site.slogans.firstIndex { $0.line == source.line }.map { $0 + 1 }
            return n.map { f("origin.slogan", ["n": String($0)]) } ?? t("kind.slogan")
        case .headline:
            let period = source.note.map { String(($0.split(separator: "/").last ?? "").dropLast(".yaml".count)) } ?? ""
            return f("origin.headline", ["period": period])
        case .bulletin, .case:
            return site.pages.first { $0.sourcePath == source.file }?.title ?? t("kind.\(source.kind.rawValue)")
        }
    }
}
