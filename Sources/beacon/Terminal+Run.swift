import ArgumentParser
import BeaconBuild
import BeaconCore

extension Terminal {
    /// Runs a build, printing its warnings; on failure prints every problem and `failed`, and
    /// exits with status 1.
    @discardableResult
    func run(_ builder: SiteBuilder, failed: Message) throws -> BuildReport {
        do {
            let result = try builder.run()
            report(result.warnings)
            return result
        } catch let failure as BuildFailure {
            report(failure.diagnostics)
        } catch let d as Diagnostic {
            report([d])
        }
        say(failed)
        throw ExitCode(1)
    }
}
