import BeaconCore
import Foundation

/// What a step hands on: a value, with the short detail for its progress line, the warnings
/// it found, and — when it failed — the problems that stop the build after it (the output is
/// kept all the same, so `beacon check` can go on with what the step made).
protocol StepOutput {
    var detail: Message { get }
    var warnings: [Diagnostic] { get }
    /// Empty when the step succeeded; else everything the failure reports (errors first).
    var failure: [Diagnostic] { get }
}

extension StepOutput {
    var warnings: [Diagnostic] { [] }
    var failure: [Diagnostic] { [] }
}

/// Runs the build's steps one after another: each is announced to `progress`, timed, added
/// to the report, and its output recorded in `outputs` before its failure (if any) stops the build.
struct StepRunner {
    let progress: BuildProgress?
    /// How many steps this build has, for "step i of n".
    let total: Int
    let outputs: Locked<BuildOutputs>
    private(set) var report = BuildReport()

    init(progress: BuildProgress?, total: Int, outputs: Locked<BuildOutputs>) {
        self.progress = progress
        self.total = total
        self.outputs = outputs
    }

    /// The problems of steps that failed while the build went on checking (`runGoingOn`).
    private(set) var held: [Diagnostic] = []
    /// Steps started so far, for "step i of n" (a step that failed while going on has a number too).
    private var started = 0

    @discardableResult
    mutating func run<Output: StepOutput>(_ name: Message, into slot: WritableKeyPath<BuildOutputs, Output?>,
                                          _ step: () throws -> Output) throws -> Output {
        try stopIfFailed()
        let (output, index, start) = try perform(name, into: slot, step)
        if !output.failure.isEmpty { throw BuildFailure(output.failure) }
        finish(name, output, index: index, start: start)
        return output
    }

    /// Runs a step whose failure does not stop the build at once: its problems are held and
    /// the steps after it that can run on what it made run too, so a clerk sees the problems
    /// of loading, personal data, statistics, Markdown and LED boards in one round instead of
    /// one step's per build. The next `run` (or `stopIfFailed`) throws them all. Nil when the
    /// step made nothing to go on with.
    @discardableResult
    mutating func runGoingOn<Output: StepOutput>(_ name: Message, into slot: WritableKeyPath<BuildOutputs, Output?>,
                                                 _ step: () throws -> Output) throws -> Output? {
        do {
            let (output, index, start) = try perform(name, into: slot, step)
            if output.failure.isEmpty { finish(name, output, index: index, start: start) } else { held += output.failure }
            return output
        } catch let failure as BuildFailure {
            held += failure.diagnostics
            return nil
        } catch let problem as Diagnostic {
            held.append(problem)
            return nil
        }
    }

    /// Throws every problem held so far.
    func stopIfFailed() throws {
        if !held.isEmpty { throw BuildFailure(held) }
    }

    private mutating func perform<Output: StepOutput>(_ name: Message, into slot: WritableKeyPath<BuildOutputs, Output?>,
                                                      _ step: () throws -> Output) throws -> (Output, index: Int, start: UInt64) {
        started += 1
        progress?.started(started, of: total, name.description)
        let start = DispatchTime.now().uptimeNanoseconds
        let output = try step()
        outputs.update { $0[keyPath: slot] = output }
        return (output, started, start)
    }

    private mutating func finish(_ name: Message, _ output: some StepOutput, index: Int, start: UInt64) {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let detail = output.detail
        report.steps.append(.init(name: name.english, seconds: seconds, detail: detail.english))
        progress?.finished(index, of: total, name.description, seconds: seconds, detail: detail.description)
    }

    /// Replaces part of a step's recorded output with a lighter equal for what is read
    /// afterwards: a build that writes once lets go of what no later step and no caller reads
    /// (`SiteBuilder.runSteps`), which it would otherwise hold to the end.
    func lighten<Output>(_ slot: WritableKeyPath<BuildOutputs, Output?>, _ change: (inout Output) -> Void) {
        outputs.update { o in
            guard var output = o[keyPath: slot] else { return }
            o[keyPath: slot] = nil
            change(&output)
            o[keyPath: slot] = output
        }
    }
}
