import BeaconContent
import BeaconCore
import BeaconStats
import Foundation

/// Makes the LED board programs of a site (SPEC §6): for each board of `led_boards:` the
/// program in its character set, a UTF-8 copy and a dot-matrix preview, plus the `/led/` page.
public enum LEDBuilder {
    /// Builds every board, or only the board called `only`. Throws a `BuildFailure` carrying
    /// every problem when any is an error; warnings come back in the result. `figures` is the
    /// latest statistics period as values (nil: the site has none), quoted by the headlines.
    public static func build(site: Site, figures: PeriodValues?, only: String? = nil) throws -> LEDBuildResult {
        let problems = DiagnosticCollector()
        var boards = LEDBoard.parseAll(site.config.ledBoards, config: site.config, problems: problems)
        if let only {
            let names = boards.map(\.name)
            boards = boards.filter { $0.name == only }
            if boards.isEmpty {
                problems.add(.error("site.yaml", "There is no LED board called `\(only)`.",
                                    hint: names.isEmpty ? "Add the board under `led_boards:` in site.yaml."
                                        : NearestName.hint(for: only, among: names, noun: "boards")))
            }
        }
        try problems.throwIfErrors()
        guard !boards.isEmpty else { return LEDBuildResult(warnings: problems.warnings) }

        let font = Unifont.shared
        if font == nil {
            problems.add(.warning(nil, "The LED previews are not drawn: GNU Unifont's unifont.hex was not found (looked in \(Unifont.searchPaths.joined(separator: ", "))).",
                                  hint: "Install the Debian package `unifont`, or set BEACON_UNIFONT to the path of unifont.hex."))
        }
        let sources = LEDSourceLines(root: site.root)
        let made = ParallelMap.map(boards) { board in
            make(board, site: site, figures: figures, font: font, sources: sources, problems: problems)
        }
        let all = problems.all
        if all.contains(where: { $0.severity == .error }) { throw BuildFailure(mergingBoards(all.sortedForReport())) }

        var result = LEDBuildResult()
        result.files = made.flatMap(\.files)
        result.programs = made.map(\.program)
        result.terminalText = made.map(\.terminal).joined(separator: "\n")
        result.warnings = problems.warnings
        result.pages = site.config.languages.map { LEDPage.page(made, language: $0, site: site) }
        return result
    }

    /// One board's program, files and page data.
    struct Made {
        var program: LEDProgram
        var files: [OutputFile]
        var terminal: String
        var preview: LEDPreview.Layout?
        var warnings: [Diagnostic]
        var scaledGlyphs: Bool
    }

    static func make(_ board: LEDBoard, site: Site, figures: PeriodValues?, font: Unifont?,
                     sources: LEDSourceLines, problems: DiagnosticCollector) -> Made {
        let local = DiagnosticCollector()
        defer { problems.add(contentsOf: local.all) }
        let maker = LEDProgramMaker(board: board, font: font, sources: sources)
        if !maker.encoder.isAvailable {
            local.add(.error("site.yaml", line: board.line, "This system's iconv cannot write \(board.charset.label), so the board `\(board.name)` gets no program.",
                             hint: "Install glibc's gconv modules (Debian: `libc6`, which includes them)."))
        }
        let messages = LEDMessageCollector.messages(for: board, site: site, figures: figures)
        if messages.isEmpty {
            local.add(.warning("site.yaml", line: board.line, "The LED board `\(board.name)` has nothing to show: no slogans, statistics or `led:` lines in its language (\(board.language)).",
                               hint: "Add slogans to content/slogans.yaml, or `led:` lines to bulletins and cases."))
        }
        let program = maker.make(messages, problems: local)
        var files = [program.programFile(encoder: maker.encoder), program.utf8File(), program.jsonFile()]
        if let scroll = program.scrollFile(encoder: maker.encoder) { files.append(scroll) }
        var layout: LEDPreview.Layout?
        if let font {
            // Characters the set has but Unifont lacks (UTF-8 boards): the board's own font may show
            // them; the preview cannot, so say so instead of drawing an empty box silently.
            var missing: [Character] = []
            for item in program.items {
                for ch in item.message.text where ch != " " && font.glyph(ch) == nil && !missing.contains(ch) { missing.append(ch) }
            }
            if !missing.isEmpty {
                let them: Message = missing.count == 1 ? "it" : "them"
                let these: Message = missing.count == 1 ? "this character" : "these characters"
                local.add(.warning("site.yaml", line: board.line,
                                   "The preview of the LED board `\(board.name)` draws \(missing.map { "“\($0)”" }.joined(separator: " ")) as empty boxes: GNU Unifont has no glyph for \(them).",
                                   hint: "Check on the board itself that its font has \(these), or write the text without \(them)."))
            }
        }
        if let font, !program.items.isEmpty {
            let preview = LEDPreview(program: program, font: font, measure: maker.width)
            if let (png, l) = preview.png() {
                files.append(OutputFile(path: "\(program.folder)/preview.png", data: png))
                layout = l
            } else {
                local.add(.warning("site.yaml", line: board.line, "The preview of the LED board `\(board.name)` could not be drawn (Cairo could not make the image).",
                                   hint: "The program files are written; check that libcairo2 is installed."))
            }
        }
        let mine = local.all.filter { $0.severity == .warning }
        return Made(program: program, files: files, terminal: program.terminalText(measure: maker.width), preview: layout,
                    warnings: mine, scaledGlyphs: board.font != 16)
    }
}
