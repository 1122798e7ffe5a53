import BeaconCore
import Dispatch
import Foundation

/// Ctrl-C (SIGINT) or SIGTERM, caught from the moment this is made; `wait()` returns once one
/// has come, also when it came before `wait()` was called.
///
/// The signals are set to be ignored so that Dispatch's sources receive them; a signal that
/// comes after that but before the sources run is dropped. `beacon serve` used to set this up
/// only after the server had started answering, so a Ctrl-C sent right after the first answer
/// (as a test does) could be lost and leave the server running. Made before the server starts,
/// that gap is over before anyone can know the server is there.
final class InterruptSignal: Sendable {
    private let state = Locked<(caught: Bool, waiter: CheckedContinuation<Void, Never>?)>((false, nil))

    init() {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let queue = DispatchQueue(label: "beacon-signals")
        let sources = [SIGINT, SIGTERM].map { DispatchSource.makeSignalSource(signal: $0, queue: queue) }
        for source in sources {
            // The handler holds the sources, so they live as long as the process.
            source.setEventHandler { [state] in
                _ = sources
                let waiter = state.update { s -> CheckedContinuation<Void, Never>? in
                    defer { s = (true, nil) }
                    return s.waiter
                }
                waiter?.resume()
            }
            source.resume()
        }
    }

    /// Returns once SIGINT or SIGTERM has come.
    func wait() async {
        await withCheckedContinuation { (waiter: CheckedContinuation<Void, Never>) in
            let caught = state.update { s -> Bool in
                if !s.caught { s.waiter = waiter }
                return s.caught
            }
            if caught { waiter.resume() }
        }
    }
}
