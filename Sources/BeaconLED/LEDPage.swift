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
        func t(_ key: String) -> String { site.strings.string("led.\(key)", language, fallback: fallback) }
        func f(_ key: String, _ values: [String: String]) -> String { site.strings.format("led.\(key)", language, values) }
        let boards: [[String: Any]] = made.map { m in
            let b = m.program.board
            let title = b.displayName(language, fallback: fallback)
            let p = b.playback
            var board: [String: Any] = [
                "name": b.name, "title": title, "size": b.sizeLabel, "width": b.width, "height": b.height, "font": b.font,
                "charset": b.charset.label, "mode": t("mode.\(b.mode.rawValue)"), "isScroll": b.mode == .scroll,
                "language": b.language.code, "rows": b.rows, "hanziPerLine": b.width / b.font,
                "stay": f("seconds", ["n": String(p.stay)]), "speed": f("speed_level", ["n": String(p.speed)]),
                "effect": t("effect.\(p.effect.rawValue)"), "align": t("align.\(p.align.rawValue)"),
                "totalBytes": m.program.totalBytes, "maxBytes": b.maxBytes ?? 0, "hasMaxBytes": b.maxBytes != nil,
                "program": "\(m.program.folder)/program.txt", "programUTF8": "\(m.program.folder)/program.utf8.txt",
                "programJSON": "\(m.program.folder)/program.json",
                "glyphNote": m.scaledGlyphs ? f("glyph_scaled_note", ["font": String(b.font)]) : t("glyph_note"),
                // The message only: hints may name source files, and the page is public.
                "warnings": m.warnings.map { ["message": $0.message] },
                "hasWarnings": !m.warnings.isEmpty,
            ]
            if b.mode == .scroll { board["scrollText"] = "\(m.program.folder)/scroll.txt" }
            board["messages"] = m.program.items.enumerated().map { (i, item) -> [String: Any] in
                [
                    "number": i + 1, "kind": t("kind.\(item.message.source.kind.rawValue)"),
                    "origin": origin(item.message.source, site: site, t: t, f: f),
                    "text": item.message.text,
                    "changed": item.message.text != item.message.original, "original": item.message.original,
                    "bytes": item.bytes, "screenCount": item.screens.count,
                    "screens": item.screens.enumerated().map { (k, s) in
                        ["number": k + 1, "label": f("screen", ["n": String(k + 1)]), "lines": s.lines.map { ["text": $0] }, "bytes": s.bytes, "width": s.width] as [String: Any]
                    },
                ]
            }
            board["hasScrolls"] = false
            if let l = m.preview {
                board["preview"] = "\(m.program.folder)/preview.png"
                board["previewWidth"] = l.width
                board["previewHeight"] = l.height
                board["previewLabel"] = f("preview_of", ["board": title])
                if b.mode == .scroll {
                    board["hasScrolls"] = true
                    board["scrolls"] = zip(m.program.screens, l.panels).enumerated().map { (n, pair) -> [String: Any] in
                        let (s, p) = pair
                        let window = b.width * l.pitch
                        let text = s.width * l.pitch
                        // An SVG window on the preview image, so it scales down with the page
                        // on a phone; the image slides through it by CSS transform.
                        return ["text": s.lines.first ?? "", "number": n + 1, "windowWidth": window, "windowHeight": p.height,
                                "from": window - p.x, "to": -text - p.x, "y": -p.y, "still": -p.x,
                                "pitch": l.pitch, "dim": b.color.cssDim,
                                "dotCentre": Double(l.pitch) / 2, "dotRadius": Double(l.pitch) * 0.42,
                                "seconds": max(2, (b.width + s.width) / scrollSpeed(b.playback.speed))]
                    }
                }
            }
            return board
        }
        let moving = boards.contains { $0["hasScrolls"] as? Bool == true }
        return ExtraPage(path: "/led/", language: language, template: "led", title: t("title"), description: t("description"),
                         context: ["boards": boards, "hasBoards": !boards.isEmpty, "hasMotion": moving])
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
