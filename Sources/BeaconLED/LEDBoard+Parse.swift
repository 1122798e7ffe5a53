import BeaconContent
import BeaconCore

extension LEDBoard {
    static let knownKeys = ["name", "width", "height", "font", "charset", "mode", "language", "max_bytes", "recent", "color",
                            "stay", "speed", "effect", "align", "title"]

    /// Reads and checks `led_boards:` of site.yaml; every problem is collected into `problems`.
    static func parseAll(_ value: YAMLValue?, config: SiteConfig, problems: DiagnosticCollector) -> [LEDBoard] {
        guard let value, !value.isNull else { return [] }
        // A list of boards, or a mapping from board name to settings.
        var entries: [(item: YAMLValue, name: YAMLValue?)] = []
        if value.isMapping {
            guard let pairs = problems.capture({ try value.pairs() }) else { return [] }
            entries = pairs.map { ($0.value, $0.keyValue) }
        } else {
            guard let items = problems.capture({ try value.items() }) else { return [] }
            entries = items.map { ($0, nil) }
        }
        var boards: [LEDBoard] = []
        var seen: [String: Int] = [:]
        for (item, key) in entries {
            guard let board = parse(item, nameKey: key, config: config, problems: problems) else { continue }
            if let first = seen[board.name] {
                problems.add(item["name"]?.error("Two LED boards are called `\(board.name)` (the first is on line \(first)); each board writes its own folder led/\(board.name)/.",
                                                 hint: "Give each board a different `name`, e.g. `\(board.name)-2`.")
                             ?? .error(value.file, line: item.line, "Two LED boards are called `\(board.name)`."))
                continue
            }
            seen[board.name] = board.line ?? 0
            boards.append(board)
        }
        return boards
    }

    /// One board entry; nil when it is too broken to use.
    static func parse(_ item: YAMLValue, nameKey: YAMLValue? = nil, config: SiteConfig, problems: DiagnosticCollector) -> LEDBoard? {
        guard item.isMapping else {
            problems.add(item.error("Each LED board is a set of settings, found \(item.kindName).",
                                    hint: "Write a board as `- {name: shop-strip, width: 192, height: 16, font: 16, charset: gb2312, mode: static}`."))
            return nil
        }
        let before = problems.all.filter { $0.severity == .error }.count
        problems.capture { problems.add(contentsOf: try item.unknownKeys(known: knownKeys, noun: "LED board setting", nouns: "LED board settings")) }

        func required<T>(_ key: String, _ read: (YAMLValue) throws -> T) -> T? {
            guard let v = item[key], !v.isNull else {
                problems.add(item.error("This LED board has no `\(key)`.",
                                        hint: "Every board needs `name`, `width` and `height` (in LEDs); `font` (16), `charset` (gb2312) and `mode` (static) default as shown."))
                return nil
            }
            return problems.capture { try read(v) }
        }
        func optional<T>(_ key: String, default value: T, _ read: (YAMLValue) throws -> T) -> T? {
            guard let v = item[key], !v.isNull else { return value }
            return problems.capture { try read(v) }
        }
        func positive(_ key: String, _ v: YAMLValue) throws -> Int {
            let n = try v.int(key)
            guard n > 0, n <= 8192 else {
                throw v.error("`\(key)` must be a number of LEDs between 1 and 8192, found \(n).", hint: "Count the board's LEDs across (`width`) and down (`height`).")
            }
            return n
        }

        func readName(_ v: YAMLValue) throws -> String {
            let s = try v.nonEmptyString("name")
            guard Slug.isValid(s) else {
                throw v.error("The board name `\(s)` \(Slug.problem(s)).",
                              hint: "The name becomes the folder led/<name>/: use a–z, 0–9 and `-`, e.g. `\(Slug.suggest(from: s))`.")
            }
            return s
        }
        let name: String? = nameKey.map { k in problems.capture { try readName(k) } } ?? required("name", readName)
        let width = required("width") { try positive("width", $0) }
        let height = required("height") { try positive("height", $0) }
        let font = optional("font", default: 16) { v -> Int in
            let n = try v.int("font")
            guard fonts.contains(n) else {
                throw v.error("`font` must be 16, 24 or 32 (the pixel heights controllers have fonts for), found \(n).",
                              hint: "Most single-colour boards use 16; a 32-LED-high board showing one big line uses 32.")
            }
            return n
        }
        let charset = optional("charset", default: LEDCharset.gb2312) { v -> LEDCharset in
            let s = try v.nonEmptyString("charset")
            if let c = LEDCharset.parse(s) { return c }
            let names = LEDCharset.allCases.map(\.rawValue)
            throw v.error("Unknown charset `\(s)`.",
                          hint: NearestName.hint(for: s, among: names, noun: "charsets")
                            + " Font-card controllers read `gb2312` (some `gbk`); full-colour ones `utf-8`.")
        }
        let mode = optional("mode", default: Mode.static) { v -> Mode in
            let s = try v.nonEmptyString("mode")
            guard let m = Mode(rawValue: s.lowercased()) else {
                throw v.error("Unknown mode `\(s)`.", hint: NearestName.hint(for: s, among: Mode.allCases.map(\.rawValue), noun: "modes")
                                + " `static` shows screens one after another; `scroll` moves each message across.")
            }
            return m
        }
        var language = config.defaultLanguage
        if let v = item["language"], !v.isNull, let s = problems.capture({ try v.nonEmptyString("language") }) {
            if let named = config.language(s) {
                language = named
            } else {
                problems.add(v.error("The board's language `\(s)` is not one of the site's languages (\(config.languageCodes.joined(separator: ", "))).",
                                     hint: NearestName.hint(for: s, among: config.languageCodes, noun: "languages")))
            }
        }
        var maxBytes: Int?
        if let v = item["max_bytes"], !v.isNull, let n = problems.capture({ try v.int("max_bytes") }) {
            if n < 16 { problems.add(v.error("`max_bytes` must be at least 16, found \(n).", hint: "Controllers commonly hold 512 or 1024 bytes per area; see the card's manual.")) } else { maxBytes = n }
        }
        var recent = defaultRecent
        if let v = item["recent"], !v.isNull, let n = problems.capture({ try v.nonNegativeInt("recent") }) {
            if n > 50 { problems.add(v.error("`recent` is \(n); a board cannot usefully show that many items.", hint: "Use a number from 0 to 50; 3 is the default.")) } else { recent = n }
        }
        var color = Color.red
        if let v = item["color"], !v.isNull, let s = problems.capture({ try v.nonEmptyString("color") }) {
            if let c = Color(rawValue: s.lowercased()) { color = c } else {
                problems.add(v.error("Unknown colour `\(s)`.", hint: NearestName.hint(for: s, among: Color.allCases.map(\.rawValue), noun: "colours")))
            }
        }

        let playback = mode.map { parsePlayback(item, mode: $0, problems: problems) }
        var title: Localized?
        if let v = item["title"], !v.isNull {
            title = problems.capture { try Localized.read(v, what: "title", languages: config.languageCodes) }
        }

        // Boards are built of modules 16 or 32 LEDs wide (a P10 module is 32×16), so such a width
        // is the real board even when characters do not fill it: 128 LEDs at 24 px show 5 hanzi
        // and leave 8 columns dark, as the controller does. Any other width that characters do
        // not fill is most likely mistyped.
        if let width, let font, width % (font / 2) != 0, width % 16 != 0, let at = item["width"] {
            let down = width / (font / 2) * (font / 2)
            let smaller: Message = down > 0 ? "\(down) or " : ""
            problems.add(at.error("`width` \(width) is not a multiple of \(font / 2), the width of one ASCII character in a \(font)-px font, so the last column of characters would be cut.",
                                  hint: "Check the board's size: \(smaller)\(down + font / 2) LEDs would fit whole characters. A P10 module is 32 LEDs wide."))
        }
        if let height, let font, let at = item["height"] {
            if height < font {
                problems.add(at.error("`height` \(height) is smaller than the \(font)-px font, so no line of text fits on the board.",
                                      hint: "Use `font: 16` on a 16-LED-high board, or check the height."))
            } else if height % font != 0 {
                problems.add(at.error("`height` \(height) is not a multiple of the \(font)-px font: \(height % font) rows of LEDs stay dark below the text.",
                                        hint: "That is fine if intended; otherwise check the height or the font.", severity: .warning))
            }
        }
        let after = problems.all.filter { $0.severity == .error }.count
        guard after == before, let name, let width, let height, let font, let charset, let mode, let playback else { return nil }
        return LEDBoard(name: name, width: width, height: height, font: font, charset: charset, mode: mode, language: language,
                        maxBytes: maxBytes, recent: recent, color: color, line: item.line, playback: playback, title: title)
    }
}
