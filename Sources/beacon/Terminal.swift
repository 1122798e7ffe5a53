import BeaconBuild
import BeaconCore
import Foundation

/// Writes progress and problems to the terminal: colours only when stderr is a terminal,
/// a progress line per step, the report capped at 20 problems.
struct Terminal: BuildProgress {
    let quiet: Bool
    let verbose: Bool
    var color: Bool { isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }

    func started(_ index: Int, of total: Int, _ name: String) {
        if verbose { err("[\(index)/\(total)] \(name) …") }
    }

    func finished(_ index: Int, of total: Int, _ name: String, seconds: Double, detail: String) {
        guard !quiet else { return }
        err(String(format: "[%d/%d] %@: %@ (%.2f s)", index, total, name, detail, seconds))
    }

    func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        err(DiagnosticFormatter(color: color).report(diagnostics))
    }

    func err(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }
}
