import ArgumentParser
import BeaconBuild
import BeaconContent
import BeaconCore
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: saidText("Check the site without writing anything: build errors, missing and out-of-date translations, broken anchors and files, unreachable pages, overlong titles."),
        discussion: saidText("Exits with status 1 when there are errors; warnings alone do not fail the check. `--hash FILE` prints the `translation_of:` value for a translation of FILE."))

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: said("How to print the problems: text (grouped by file) or json (for other tools)."))
    var format: Format = .text

    @Option(name: .long, help: said("Print the `translation_of:` value for a translation of this source file, and stop."))
    var hash: String?

    func run() throws {
        let terminal = Terminal(quiet: site.quiet || format == .json, verbose: site.verbose)
        if let hash {
            let url = URL(fileURLWithPath: hash, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            do {
                let value = try TranslationHash.of(file: url, path: hash)
                // Keep the text being translated, so `check` can later show what changed in it.
                if let body = try? FrontMatter.split(SourceText.read(url, path: hash)).body {
                    TranslationSources.save(body: body, root: site.siteURL)
                }
                if format == .json {
                    let data = try JSONEncoder().encode(["file": hash, "translation_of": value])
                    print(String(decoding: data, as: UTF8.self))
                } else {
                    print("translation_of: \(value)")
                }
            } catch let d as Diagnostic {
                terminal.report([d])
                throw ExitCode(1)
            }
            return
        }
        let report = SiteCheck(options: site.buildOptions(), progress: site.verbose ? terminal : nil).run()
        switch format {
        case .json:
            print(report.json())
        case .text:
            let formatter = DiagnosticFormatter(color: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
            if site.quiet && report.diagnostics.isEmpty { break }
            let hidden = site.quiet ? report.diagnostics.count - report.errors.count : 0
            if site.quiet && report.errors.isEmpty {
                // Quiet shows errors only, but never claims that nothing was found.
                print(Message("No errors; \(hidden) warning(s) not shown (run `beacon check` without `-q` to see them).").description)
                break
            }
            print(formatter.groupedReport(site.quiet ? report.errors : report.diagnostics, hiddenWarnings: hidden))
        }
        if !report.passed { throw ExitCode(1) }
    }
}
