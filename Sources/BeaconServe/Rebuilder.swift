import BeaconCore
import Foundation

/// Runs preview builds one at a time. Changes that arrive while a build runs are gathered
/// and built together right after it, so a burst of saves costs at most two builds.
final class Rebuilder: Sendable {
    private let rebuild: Rebuild
    private let queue = DispatchQueue(label: "beacon-rebuild")
    private let pending = Locked<(paths: Set<String>, scheduled: Bool)>(([], false))
    private let nonce = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    private let counter = Locked(0)
    let state: Locked<BuildOutcome>
    private let finished: @Sendable (BuildOutcome, _ retired: URL?, _ changed: [String]) -> Void

    init(rebuild: @escaping Rebuild, finished: @escaping @Sendable (BuildOutcome, URL?, [String]) -> Void) {
        self.rebuild = rebuild
        self.finished = finished
        state = Locked(BuildOutcome(output: nil, diagnostics: [], failed: false, generation: "\(nonce)-0", duration: .zero))
    }

    /// Queues a build for `paths` (joined with any not yet built).
    func request(_ paths: [String]) {
        let schedule = pending.update { p -> Bool in
            p.paths.formUnion(paths)
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

    private func runPending() {
        let batch = pending.update { p -> [String] in
            defer { p = ([], false) }
            return p.paths.sorted()
        }
        run(batch)
    }

    private func run(_ paths: [String]) {
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
        let failed = result == nil || problems.contains { $0.severity == .error }
        let n = counter.update { $0 += 1; return $0 }
        let good = failed ? nil : result
        let (outcome, retired) = state.update { s -> (BuildOutcome, URL?) in
            let previous = s.outputDir
            s = BuildOutcome(output: good.map(\.output) ?? s.output, diagnostics: problems, failed: failed,
                             generation: "\(nonce)-\(n)", duration: clock.now - start,
                             deferred: good.map(\.deferred) ?? s.deferred)
            // The folder no longer served: the replaced one, or a failed build's partial one.
            let retired = failed ? result?.outputDir : previous
            return (s, retired == s.outputDir ? nil : retired)
        }
        finished(outcome, retired, paths)
    }
}
