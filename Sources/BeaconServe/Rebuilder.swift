import BeaconCore
import Foundation

/// Runs preview builds one at a time. Changes that arrive while a build runs are gathered
/// and built together right after it, so a burst of saves costs at most two builds.
///
/// A follow-up build (`followUp`) serves the print work (LED programs, leaflets, banners)
/// made after a save's pages; a save that comes in meanwhile is built instead, with it.
final class Rebuilder: Sendable {
    private let rebuild: Rebuild
    private let queue = DispatchQueue(label: "beacon-rebuild")
    private let pending = Locked<(paths: Set<String>, scheduled: Bool, followUp: Bool)>(([], false, false))
    private let nonce = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    private let counter = Locked(0)
    let state: Locked<BuildOutcome>
    /// The last good build's files: what a failed build leaves served, also after a build
    /// served its first pages early (`serveEarly`) and then failed.
    private let kept = Locked<(output: BuildOutput?, deferred: DeferredFiles?)>((nil, nil))
    private let finished: @Sendable (BuildOutcome, _ retired: URL?, _ changed: [String]) -> Void
    private let early: @Sendable (BuildOutcome) -> Void

    /// `finished` is told of each build; `early` of files a build serves before it ends.
    init(rebuild: @escaping Rebuild, finished: @escaping @Sendable (BuildOutcome, URL?, [String]) -> Void,
         early: @escaping @Sendable (BuildOutcome) -> Void = { _ in }) {
        self.rebuild = rebuild
        self.finished = finished
        self.early = early
        state = Locked(BuildOutcome(output: nil, diagnostics: [], failed: false, generation: "\(nonce)-0", duration: .zero))
    }

    /// Queues a build for `paths` (joined with any not yet built).
    func request(_ paths: [String], followUp: Bool = false) {
        let schedule = pending.update { p -> Bool in
            p.paths.formUnion(paths)
            p.followUp = p.followUp || followUp
            defer { p.scheduled = true }
            return !p.scheduled
        }
        if schedule { queue.async { self.runPending() } }
    }

    /// Builds now and waits for it (the first build, before the server answers), without
    /// holding one of Swift's few concurrency threads while the build runs.
    func buildNow(_ paths: [String]) async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            queue.async { self.run(paths); done.resume() }
        }
    }

    /// Serves `output` now, while the build that made it goes on (the pages a save changed,
    /// over the last build's files): open tabs are told to reload. The build's own outcome
    /// replaces it when it ends; if it fails, the last good files are served again.
    func serveEarly(_ output: BuildOutput) {
        let n = counter.update { $0 += 1; return $0 }
        let outcome = state.update { s -> BuildOutcome in
            s.output = output
            s.generation = "\(nonce)-\(n)"
            s.failed = false
            s.diagnostics = s.diagnostics.filter { $0.severity != .error }
            s.printUpdate = false
            // Whether the save changed what a leaflet or board prints is known when the build
            // ends: until then a request for a print file waits.
            s.stalePrintFolders = Self.printFolders
            return s
        }
        early(outcome)
    }

    /// Every folder print work writes to.
    static let printFolders = ["led/", "leaflets/", "banners/"]

    private func runPending() {
        let (batch, followUp) = pending.update { p -> ([String], Bool) in
            defer { p = ([], false, false) }
            return (p.paths.sorted(), p.followUp && p.paths.isEmpty)
        }
        run(batch, followUp: followUp)
    }

    private func run(_ paths: [String], followUp: Bool = false) {
        let clock = ContinuousClock()
        let start = clock.now
        var result: RebuildResult?
        var problems: [Diagnostic] = []
        do {
            let made = try rebuild(paths)
            result = made
            problems = made.diagnostics
        } catch let f as BuildFailure {
            problems = f.diagnostics
        } catch let d as Diagnostic {
            problems = [d]
        } catch {
            problems = [.error(nil, "The build stopped: \(error)")]
        }
        let good = problems.contains { $0.severity == .error } ? nil : result
        let failed = good == nil
        let n = counter.update { $0 += 1; return $0 }
        let last = kept.update { k -> (output: BuildOutput?, deferred: DeferredFiles?) in
            defer { if let good { k = (good.output, good.deferred) } }
            return k
        }
        let (outcome, retired) = state.update { s -> (BuildOutcome, URL?) in
            let previous = s.outputDir
            s = BuildOutcome(output: good?.output ?? last.output, diagnostics: problems, failed: failed,
                             generation: "\(nonce)-\(n)", duration: clock.now - start,
                             deferred: good == nil ? last.deferred : good?.deferred)
            s.printUpdate = followUp
            s.stalePrintFolders = good?.stalePrintFolders ?? []
            // The folder no longer served: the replaced one, or a failed build's partial one.
            let retired = failed ? result?.outputDir : previous
            return (s, retired == s.outputDir ? nil : retired)
        }
        finished(outcome, retired, paths)
        good?.afterServed?()
    }
}
