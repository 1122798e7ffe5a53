import BeaconContent
import BeaconCore

/// The `/led/` page: every board with its messages, screens, byte counts, warnings and
/// previews, and an animated preview of scrolling boards. Words come from the theme's `led.*` strings.
enum LEDPage {
    /// LEDs a scrolling preview moves per second.
    static let scrollSpeed = 24

    static func page(_ made: [LEDBuilder.Made], language: Language, site: Site) -> ExtraPage {
        let lang = language.code
        func t(_ key: String) -> String { site.strings.string("led.\(key)", lang, fallback: site.config.defaultLanguage.code) }
        let boards: [[String: Any]] = made.map { m in
            let b = m.program.board
            var board: [String: Any] = [
                "name": b.name, "size": b.sizeLabel, "width": b.width, "height": b.height, "font": b.font,
                "charset": b.charset.label, "mode": t("mode.\(b.mode.rawValue)"), "isScroll": b.mode == .scroll,
                "language": b.language, "rows": b.rows, "hanziPerLine": b.width / b.font,
                "totalBytes": m.program.totalBytes, "maxBytes": b.maxBytes ?? 0, "hasMaxBytes": b.maxBytes != nil,
                "program": "\(m.program.folder)/program.txt", "programUTF8": "\(m.program.folder)/program.utf8.txt",
                "glyphNote": m.scaledGlyphs ? site.strings.format("led.glyph_scaled_note", lang, ["font": String(b.font)]) : t("glyph_note"),
                "warnings": m.warnings.map { ["location": $0.location, "message": $0.message, "hint": $0.hint ?? ""] },
                "hasWarnings": !m.warnings.isEmpty,
            ]
            board["messages"] = m.program.items.enumerated().map { (i, item) -> [String: Any] in
                let src = item.message.source
                var entry: [String: Any] = [
                    "number": i + 1, "kind": t("kind.\(src.kind.rawValue)"),
                    "source": src.file + (src.line.map { ":\($0)" } ?? ""), "text": item.message.text,
                    "changed": item.message.text != item.message.original, "original": item.message.original,
                    "bytes": item.bytes, "screenCount": item.screens.count,
                    "screens": item.screens.enumerated().map { (k, s) in
                        ["number": k + 1, "label": site.strings.format("led.screen", lang, ["n": String(k + 1)]), "lines": s.lines.map { ["text": $0] }, "bytes": s.bytes, "width": s.width] as [String: Any]
                    },
                ]
                // Headlines: the statistics file the figures come from, beside the template.
                if let note = src.note { entry["figures"] = note }
                return entry
            }
            board["hasScrolls"] = false
            if let l = m.preview {
                board["preview"] = "\(m.program.folder)/preview.png"
                board["previewWidth"] = l.width
                board["previewHeight"] = l.height
                if b.mode == .scroll {
                    board["hasScrolls"] = true
                    board["scrolls"] = zip(m.program.screens, l.panels).map { (s, p) -> [String: Any] in
                        let window = b.width * l.pitch
                        let text = s.width * l.pitch
                        return ["text": s.lines.first ?? "", "windowWidth": window, "windowHeight": p.height,
                                "from": window - p.x, "to": -text - p.x, "y": -p.y, "still": -p.x,
                                "pitch": l.pitch, "dim": b.color.cssDim,
                                "seconds": max(2, (b.width + s.width) / scrollSpeed)]
                    }
                }
            }
            return board
        }
        return ExtraPage(path: "/led/", language: language, template: "led", title: t("title"), description: t("description"),
                         context: ["boards": boards, "hasBoards": !boards.isEmpty])
    }
}
