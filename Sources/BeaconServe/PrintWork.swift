import BeaconCore
import Foundation

/// LED programs, leaflets and banners made again after a save, on a queue of their own, so
/// the next save's page build never waits for them.
///
/// When a page build kept print results whose inputs had changed, `request()` starts a build
/// of the print parts alone. Its results go into the shared `BuildCache`, then `done` asks
/// the server for a follow-up build, which finds them there. Requests made while one runs
/// are joined into one more run.
final class PrintWork: Sendable {
    private let queue = DispatchQueue(label: "beacon-print")
    private let state = Locked<(running: Bool, again: Bool)>((false, false))
    private let failed = Locked(false)
    private let make: @Sendable () throws -> Void
    private let done: @Sendable () -> Void

    /// `make` builds the print parts into the cache; `done` asks for the follow-up build.
    init(make: @escaping @Sendable () throws -> Void, done: @escaping @Sendable () -> Void) {
        self.make = make
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

    /// True once after a print build failed: the next page build then makes the print parts
    /// itself, so it fails the same way and the overlay names the problem.
    func takeFailure() -> Bool { failed.update { f in defer { f = false }; return f } }

    private func run() {
        while true {
            do { try make() } catch { failed.update { $0 = true } }
            let more = state.update { s -> Bool in
                if s.again { s.again = false; return true }
                s.running = false
                return false
            }
            if !more { break }
        }
        done()
    }
}
