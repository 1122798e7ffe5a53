import ArgumentParser
import BeaconBuild
import BeaconCore
import Foundation

extension Terminal {
    /// Writes what a one-part command made (`beacon leaflet`, `beacon banner`) into `folder`,
    /// each file under its own name, through `OutputWriter` (the rest of the folder kept), then
    /// prints each PDF's path unless `quiet`. On failure says `failed(reason)` and exits with 1.
    func write(_ made: [OutputFile], to folder: URL, quiet: Bool, failed: (String) -> Message) throws {
        let files = made.map { OutputFile(path: ($0.path as NSString).lastPathComponent, data: $0.data) }
        do {
            try OutputWriter.add(files, to: folder)
        } catch let d as Diagnostic {
            report([d])
            throw ExitCode(1)
        } catch {
            report([.error(nil, failed(error.localizedDescription), hint: "Check that the folder is writable and the disk has room.")])
            throw ExitCode(1)
        }
        if !quiet {
            for file in files where file.path.hasSuffix(".pdf") { print(folder.appendingPathComponent(file.path).path) }
        }
    }
}
