import ArgumentParser
import BeaconBuild
import BeaconCore
import Foundation

/// Writes progress and problems to the terminal: colours only when stderr is a terminal,
/// a progress line per step, the report capped at 20 problems.
struct Terminal: BuildProgress {
    let quiet: Bool
    let verbose: Bool
    /// Steps shown only while they run (serve's rebuilds): each line replaces the last, and
    /// the next line written replaces the last step.
    var transient = false
    var color: Bool { isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }

    /// True when stderr is a terminal: a step's line is shown while it runs, then completed.
    var live: Bool { isatty(STDERR_FILENO) == 1 }

    func started(_ index: Int, of total: Int, _ name: String) {
        if verbose { err("[\(index)/\(total)] \(name) …") }
        else if !quiet && live { write("\r\u{1B}[K[\(index)/\(total)] \(name) …") }
    }

    func finished(_ index: Int, of total: Int, _ name: String, seconds: Double, detail: String) {
        guard !quiet, !(transient && !verbose) else { return }
        // On a terminal the running line is replaced by the finished one (err clears it).
        err(String(format: "[%d/%d] %@: %@ (%.2f s)", index, total, name, detail, seconds))
    }

    /// The line after a good build: what was made, per language, and how long it took.
    func summary(_ report: BuildReport, languages: [String], files: [OutputFile]) -> String {
        let pages = languages.compactMap { lang in report.pagesPerLanguage[lang].map { "\($0) \(lang)" } }.joined(separator: " + ")
        var parts: [Message] = ["\(pages) pages"]
        let feeds = files.filter { $0.path.hasSuffix("feed.xml") }.count
        if feeds > 0 { parts.append(feeds == 1 ? "1 feed" : "\(feeds) feeds") }
        if report.ledBoards > 0 { parts.append(report.ledBoards == 1 ? "1 LED board" : "\(report.ledBoards) LED boards") }
        if report.leaflets > 0 { parts.append(report.leaflets == 1 ? "1 leaflet" : "\(report.leaflets) leaflets") }
        if report.banners > 0 { parts.append(report.banners == 1 ? "1 banner" : "\(report.banners) banners") }
        if report.draftsHeldBack > 0 {
            parts.append(report.draftsHeldBack == 1 ? "1 draft held back" : "\(report.draftsHeldBack) drafts held back")
        }
        if report.embargoedHeldBack > 0 {
            parts.append(report.embargoedHeldBack == 1 ? "1 page held back until its date" : "\(report.embargoedHeldBack) pages held back until their dates")
        }
        let seconds = String(format: "%.2f", report.totalSeconds)
        let list = Message(verbatim: parts.map(\.description).joined(separator: Message(", ").description))
        return Message("Built \(report.fileCount) files in \(seconds) s: \(list).").description
    }

    func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        err(DiagnosticFormatter(color: color).report(diagnostics))
    }

    /// Writes a line; on a terminal it first clears a transient step line.
    func err(_ s: String) { write((live && !verbose ? "\r\u{1B}[K" : "") + s + "\n") }

    /// Writes a sentence in the user's language.
    func say(_ m: Message) { err(m.description) }

    func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
}

/// Prints a sentence to standard output in the user's language.
func show(_ m: Message) { print(m.description) }

/// A help text of the command line (an abstract, an option's help) in the user's language:
/// written as an English literal like every message, translated through the catalogue that
/// `Beacon.main` installs before the parser reads any of them.
func said(_ m: Message) -> ArgumentHelp { ArgumentHelp(m.description) }

/// `said` for a command's `abstract:` and `discussion:`.
func saidText(_ m: Message) -> String { m.description }
