import BeaconCore
import BeaconServe
import Foundation

/// A save whose print files (LED programs, then leaflets and banners) are still being made
/// after its pages were served: the terminal says when each kind is ready and how long after
/// the save, since a clerk waiting for a leaflet has no other sign. The preview's first build
/// is one too: it serves the pages before any leaflet is typeset.
struct SaveInProgress: Sendable {
    /// When the save's build started.
    let start: ContinuousClock.Instant
    /// The output folders (`led/`, `leaflets/`, `banners/`) still waiting for their files.
    var stale: [String]
    /// The preview's first build rather than a save.
    var isStart = false
    /// The warnings already shown: those the print work finds (a panel left largely empty)
    /// are shown when it ends, once.
    var shown: Set<Diagnostic> = []

    /// The lines for the folders `outcome`, a follow-up build, brought up to date; they are
    /// no longer waited for.
    mutating func ready(_ outcome: BuildOutcome) -> [Message] {
        let done = stale.filter { !outcome.stalePrintFolders.contains($0) }
        stale = stale.filter { outcome.stalePrintFolders.contains($0) }
        let time = String(format: "%.1f", (ContinuousClock.now - start).seconds)
        return done.compactMap { folder -> Message? in
            switch (folder, isStart) {
            case ("led/", false): "The LED programs are up to date, \(time) s after the save."
            case ("leaflets/", false): "The leaflets are up to date, \(time) s after the save."
            case ("banners/", false): "The banners are up to date, \(time) s after the save."
            case ("led/", true): "The LED programs are ready, \(time) s after the start."
            case ("leaflets/", true): "The leaflets are ready, \(time) s after the start."
            case ("banners/", true): "The banners are ready, \(time) s after the start."
            default: nil
            }
        }
    }

    /// The warnings of `outcome` not shown before; they are then counted as shown.
    mutating func unshown(_ outcome: BuildOutcome) -> [Diagnostic] {
        let new = outcome.diagnostics.filter { $0.severity == .warning && !shown.contains($0) }
        shown.formUnion(new)
        return new
    }
}
