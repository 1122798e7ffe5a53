import Dispatch

/// Runs a function over every element on all cores, keeping the order of the results.
public enum ParallelMap {
    public static func map<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            // Each core initialises its own elements of the result array in place; every index
            // runs exactly once (`concurrentPerform`), so all `count` elements are set.
            Array(unsafeUninitializedCapacity: items.count) { buffer, count in
                nonisolated(unsafe) let out = buffer
                nonisolated(unsafe) let f = transform
                nonisolated(unsafe) let input = items
                DispatchQueue.concurrentPerform(iterations: input.count) { i in out.initializeElement(at: i, to: f(input[i])) }
                count = input.count
            }
        }
    }
}
