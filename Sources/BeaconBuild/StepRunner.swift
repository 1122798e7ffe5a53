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

    @discardableResult
    mutating func run<Output: StepOutput>(_ name: Message, into slot: WritableKeyPath<BuildOutputs, Output?>,
                                          _ step: () throws -> Output) throws -> Output {
        let index = report.steps.count + 1
        progress?.started(index, of: total, name.description)
        let start = DispatchTime.now().uptimeNanoseconds
        let output = try step()
        outputs.update { $0[keyPath: slot] = output }
        if !output.failure.isEmpty { throw BuildFailure(output.failure) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let detail = output.detail
        report.steps.append(.init(name: name.english, seconds: seconds, detail: detail.english))
        progress?.finished(index, of: total, name.description, seconds: seconds, detail: detail.description)
        return output
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
