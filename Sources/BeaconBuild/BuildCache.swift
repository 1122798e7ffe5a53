import BeaconContent
import BeaconCore
import BeaconShare
import Foundation

/// What one build can hand the next in the same process (`beacon serve`), so an edit redoes
/// only what it affects: files whose bytes did not change are not parsed again, and a step is
/// not run again when the input it declares equals the last build's (`reuse`), nor a page's
/// part of a step when that page's input does (`reuseEach`).
///
/// A step's input is a value (the part of the site the step is shown, and its settings), and
/// the step is run on that same value whether there is a cache or not: what a step reads is
/// what is compared, so a renderer that starts reading a new field cannot leave a stale result.
public final class BuildCache: Sendable {
    let content = ContentCache()
    /// The share step's messages, by page.
    let shareItems = ShareItemCache()
    /// Share posters and site cards by output path, with the fingerprint of their words.
    let pictures = Locked<[String: (key: String, data: Data)]>([:])
    /// The last build's inputs and outputs, by step.
    private let memos = Locked<[String: any Sendable]>([:])

    public init() {}

    /// `make(input)`, or the last build's output of step `step` when its input was equal.
    static func reuse<Input: Equatable & Sendable, Output: Sendable>(
        _ cache: BuildCache?, _ step: String, _ input: Input, _ make: (Input) throws -> Output
    ) rethrows -> Output {
        guard let cache else { return try make(input) }
        if let last = cache.memos.get()[step] as? (input: Input, output: Output), last.input == input { return last.output }
        let output = try make(input)
        cache.memos.update { $0[step] = (input: input, output: output) as any Sendable }
        return output
    }

    /// `reuse`, except that with `keepLast` (`BuildOptions.printLater`) the last build's output
    /// is handed on even when the input changed, marked `stale`; it stays recorded as made from
    /// the old input, so the next build without `keepLast` makes it anew. Before the step was
    /// ever made, `keepLast` hands on `unmade` (when given), stale: so the preview's first
    /// build serves the pages without waiting for every leaflet to be typeset.
    static func reuse<Input: Equatable & Sendable, Output: Sendable>(
        _ cache: BuildCache?, _ step: String, _ input: Input, keepLast: Bool, unmade: Output? = nil,
        _ make: (Input) throws -> Output
    ) rethrows -> (output: Output, stale: Bool) {
        if keepLast, let cache {
            if let last = cache.memos.get()[step] as? (input: Input, output: Output) { return (last.output, last.input != input) }
            if let unmade { return (unmade, true) }
        }
        return (try reuse(cache, step, input, make), false)
    }

    /// `make` of each item's input, in parallel; with a cache, the last build's output for an
    /// item (by id) whose input is equal, provided `shared` — what every item's output also
    /// depends on — is equal too.
    static func reuseEach<Shared: Equatable & Sendable, Input: Equatable & Sendable, Output: Sendable>(
        _ cache: BuildCache?, _ step: String, shared: Shared, _ items: [(id: String, input: Input)],
        _ make: @Sendable (Input) -> Output
    ) -> [Output] {
        guard let cache else { return ParallelMap.map(items) { make($0.input) } }
        typealias Memo = (shared: Shared, items: [String: (input: Input, output: Output)])
        let last = (cache.memos.get()[step] as? Memo).flatMap { $0.shared == shared ? $0.items : nil } ?? [:]
        let outputs = ParallelMap.map(items) { item -> Output in
            if let hit = last[item.id], hit.input == item.input { return hit.output }
            return make(item.input)
        }
        var kept: [String: (input: Input, output: Output)] = [:]
        kept.reserveCapacity(items.count)
        for (item, output) in zip(items, outputs) { kept[item.id] = (item.input, output) }
        cache.memos.update { $0[step] = (shared: shared, items: kept) as Memo as any Sendable }
        return outputs
    }

    /// A value kept under `key` by the last build (the website's pages, share pictures).
    func get<T: Sendable>(_ key: String, as type: T.Type = T.self) -> T? { memos.get()[key] as? T }
    func set<T: Sendable>(_ key: String, _ value: T) { memos.update { $0[key] = value } }
}
