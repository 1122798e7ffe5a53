@testable import BeaconBuild
import BeaconCore
import Foundation
import Testing

/// The step runner's cache reuses a step's output exactly when the input the step was given
/// equals the last build's.
@Suite struct StepCacheTests {
    @Test func aStepRunsAgainOnlyWhenItsInputChanged() {
        let cache = BuildCache()
        let runs = Counter()
        func step(_ input: [String]) -> Int { BuildCache.reuse(cache, "words", input) { runs.add(); return $0.count } }
        #expect(step(["a", "b"]) == 2)
        #expect(step(["a", "b"]) == 2)
        #expect(runs.value == 1)
        #expect(step(["a", "b", "c"]) == 3)
        #expect(runs.value == 2)
        // Without a cache every build runs the step.
        #expect(BuildCache.reuse(nil, "words", ["a"]) { runs.add(); return $0.count } == 1)
        #expect(runs.value == 3)
    }

    @Test func eachItemRunsAgainOnlyWhenItsOwnOrTheSharedInputChanged() {
        let cache = BuildCache()
        let runs = Counter()
        func step(_ shared: Int, _ items: [(String, String)]) -> [String] {
            BuildCache.reuseEach(cache, "items", shared: shared, items.map { (id: $0.0, input: $0.1) }) { runs.add(); return $0.uppercased() }
        }
        #expect(step(1, [("x", "a"), ("y", "b")]) == ["A", "B"])
        #expect(runs.value == 2)
        #expect(step(1, [("x", "a"), ("y", "c")]) == ["A", "C"])
        #expect(runs.value == 3)
        #expect(step(2, [("x", "a"), ("y", "c")]) == ["A", "C"])
        #expect(runs.value == 5)
    }
}

/// Counts calls from any thread.
private final class Counter: Sendable {
    private let count = Locked(0)
    func add() { count.update { $0 += 1 } }
    var value: Int { count.get() }
}
