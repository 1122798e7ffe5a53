import Dispatch

/// Runs a function over every element on all cores, keeping the order of the results.
public enum ParallelMap {
    public static func map<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
            results.initialize(repeating: nil)
            defer { results.deallocate() }
            nonisolated(unsafe) let out = results
            nonisolated(unsafe) let f = transform
            nonisolated(unsafe) let input = items
            DispatchQueue.concurrentPerform(iterations: items.count) { i in out[i] = f(input[i]) }
            // Move the results out, so the buffer is left uninitialised and freeing it leaks nothing.
            return (0..<items.count).map { (results.baseAddress! + $0).move()! }
        }
    }
}
