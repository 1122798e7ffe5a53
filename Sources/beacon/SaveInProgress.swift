import BeaconCore
import BeaconServe
import Foundation

/// A save whose print files (LED programs, then leaflets and banners) are still being made
/// after its pages were served: the terminal says when each kind is ready and how long after
/// the save, since a clerk waiting for a leaflet has no other sign.
struct SaveInProgress: Sendable {
    /// When the save's build started.
    let start: ContinuousClock.Instant
    /// The output folders (`led/`, `leaflets/`, `banners/`) still waiting for their files.
    var stale: [String]

    /// The lines for the folders `outcome`, a follow-up build, brought up to date; they are
    /// no longer waited for.
    mutating func ready(_ outcome: BuildOutcome) -> [Message] {
        let done = stale.filter { !outcome.stalePrintFolders.contains($0) }
        stale = stale.filter { outcome.stalePrintFolders.contains($0) }
        let time = String(format: "%.1f", (ContinuousClock.now - start).seconds)
        return done.compactMap { folder -> Message? in
            switch folder {
            case "led/": "The LED programs are up to date, \(time) s after the save."
            case "leaflets/": "The leaflets are up to date, \(time) s after the save."
            case "banners/": "The banners are up to date, \(time) s after the save."
            default: nil
            }
        }
    }
}
