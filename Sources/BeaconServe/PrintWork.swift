import BeaconCore
import Foundation

/// LED programs, leaflets and banners made again after a save, on a queue of their own, so
/// the next save's page build never waits for them.
///
/// When a page build kept print results whose inputs had changed, `request()` starts builds
/// of the print parts alone, in stages: LED programs first (seconds sooner than the leaflets,
/// and what a clerk editing a board's text is looking at on /led/), then leaflets and banners.
/// Each stage's results go into the shared `BuildCache`, then `done` asks the server for a
/// follow-up build, which finds them there. Requests made while one runs are joined into one
/// more run.
final class PrintWork: Sendable {
    private let queue = DispatchQueue(label: "beacon-print")
    private let state = Locked<(running: Bool, again: Bool)>((false, false))
    private let failed = Locked(false)
    private let stages: [@Sendable () throws -> Void]
    private let done: @Sendable () -> Void

    /// Each of `stages` builds some print parts into the cache, in order; `done` asks for a
    /// follow-up build after each.
    init(stages: [@Sendable () throws -> Void], done: @escaping @Sendable () -> Void) {
        self.stages = stages
        self.done = done
    }

    func request() {
        let start = state.update { s -> Bool in
            if s.running { s.again = true; return false }
            s.running = true
            return true
        }
        if start { queue.async { self.run() } }
    }

    /// `request`, as a closure to call once a build is served.
    var requester: @Sendable () -> Void { { [self] in request() } }

    /// `request`, unless a run is under way: for a follow-up build, which serves an earlier
    /// stage while the later ones are still being made (asking again would only repeat them).
    var requesterIfIdle: @Sendable () -> Void {
        { [self] in if !state.get().running { request() } }
    }

    /// True once after a print build failed: the next page build then makes the print parts
    /// itself, so it fails the same way and the overlay names the problem.
    func takeFailure() -> Bool { failed.update { f in defer { f = false }; return f } }

    private func run() {
        while true {
            for stage in stages {
                do { try stage() } catch { failed.update { $0 = true } }
                done()
            }
            let more = state.update { s -> Bool in
                if s.again { s.again = false; return true }
                s.running = false
                return false
            }
            if !more { break }
        }
    }
}
